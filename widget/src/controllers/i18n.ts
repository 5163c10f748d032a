/**
 * i18next behind a Lit ReactiveController. Each element gets a translator fixed to its own
 * language, so two widgets in two languages can share a page; only the active language's strings
 * are loaded (French ships in the bundle, other locales are fetched on demand).
 */
import i18next, { type TFunction } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fr } from '../locales/fr.js';
import type { LocaleStrings } from '../locales/strings.js';

export const DEFAULT_LANGUAGE = 'fr';

/** Locales other than French, loaded when first needed. */
const LOADERS: Record<string, () => Promise<LocaleStrings>> = {};

const i18n = i18next.createInstance();
const ready = i18n.init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  resources: { [DEFAULT_LANGUAGE]: { translation: fr } },
  // Lit escapes what it renders; escaping here too would show &amp; to citizens.
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** The first supported language among the candidates (`lang` attribute, page, browser). */
export function pickLanguage(candidates: readonly (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    const base = candidate?.toLowerCase().split('-')[0];
    if (base && (base === DEFAULT_LANGUAGE || base in LOADERS)) return base;
  }
  return DEFAULT_LANGUAGE;
}

async function load(language: string): Promise<void> {
  await ready;
  const loader = LOADERS[language];
  if (!loader || i18n.hasResourceBundle(language, 'translation')) return;
  i18n.addResourceBundle(language, 'translation', await loader());
}

export class I18nController implements ReactiveController {
  /** Translates a key of the active locale. */
  t: TFunction = i18n.getFixedT(DEFAULT_LANGUAGE);
  language = DEFAULT_LANGUAGE;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly requested: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.update();
  }

  /** Call when the requested language may have changed. */
  async update(): Promise<void> {
    const language = pickLanguage([this.requested(), document.documentElement.lang, ...navigator.languages]);
    if (language === this.language) return;
    await load(language);
    this.language = language;
    this.t = i18n.getFixedT(language);
    this.host.requestUpdate();
  }
}
