/**
 * i18next, the translation layer for everything after the first question: interpolation, plurals,
 * the French fallback of a key a locale lacks. It is its own chunk, loaded when the page is idle
 * (or the first time a string with values is asked for), so the first question never waits for it:
 * that one renders plain keys straight from the active bundle (`i18n.ts`).
 * @module
 */
import i18next from 'i18next';
import type { LocaleStrings } from '../locales/strings.js';

const i18n = i18next.createInstance();
let initialised = false;

/** `key` of `language` with `values` interpolated, falling back to `fallback`'s bundle. */
export function translate(
  bundles: ReadonlyMap<string, LocaleStrings>,
  language: string,
  fallback: string,
  key: string,
  values: Record<string, string>,
): string {
  if (!initialised) {
    initialised = true;
    void i18n.init({
      lng: fallback,
      fallbackLng: fallback,
      resources: {},
      // Lit escapes what it renders; escaping here too would show &amp; to citizens.
      interpolation: { escapeValue: false },
      // Otherwise i18next reads the 4-letter `falc` as a script subtag, looks up `fr-Falc`, finds
      // nothing and falls back to plain French.
      lowerCaseLng: true,
      initAsync: false,
    });
  }
  // The bundles loaded since the last call (a language the element switched to).
  for (const [name, strings] of bundles) if (!i18n.hasResourceBundle(name, 'translation')) i18n.addResourceBundle(name, 'translation', strings);
  return i18n.getFixedT(language)(key, values);
}
