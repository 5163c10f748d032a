/**
 * The kit page: choose a territory (search by name or code), a colour, a logo, a language and
 * whether the print PDFs carry crop marks, see every asset, download one file or the whole ZIP.
 * Everything is made in the browser from the same templates as the CLI: no server CPU per kit.
 * @module
 */
import { KIT_ASSETS } from '../../../survey/sources.js';
import type { TerritoryDetail } from '../../../survey/results.js';
import { contrastRatio, DARK_TEXT, LIGHT_TEXT, MIN_CONTRAST, normalizeColor, paletteFor } from '../../../kit/src/brand.js';
import type { Logo } from '../../../kit/src/drawing.js';
import { KIT_LANGUAGES, KitLanguageSchema } from '../../../kit/src/i18n.js';
import { directionOf, htmlLang, LANGUAGE_NAMES } from '../../../survey/languages.js';
import { buildKit, drawKit, renderFile, type BuiltAsset, type KitRequest } from '../../../kit/src/kit.js';
import { LogoError, readLogo } from '../../../kit/src/logo.js';
import { snippetImageOf, snippetOf } from '../../../kit/src/snippet.js';
import { browserServices, outlineSvg } from './browser-services.js';
import { FORMAT_LABELS, MIME } from './file-kinds.js';
import { mountResultsPanel } from './results-panel.js';
import { downloadBytes } from '../download.js';
import { idOfLabel, optionLabel, territoryById, territorySuggestions } from '../territory-search.js';
import { byId as $ } from '../dom.js';

const PREVIEW_WIDTH = 360;

const form = $<HTMLFormElement>('kit-form');
const territoryInput = $<HTMLInputElement>('territory');
const territoryOptions = $<HTMLDataListElement>('territory-options');
const territoryError = $<HTMLParagraphElement>('territory-error');
const colorInput = $<HTMLInputElement>('color');
const colorCheck = $<HTMLParagraphElement>('color-check');
const logoInput = $<HTMLInputElement>('logo');
const logoError = $<HTMLParagraphElement>('logo-error');
const langSelect = $<HTMLSelectElement>('lang');
// Every language of the survey, each in its own name (and its own `lang` and direction, for screen readers).
langSelect.replaceChildren(
  ...KIT_LANGUAGES.map((language) =>
    Object.assign(new Option(LANGUAGE_NAMES[language], language, language === 'fr', language === 'fr'), {
      lang: htmlLang(language),
      dir: directionOf(language),
    }),
  ),
);
const cropMarksInput = $<HTMLInputElement>('crop-marks');
const zipButton = $<HTMLButtonElement>('download-zip');
const progress = $<HTMLProgressElement>('progress');
const status = $<HTMLParagraphElement>('status');
const previews = $<HTMLUListElement>('previews');

let territory: TerritoryDetail | undefined;
let logo: Logo | undefined;
const previewUrls: string[] = [];

function showError(element: HTMLElement, input: HTMLElement, message: string | undefined): void {
  element.hidden = !message;
  element.textContent = message ?? '';
  input.setAttribute('aria-invalid', message ? 'true' : 'false');
}

/** The request as the form stands, or undefined with the reason shown next to the field at fault. */
function currentRequest(): KitRequest | undefined {
  if (!territory) {
    showError(territoryError, territoryInput, 'Choisissez une collectivité dans la liste.');
    return undefined;
  }
  const color = normalizeColor(colorInput.value);
  try {
    paletteFor(color);
  } catch {
    return undefined;
  }
  const language = KitLanguageSchema.safeParse(langSelect.value);
  return {
    territory,
    color,
    language: language.success ? language.data : 'fr',
    baseUrl: location.origin,
    logo,
    shortSlug: territory.slug || undefined,
    cropMarks: cropMarksInput.checked,
  };
}

