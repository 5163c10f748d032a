/**
 * i18next behind a Lit ReactiveController. Each element gets a translator fixed to its own
 * language, so two widgets in two languages can share a page. French, the default and the fallback
 * when a locale cannot load, ships in the entry; every other language is its own chunk, fetched only
 * when an element asks for it.
 */
import i18next from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fr } from '../locales/fr.js';
import type { LocaleStrings } from '../locales/strings.js';

export const DEFAULT_LANGUAGE = 'fr';

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

/** Languages written right to left. */
const RTL = new Set(['ar']);

/** Easy-to-read French (FALC) has no BCP 47 subtag: accept the spellings webmasters use. */
const ALIASES: Record<string, string> = { 'fr-falc': 'fr-falc', 'fr-x-falc': 'fr-falc', falc: 'fr-falc' };

const i18n = i18next.createInstance();
const ready = i18n.init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  resources: { [DEFAULT_LANGUAGE]: { translation: fr } },
  // Lit escapes what it renders; escaping here too would show &amp; to citizens.
  interpolation: { escapeValue: false },
  // Otherwise i18next reads the 4-letter `falc` as a script subtag, looks up `fr-Falc`, finds nothing
  // and falls back to plain French.
  lowerCaseLng: true,
  initAsync: false,
});

/** Object.hasOwn, which the ES2020 target cannot assume. */
const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** The first supported language among the candidates (`lang` attribute, page, browser). */
export function pickLanguage(candidates: readonly (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    const tag = candidate?.trim().toLowerCase();
    if (!tag) continue;
    // Own keys only: `lang="constructor"` must not find Object's constructor as a language.
    if (own(ALIASES, tag)) return ALIASES[tag] as string;
    const base = tag.split('-')[0] ?? '';
    if (base === DEFAULT_LANGUAGE || own(LOADERS, base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

async function load(language: string): Promise<boolean> {
  await ready;
  const loader = LOADERS[language];
  if (!loader) return language === DEFAULT_LANGUAGE;
  if (i18n.hasResourceBundle(language, 'translation')) return true;
  try {
    i18n.addResourceBundle(language, 'translation', (await loader()).strings);
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
 * A translator for one language. i18next holds the bundles, the French fallback and interpolation;
 * plain keys are read from the active bundle directly, because i18next's `t` costs about 1.7 ms a
 * call on a slow phone's first render (measured with 4× CPU throttling), half of that render.
 */
function translator(language: string): Translate {
  const bundle = i18n.getResourceBundle(language, 'translation') as unknown;
  const fixed = i18n.getFixedT(language);
  return (key, values) => (values ? fixed(key, values) : (lookup(bundle, key) ?? lookup(fr, key) ?? key));
}

export class I18nController implements ReactiveController {
  /** Translates a key of the active locale. */
  t: Translate = translator(DEFAULT_LANGUAGE);
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
    return RTL.has(this.locale) ? 'rtl' : 'ltr';
  }

  hostConnected(): void {
    void this.update();
  }

  /** Call when the requested language may have changed. */
  async update(): Promise<void> {
    const wanted = pickLanguage([this.requested(), document.documentElement.lang, ...navigator.languages]);
    this.latest = wanted;
    // A language asked for while another was loading wins, whichever chunk arrives first.
    const switched = wanted !== this.locale && (await load(wanted)) && this.latest === wanted;
    if (switched) {
      this.locale = wanted;
      this.t = translator(wanted);
    }
    // French is in place at once; another language (or French, if its chunk failed) once loaded.
    if (switched || !this.settled) {
      this.settled = true;
      this.host.requestUpdate();
    }
  }
}
