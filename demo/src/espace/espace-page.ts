/**
 * A territory's space (`/espace`), signed in with its admin token (kept in this tab only): the
 * registration's status (pending, approved, or refused with the team's reason), shortcuts to its public pages and tools opened on it, and, once the team
 * has approved it, its comments, its kiosks, its sites, its logo and its token.
 * @module
 */
import type { OwnRegistration } from '../../../survey/registration.js';
import { territoryTools } from '../../../survey/territory-heading.js';
import { api, ApiFailure, generalMessage } from '../console/api.js';
import { adminSession, forgetAdmin, rememberAdmin, type AdminSession } from '../console/session.js';
import { detailedOptionLabel, territorySuggestions, typedTerritoryId } from '../territory-search.js';
import { showComments } from './comments-panel.js';
import { showKiosks } from './kiosks-panel.js';
import { showLogo } from './logo-panel.js';
import { showOrigins } from './origins-panel.js';
import { showTokenRotation } from './token-panel.js';
import { byId as $ } from '../dom.js';

const dateFr = (iso: string) => new Date(iso).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });

function fact(term: string, value: string): HTMLElement[] {
  return [Object.assign(document.createElement('dt'), { textContent: term }), Object.assign(document.createElement('dd'), { textContent: value })];
}

function showSpace(session: AdminSession, registration: OwnRegistration): void {
  $('sign-in').hidden = true;
  $('space').hidden = false;
  document.title = `Espace de ${registration.name} — Baromètre citoyen`;
  $('title').textContent = `Espace de ${registration.name}`;
  const active = registration.status === 'active';
  $('status').className = active ? 'ok' : 'warn';
  if (registration.status === 'rejected') {
    $('status').textContent = `Demande refusée le ${dateFr(registration.rejectedAt)}.`;
    const next = Object.assign(document.createElement('a'), { href: '/inscription', textContent: 'déposer une nouvelle demande' });
    const again = document.createElement('dd');
    again.append('Vous pouvez ', next, ', par exemple avec une adresse électronique de la collectivité et ses sites.');
    $('status-facts').replaceChildren(
      ...fact('Motif', registration.reason ?? 'aucun motif donné par l’équipe du baromètre.'),
      Object.assign(document.createElement('dt'), { textContent: 'Et maintenant' }),
      again,
    );
  } else {
    $('status').textContent =
      registration.status === 'active'
        ? `Inscription validée le ${dateFr(registration.registeredAt)}.`
        : `Demande envoyée le ${dateFr(registration.createdAt)}, en attente de vérification par l’équipe du baromètre (en général sous cinq jours ouvrés). Les commentaires, les bornes et les sites autorisés s’ouvrent ici dès la validation.`;
    $('status-facts').replaceChildren(
      ...fact('Contact', registration.contact),
      ...fact('Sites autorisés', registration.origins.length > 0 ? registration.origins.join(', ') : 'aucun (tout site peut envoyer des réponses)'),
    );
  }
  const tools = territoryTools(registration.territory);
  $<HTMLAnchorElement>('go-dashboard').href = `/tableau-de-bord/${encodeURIComponent(registration.territory)}`;
  $<HTMLAnchorElement>('go-embed').href = tools.embed;
  $<HTMLAnchorElement>('go-kit').href = tools.kit;
  // The header's kit link opens on the territory too, as on its dashboard.
  $<HTMLAnchorElement>('nav-kit').href = tools.kit;
  $<HTMLAnchorElement>('go-survey').href = tools.survey;
  for (const panel of ['comments-panel', 'kiosks-panel', 'origins-panel', 'logo-panel', 'token-panel']) $(panel).hidden = !active;
  if (registration.status !== 'active') return;
  showComments(session);
  showKiosks(session);
  showOrigins(session, registration.origins);
  showLogo(session, registration.name);
  showTokenRotation(session);
}

/** Opens the space for `session`, or says why not; the session is kept only once it opened. */
async function open(session: AdminSession): Promise<boolean> {
  try {
    const registration = await api<OwnRegistration>(`/v1/territories/${encodeURIComponent(session.territory)}/registration`, { token: session.token });
    rememberAdmin(session);
    showSpace(session, registration);
    return true;
  } catch (failure) {
    forgetAdmin();
    showSignIn();
    const wrong = failure instanceof ApiFailure && (failure.status === 403 || failure.status === 401);
    $('token-error').textContent = wrong
      ? 'Ce code d’accès ne correspond pas à cette collectivité (ou la demande a été refusée ou a expiré).'
      : generalMessage(failure);
    $('token').setAttribute('aria-invalid', 'true');
    return false;
  }
}

let found: { id: string }[] = [];
function showSignIn(): void {
  $('sign-in').hidden = false;
  $('space').hidden = true;
}

const suggest = territorySuggestions($<HTMLDataListElement>('territory-options'), detailedOptionLabel);
$('territory').addEventListener('input', async () => {
  found = (await suggest($<HTMLInputElement>('territory').value)) ?? found;
});

$<HTMLFormElement>('sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  for (const field of ['territory', 'token']) {
    $(`${field}-error`).textContent = '';
    $(field).removeAttribute('aria-invalid');
  }
  const territory = typedTerritoryId($<HTMLInputElement>('territory').value, found);
  const token = $<HTMLInputElement>('token').value.trim();
  if (!territory) {
    $('territory-error').textContent = 'Choisissez votre collectivité dans la liste qui s’affiche pendant la saisie.';
    $('territory').setAttribute('aria-invalid', 'true');
  }
  if (!token) {
    $('token-error').textContent = 'Collez le code d’accès reçu à l’inscription.';
    $('token').setAttribute('aria-invalid', 'true');
  }
  if (!territory || !token) {
    document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    return;
  }
  if (await open({ territory, token })) $('title').focus();
});

$('sign-out').addEventListener('click', () => {
  forgetAdmin();
  location.assign('/espace');
});

const session = adminSession();
if (session) void open(session);
else showSignIn();