/** A banner's or the signature's HTML, to copy: the link counts this asset's clicks (`?src=`). */
function snippetBlock(built: BuiltAsset, request: KitRequest): HTMLDivElement {
  const block = document.createElement('div');
  block.className = 'snippet';
  const code = Object.assign(document.createElement('code'), { textContent: snippetOf(built, request) });
  code.dataset.snippet = built.asset.id;
  const pre = document.createElement('pre');
  pre.append(code);
  const help = Object.assign(document.createElement('p'), {
    className: 'hint',
    textContent: `Code HTML à coller dans votre site ou votre signature\u202f: mettez d’abord en ligne l’image ${snippetImageOf(built)} (dans le ZIP), puis remplacez son nom dans le code par son adresse.`,
  });
  // A polite live region, not a second role=status: the page's one status stays the kit's progress.
  const status = Object.assign(document.createElement('p'), { className: 'copy-status' });
  status.setAttribute('aria-live', 'polite');
  const copy = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Copier le code HTML' });
  copy.setAttribute('aria-label', `Copier le code HTML de ${built.asset.label.fr}`);
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      status.textContent = 'Code copié\u202f: collez-le dans un bloc HTML de votre site ou dans votre signature.';
    } catch {
      getSelection()?.selectAllChildren(code);
      status.textContent = 'La copie automatique n’est pas permise ici\u202f: le code est sélectionné, copiez-le avec Ctrl+C (ou ⌘+C).';
    }
  });
  // The code folds away, so the previews stay side by side; the button copies it folded or not.
  const details = document.createElement('details');
  details.append(Object.assign(document.createElement('summary'), { textContent: 'Voir le code HTML' }), help, pre);
  block.append(copy, status, details);
  return block;
}

function previewItem(built: BuiltAsset, png: Uint8Array, request: KitRequest): HTMLLIElement {
  const url = URL.createObjectURL(new Blob([png as BlobPart], { type: 'image/png' }));
  previewUrls.push(url);
  const item = document.createElement('li');
  const figure = document.createElement('figure');
  const image = Object.assign(document.createElement('img'), { src: url, alt: built.drawing.alt });
  image.dataset.asset = built.asset.id;
  const caption = document.createElement('figcaption');
  const title = Object.assign(document.createElement('strong'), { textContent: built.asset.label.fr });
  const size = Object.assign(document.createElement('span'), {
    textContent: built.asset.unit === 'mm' ? `${built.asset.width} × ${built.asset.height} mm` : `${built.asset.width} × ${built.asset.height} px`,
  });
  const buttons = document.createElement('div');
  buttons.className = 'downloads';
  for (const format of built.asset.formats) {
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: FORMAT_LABELS[format] });
    button.setAttribute('aria-label', `Télécharger ${built.asset.label.fr} en ${FORMAT_LABELS[format]}`);
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        // The box may have changed since the preview was drawn: it changes the PDFs, not the previews.
        const file = await renderFile(built, format, { ...request, cropMarks: cropMarksInput.checked }, await browserServices());
        downloadBytes(file.name, file.bytes, MIME[format]);
      } finally {
        button.disabled = false;
      }
    });
    buttons.append(button);
  }
  caption.append(title, size, buttons);
  if (built.asset.formats.includes('html')) caption.append(snippetBlock(built, request));
  figure.append(image, caption);
  item.append(figure);
  return item;
}

let previewRun = 0;

async function refreshPreviews(): Promise<void> {
  const request = currentRequest();
  if (!request) return;
  const run = ++previewRun;
  status.textContent = 'Préparation de l’aperçu…';
  const services = await browserServices();
  const built = drawKit(request, services.fonts);
  const items: HTMLLIElement[] = [];
  for (const item of built) {
    items.push(previewItem(item, await services.rasterize(item.svg, PREVIEW_WIDTH), request));
    // A newer choice came in meanwhile: its own run will draw the previews.
    if (run !== previewRun) return;
  }
  for (const url of previewUrls.splice(0, previewUrls.length - items.length)) URL.revokeObjectURL(url);
  previews.replaceChildren(...items);
  // Read by `npm run bench:kit`: milliseconds from navigation to every preview on screen.
  document.body.dataset.previewsAt = String(performance.now());
  status.textContent = `Aperçu de ${items.length} supports pour ${request.territory.name}.`;
}

