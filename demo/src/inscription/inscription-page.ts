/**
 * Applying at `/inscription`: the territory (homonyms told apart by their département), the
 * contact and the sites, sent to `POST /v1/territories`; then the admin token, shown once with a
 * copy and a download, and what happens next. Each error is said in French next to its field.
 * @module
 */
import type { Territory } from '../../../survey/results.js';
import { api, ApiFailure, generalMessage } from '../console/api.js';
import { rememberAdmin } from '../console/session.js';
import { territoryTools } from '../../../survey/territory-heading.js';
import { detailedOptionLabel, territoryById, territorySuggestions, typedTerritoryId } from '../territory-search.js';
import { readOrigins } from './origins-field.js';
import { byId as $ } from '../dom.js';

const FIELDS = ['territory', 'contact', 'origins'] as const;
type Field = (typeof FIELDS)[number];

interface Applied {
  territory: string;
  adminToken: string;
  claim: string;
}

let found: Territory[] = [];
const suggest = territorySuggestions($<HTMLDataListElement>('territory-options'), detailedOptionLabel);
$('territory').addEventListener('input', async () => {
  found = (await suggest($<HTMLInputElement>('territory').value)) ?? found;
});

function fieldError(field: Field, message: string): void {
  $(`${field}-error`).textContent = message;
  $(field).setAttribute('aria-invalid', String(message !== ''));
}

function clearErrors(): void {
  for (const field of FIELDS) fieldError(field, '');
  $('apply-error').textContent = '';
}

/** The territory the officer picked (territory-search.ts says how a box names one), looked up if the list does not hold it. */
async function chosenTerritory(): Promise<Territory | undefined> {
  const id = typedTerritoryId($<HTMLInputElement>('territory').value, found);
  return id ? (found.find((candidate) => candidate.id === id) ?? (await territoryById(id))) : undefined;
}

/** The API's refusal, said next to the field it concerns. */
function showFailure(failure: unknown): void {
  if (failure instanceof ApiFailure && failure.code === 'already_registered') {
    fieldError(
      'territory',
      'Cette collectivité est déjà inscrite\u202f: la personne qui l’a inscrite détient son code d’accès. Demandez-le-lui, ou écrivez à l’équipe du baromètre si elle a quitté la collectivité.',
    );
  } else if (failure instanceof ApiFailure && failure.code === 'unknown_territory') {
    fieldError('territory', 'Cette collectivité n’est pas dans la liste\u202f: choisissez-la parmi les propositions.');
  } else if (failure instanceof ApiFailure && failure.issues.some((issue) => issue.path[0] === 'contact')) {
    fieldError('contact', 'Cette adresse électronique n’est pas valide\u202f: écrivez-la sous la forme nom@domaine.fr.');
  } else if (failure instanceof ApiFailure && failure.issues.some((issue) => issue.path[0] === 'origins')) {
    fieldError('origins', 'Une de ces adresses n’est pas celle d’un site\u202f: écrivez par exemple https://www.ville.fr, un site par ligne.');
  } else {
    $('apply-error').textContent = generalMessage(failure);
  }
  document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

function showApplied(territory: Territory, applied: Applied): void {
  $('apply').hidden = true;
  $('applied').hidden = false;
  $('applied-name').textContent = territory.name;
  $<HTMLInputElement>('token').value = applied.adminToken;
  const text = [
    `Baromètre citoyen — code d’accès de ${territory.name} (${territory.id})`,
    '',
    applied.adminToken,
    '',
    `Demande n° ${applied.claim}, envoyée le ${new Date().toLocaleDateString('fr-FR')}.`,
    `Votre espace\u202f: ${location.origin}/espace`,
    'Ce code ouvre l’espace de la collectivité\u202f: gardez-le en lieu sûr et ne l’envoyez à personne.',
    '',
  ].join('\n');
  const download = $<HTMLAnchorElement>('download-token');
  download.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  download.download = `barometre-code-${territory.id.replace(':', '-')}.txt`;
  const tools = territoryTools(territory.id);
  $<HTMLAnchorElement>('embed-link').href = tools.embed;
  $<HTMLAnchorElement>('kit-link').href = tools.kit;
  // The space opens signed in for this tab; the officer still keeps the code for later visits.
  rememberAdmin({ territory: territory.id, token: applied.adminToken });
  $('applied-title').focus();
}

$('copy-token').addEventListener('click', async () => {
  const input = $<HTMLInputElement>('token');
  try {
    await navigator.clipboard.writeText(input.value);
    $('token-status').textContent = 'Code copié\u202f: collez-le dans un endroit sûr (gestionnaire de mots de passe, document protégé).';
  } catch {
    input.select();
    $('token-status').textContent = 'La copie automatique n’est pas permise ici\u202f: le code est sélectionné, copiez-le avec Ctrl+C (ou ⌘+C).';
  }
});

$<HTMLFormElement>('apply').addEventListener('submit', async (event) => {
  event.preventDefault();
  clearErrors();
  const territory = await chosenTerritory();
  const contact = $<HTMLInputElement>('contact');
  const origins = readOrigins($<HTMLTextAreaElement>('origins').value);
  if (!territory) {
    fieldError(
      'territory',
      $<HTMLInputElement>('territory').value.trim()
        ? 'Choisissez votre collectivité dans la liste qui s’affiche pendant la saisie.'
        : 'Indiquez votre collectivité\u202f: tapez son nom, son code postal ou son code INSEE.',
    );
  }
  if (!contact.value.trim()) fieldError('contact', 'Indiquez l’adresse électronique d’un contact à la collectivité.');
  else if (!contact.validity.valid) fieldError('contact', 'Cette adresse électronique n’est pas valide\u202f: écrivez-la sous la forme nom@domaine.fr.');
  if ('error' in origins) fieldError('origins', origins.error);
  const firstInvalid = document.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (firstInvalid || !territory || 'error' in origins) {
    firstInvalid?.focus();
    return;
  }
  const button = (event.target as HTMLFormElement).querySelector('button') as HTMLButtonElement;
  button.disabled = true;
  try {
    const applied = await api<Applied>('/v1/territories', { body: { territory: territory.id, contact: contact.value.trim(), origins: origins.origins } });
    showApplied(territory, applied);
  } catch (failure) {
    showFailure(failure);
  } finally {
    button.disabled = false;
  }
});
