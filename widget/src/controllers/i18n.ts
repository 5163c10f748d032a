/**
 * Translations behind a Lit ReactiveController. Each element gets a translator fixed to its own
 * language, so two widgets in two languages can share a page. French, the default and the fallback
 * when a locale cannot load, ships in the entry; every other language is its own chunk, fetched only
 * when an element asks for it.
 *
 * The first question is plain keys, read straight from the active bundle: i18next (about 15 KiB
 * gzip) is not needed for it. It loads in its own chunk (`i18next-layer.ts`) at the citizen's first
 * tap (`prepare()`) or when a string with values is first asked for, and serves every string with
 * values (interpolation, plurals) from then on; a page where nobody answers never downloads it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fr } from '../locales/fr.js';
import type { LocaleStrings } from '../locales/strings.js';
// One rule for choosing a language, shared with the hosted survey page (the contract's).
import { DEFAULT_LANGUAGE, directionOf, pickLanguage, type SurveyLanguage } from '../../../survey/languages.js';

export { DEFAULT_LANGUAGE, pickLanguage };

type Loader = () => Promise<{ strings: LocaleStrings }>;

/** Locales other than French, loaded when first needed (one chunk each). */
const LOADERS: Record<string, Loader> = {
  en: () => import('../locales/en.js'),
  es: () => import('../locales/es.js'),
  de: () => import('../locales/de.js'),
  it: () => import('../locales/it.js'),
  pt: () => import('../locales/pt.js'),
  ar: () => import('../locales/ar.js'),
  'fr-falc': () => import('../locales/fr-falc.js'),
};

/** The bundles loaded so far, French first. */
const bundles = new Map<string, LocaleStrings>([[DEFAULT_LANGUAGE, fr]]);

type Layer = typeof import('./i18next-layer.js');
let layer: Layer | undefined;
let layerLoading: Promise<void> | undefined;

/** Loads i18next's chunk once; a failed load (offline) is forgotten so that the next call tries again. */
function loadLayer(): Promise<void> {
  layerLoading ??= import('./i18next-layer.js').then(
    (module) => {
      layer = module;
    },
    () => {
      layerLoading = undefined;
    },
  );
  return layerLoading;
}

async function load(language: string): Promise<boolean> {
  if (bundles.has(language)) return true;
  const loader = LOADERS[language];
  if (!loader) return false;
  try {
    bundles.set(language, (await loader()).strings);
    return true;
  } catch {
    // The chunk failed to load (offline, blocked): French stays, which every citizen's page can show.
    return false;
  }
}

export type Translate = (key: string, values?: Record<string, string>) => string;

/** The string at a dotted path of a bundle, if there is one. */
function lookup(bundle: unknown, key: string): string | undefined {
  let node = bundle;
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/**
 * A translator for one language. Plain keys are read from the active bundle directly (falling back
 * to French), which is also faster: i18next's `t` costs about 1.7 ms a call on a slow phone's first
 * render (measured with 4× CPU throttling). A string with values goes through i18next; asked for
 * before its chunk is in, it is empty until then, and `onLayer` re-renders the element.
 */
function translator(language: string, onLayer: () => void): Translate {
  const bundle = bundles.get(language);
  return (key, values) => {
    if (!values) return lookup(bundle, key) ?? lookup(fr, key) ?? key;
    if (layer) return layer.translate(bundles, language, DEFAULT_LANGUAGE, key, values);
    void loadLayer().then(onLayer);
    return '';
  };
}

export class I18nController implements ReactiveController {
  /** Translates a key of the active locale. */
  t: Translate = translator(DEFAULT_LANGUAGE, () => this.host.requestUpdate());
  /** The active locale (`fr-falc` for easy-to-read French). */
  locale = DEFAULT_LANGUAGE;
  /** False until the first requested locale is in place (at once for French). */
  settled = false;
  private latest = DEFAULT_LANGUAGE;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly requested: () => string | undefined,
  ) {
    host.addController(this);
  }

  /** The BCP 47 tag for the `lang` attribute: FALC is French to screen readers. */
  get language(): string {
    return this.locale === 'fr-falc' ? DEFAULT_LANGUAGE : this.locale;
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.locale as SurveyLanguage);
  }

  hostConnected(): void {
    void this.update();
  }

  /** Loads i18next ahead of the strings with values that follow the first question (call it at the first tap). */
  prepare(): void {
    void loadLayer();
  }

  /** Call when the requested language may have changed. */
  async update(): Promise<void> {
    const wanted = pickLanguage([this.requested(), document.documentElement.lang, ...navigator.languages]);
    this.latest = wanted;
    // A language asked for while another was loading wins, whichever chunk arrives first.
    const switched = wanted !== this.locale && (await load(wanted)) && this.latest === wanted;
    if (switched) {
      this.locale = wanted;
      this.t = translator(wanted, () => this.host.requestUpdate());
    }
    // French is in place at once; another language (or French, if its chunk failed) once loaded.
    if (switched || !this.settled) {
      this.settled = true;
      this.host.requestUpdate();
    }
  }
}