const suggest = territorySuggestions(territoryOptions);
territoryInput.addEventListener('input', () => {
  const id = idOfLabel(territoryInput.value);
  if (id) return void chooseTerritory(id);
  void suggest(territoryInput.value);
});

async function chooseTerritory(id: string): Promise<void> {
  const found = await territoryById(id);
  if (!found) {
    showError(territoryError, territoryInput, `Aucune collectivité n’a le code ${id}.`);
    return;
  }
  territory = found;
  territoryInput.value = optionLabel(found);
  showError(territoryError, territoryInput, undefined);
  history.replaceState(null, '', `?territory=${encodeURIComponent(found.id)}`);
  await refreshPreviews();
}

colorInput.addEventListener('input', () => {
  const color = normalizeColor(colorInput.value);
  const [dark, light] = [contrastRatio(color, DARK_TEXT), contrastRatio(color, LIGHT_TEXT)];
  const best = Math.max(dark, light);
  const ratio = best.toLocaleString('fr-FR', { maximumFractionDigits: 1 });
  if (best < MIN_CONTRAST) {
    colorCheck.textContent = `Cette couleur ne permet pas un texte lisible (contraste ${ratio}:1, il faut 4,5:1)\u202f: choisissez une teinte plus foncée ou plus claire.`;
    colorCheck.className = 'error';
    colorInput.setAttribute('aria-invalid', 'true');
    zipButton.disabled = true;
    return;
  }
  colorCheck.textContent = `Texte ${dark >= light ? 'noir' : 'blanc'} sur cette couleur\u202f: contraste ${ratio}:1.`;
  colorCheck.className = 'hint';
  colorInput.setAttribute('aria-invalid', 'false');
  zipButton.disabled = false;
});
colorInput.addEventListener('change', () => void refreshPreviews());
langSelect.addEventListener('change', () => void refreshPreviews());

logoInput.addEventListener('change', async () => {
  const file = logoInput.files?.[0];
  logo = undefined;
  showError(logoError, logoInput, undefined);
  if (file) {
    try {
      await browserServices();
      logo = readLogo(new Uint8Array(await file.arrayBuffer()), file.name, outlineSvg);
    } catch (error) {
      const message =
        error instanceof LogoError
          ? `Ce logo ne peut pas être utilisé\u202f: ${file.name} doit être un fichier PNG ou SVG lisible.`
          : 'Ce logo ne peut pas être lu.';
      showError(logoError, logoInput, message);
      logoInput.value = '';
    }
  }
  await refreshPreviews();
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const request = currentRequest();
  if (!request) return;
  zipButton.disabled = true;
  progress.hidden = false;
  const started = performance.now();
  try {
    const files = await buildKit(request, await browserServices(), (done, total, name) => {
      progress.max = total;
      progress.value = done;
      status.textContent = `Fabrication\u202f: ${done}\u202f/\u202f${total} (${name})`;
    });
    const zip = files.find((file) => file.format === 'zip');
    if (zip) downloadBytes(zip.name, zip.bytes, MIME.zip);
    const seconds = ((performance.now() - started) / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
    status.textContent = `Kit prêt\u202f: ${files.length - 1} fichiers en ${seconds} s.`;
    document.body.dataset.kitSeconds = String((performance.now() - started) / 1000);
  } catch (error) {
    status.textContent = `Le kit n’a pas pu être fabriqué\u202f: ${(error as Error).message}`;
  } finally {
    zipButton.disabled = false;
    progress.hidden = true;
  }
});

colorInput.dispatchEvent(new Event('input'));
const params = new URLSearchParams(location.search);
// `?lang=ar` opens the kit in that language (a link a team can send to a town that prints in Arabic).
const linkedLanguage = KitLanguageSchema.safeParse(params.get('lang'));
if (linkedLanguage.success) langSelect.value = linkedLanguage.data;
const initial = params.get('territory');
if (initial) void chooseTerritory(initial);
// The catalogue is known before any territory is: tell how many supports the kit holds.
status.textContent = `Le kit compte ${KIT_ASSETS.length} supports. Choisissez une collectivité pour les voir.`;

mountResultsPanel({ request: currentRequest, services: browserServices });
