/**
 * The kit's translator: i18next with the kit's own strings. The call to action on a banner repeats
 * the survey's button (`openSurvey`); the kit never imports the widget, so kit/src/i18n.test.ts
 * checks that the two say the same.
 * @module
 */
import i18next, { type TFunction } from 'i18next';
import * as z from 'zod/mini';
import { SURVEY_LANGUAGES, type SurveyLanguage } from '../../survey/languages.js';
import { ar } from './locales/ar.js';
import { de } from './locales/de.js';
import { en } from './locales/en.js';
import { es } from './locales/es.js';
import { frFalc } from './locales/fr-falc.js';
import { fr, type KitStrings } from './locales/fr.js';
import { it } from './locales/it.js';
import { pt } from './locales/pt.js';

/** The kit speaks every language of the survey, so a poster and the survey it opens say the same. */
export const KIT_LANGUAGES = SURVEY_LANGUAGES;
export const KitLanguageSchema = z.enum(KIT_LANGUAGES, `expected one of the survey’s languages: ${KIT_LANGUAGES.join(', ')}`);
export type KitLanguage = z.infer<typeof KitLanguageSchema>;

/** Every language's strings: a missing language fails the typecheck. */
export const KIT_STRINGS: Readonly<Record<SurveyLanguage, KitStrings>> = { fr, en, es, de, it, pt, ar, 'fr-falc': frFalc };

/**
 * The locale numbers and months are written in: FALC is French; Arabic keeps Western digits
 * (`-u-nu-latn`), as in the Maghreb, in the survey's 1–5 scale and in every address the kit prints.
 */
export function numberLocale(language: KitLanguage): string {
  if (language === 'fr' || language === 'fr-falc') return 'fr-FR';
  return language === 'ar' ? 'ar-u-nu-latn' : language;
}

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'fr',
  fallbackLng: 'fr',
  // 'fr-falc' is no BCP 47 region: without this, i18next looks for 'fr-FALC' and falls back to French.
  lowerCaseLng: true,
  ns: ['kit'],
  defaultNS: 'kit',
  resources: Object.fromEntries(Object.entries(KIT_STRINGS).map(([language, strings]) => [language, { kit: strings }])),
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function kitTranslator(language: KitLanguage): TFunction {
  return i18n.getFixedT(language, 'kit');
}
