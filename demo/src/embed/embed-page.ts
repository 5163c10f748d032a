/**
 * The snippet builder (`/integrer`): a webmaster picks the territory, service, presentation,
 * language and colours, sees the widget live, and copies the two lines to paste — pinned to a
 * version with its Subresource Integrity hash by default. Every choice is checked against the
 * contract's own lists before it reaches the snippet.
 * @module
 */
import { contrastRatio, isReadableAccent } from '../../../survey/contrast.js';
import { SERVICES } from '../../../survey/questionnaire.js';
import { appendServiceOptions } from '../service-options.js';
import type { Territory } from '../../../survey/results.js';
import { isTerritoryId } from '../../../survey/territory-id.js';
import { idOfLabel, optionLabel, territoryById, territorySuggestions } from '../territory-search.js';
import { byId as $ } from '../dom.js';

const MODES = ['inline', 'button', 'kiosk'];
const LANGS = ['', 'fr', 'fr-falc', 'en', 'es', 'de', 'it', 'pt', 'ar'];
const THEMES = ['', 'dsfr'];
const DEFAULT_ACCENT = '#000091';

appendServiceOptions($<HTMLSelectElement>('service'));

let territory: Territory | undefined;
let pinned: { url: string; integrity: string } | undefined;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The choices, each checked against its list; what fails is left out, never pasted into a site. */
function choices() {
  const value = (id: string, allowed: readonly string[]) => {
    const raw = $<HTMLSelectElement>(id).value;
    return allowed.includes(raw) ? raw : '';
  };
  const accent = $<HTMLInputElement>('accent').value.toLowerCase();
  const readable = isReadableAccent(accent);
  $('accent-error').hidden = readable;
  $('accent-error').textContent = readable
    ? ''
    : `Trop clair\u202f: ${contrastRatio(accent, '#ffffff').toFixed(1).replace('.', ',')}:1 sur fond blanc, il faut au moins 4,5:1. Choisissez une teinte plus foncée\u202f; le questionnaire garde sa couleur par défaut.`;
  $('accent').setAttribute('aria-invalid', String(!readable));
  return {
    service: value('service', SERVICES),
    mode: value('mode', MODES) || 'inline',
    lang: value('lang', LANGS),
    theme: value('theme', THEMES),
    accent: readable && accent !== DEFAULT_ACCENT ? accent : '',
  };
}

function render(): void {
  if (!territory || !isTerritoryId(territory.id)) {
    $('snippet').textContent = 'Choisissez d’abord une collectivité dans la liste proposée.';
    $('preview').replaceChildren();
    return;
  }
  const chosen = choices();
  const attributes: [string, string][] = [
    ['territory', territory.id],
    ...(chosen.service ? ([['service', chosen.service]] as [string, string][]) : []),
    ...(chosen.mode !== 'inline' ? ([['mode', chosen.mode]] as [string, string][]) : []),
    ...(chosen.lang ? ([['lang', chosen.lang]] as [string, string][]) : []),
    ...(chosen.theme ? ([['theme', chosen.theme]] as [string, string][]) : []),
    // An attribute, not an inline style: sites with a strict Content-Security-Policy keep the colour.
    ...(chosen.accent ? ([['accent', chosen.accent]] as [string, string][]) : []),
  ];
  const pin = $<HTMLInputElement>('pin').checked && pinned;
  const src = `${location.origin}${pin ? pinned?.url : '/widget.js'}`;
  const script = pin
    ? `<script type="module" src="${src}" integrity="${pinned?.integrity}" crossorigin="anonymous"></script>`
    : `<script type="module" src="${src}"></script>`;
  const element = `<barometre-citoyen ${attributes.map(([name, value]) => `${name}="${escape(value)}"`).join(' ')}></barometre-citoyen>`;
  $('snippet').textContent = `${script}\n${element}`;
  // The live preview: the same element, built with the DOM (no HTML string reaches the page).
  const live = document.createElement('barometre-citoyen');
  for (const [name, value] of attributes) live.setAttribute(name, value);
  $('preview').replaceChildren(live);
}

function territoryError(message: string): void {
  $('territory-error').hidden = message === '';
  $('territory-error').textContent = message;
  $('territory').setAttribute('aria-invalid', String(message !== ''));
}

/** What the webmaster typed, if it is exactly a territory's INSEE code or id (`25056`, `commune:25056`). */
function exactMatch(typed: string, found: Territory[]): Territory | undefined {
  const text = typed.trim().toLowerCase();
  return found.find((candidate) => candidate.id.toLowerCase() === text || candidate.id.toLowerCase().endsWith(`:${text}`));
}

const suggest = territorySuggestions($<HTMLDataListElement>('territory-options'));
$<HTMLInputElement>('territory').addEventListener('input', async (event) => {
  const input = event.target as HTMLInputElement;
  // Whatever was chosen before no longer matches the box: never leave its snippet on screen.
  territory = undefined;
  territoryError('');
  render();
  const id = idOfLabel(input.value);
  if (id) {
    territory = await territoryById(id);
    territoryError(territory ? '' : `Aucune collectivité n’a le code ${id}.`);
    return render();
  }
  const found = await suggest(input.value);
  // Cancelled by the next keystroke, which does its own.
  if (!found) return;
  const exact = exactMatch(input.value, found);
  if (exact) {
    territory = exact;
    return render();
  }
  if (input.value.trim().length >= 2 && found.length === 0) territoryError(`Aucune collectivité ne correspond à «\u202f${input.value.trim()}\u202f».`);
});
$('choices').addEventListener('change', render);
// Every form can be submitted as WCAG expects (H32): Enter in a field, or the button, updates both.
$('choices').addEventListener('submit', (event) => {
  event.preventDefault();
  render();
});
$('choices').addEventListener('input', (event) => {
  if ((event.target as HTMLElement).id !== 'territory') render();
});

$('copy').addEventListener('click', async () => {
  const text = $('snippet').textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    $('copy-status').textContent = 'Code copié\u202f: collez-le dans un bloc HTML de votre site.';
  } catch {
    $('copy-status').textContent = 'Copie impossible ici\u202f: sélectionnez le code et copiez-le (Ctrl+C).';
  }
});

void (async () => {
  const response = await fetch('/widget/versions.json');
  if (response.ok) {
    const versions = (await response.json()) as { latest: string; versions: Record<string, { url: string; integrity: string }> };
    pinned = versions.versions[versions.latest];
  }
  const initial = new URLSearchParams(location.search).get('territory');
  if (initial) {
    territory = isTerritoryId(initial) ? await territoryById(initial) : undefined;
    if (territory) $<HTMLInputElement>('territory').value = optionLabel(territory);
    else territoryError(`Aucune collectivité n’a le code ${initial} (lien ?territory=).`);
  }
  render();
})();
