/**
 * The kit's translator: i18next with the kit's own strings. The call to action on a banner repeats
 * the survey's button (`openSurvey`); the kit never imports the widget, so kit/src/i18n.test.ts
 * checks that the two say the same.
 * @module
 */
import i18next, { type TFunction } from 'i18next';
import * as z from 'zod/mini';
import { en } from './locales/en.js';
import { fr } from './locales/fr.js';

export const KIT_LANGUAGES = ['fr', 'en'] as const;
export const KitLanguageSchema = z.enum(KIT_LANGUAGES);
export type KitLanguage = z.infer<typeof KitLanguageSchema>;

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'fr',
  fallbackLng: 'fr',
  ns: ['kit'],
  defaultNS: 'kit',
  resources: { fr: { kit: fr }, en: { kit: en } },
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function kitTranslator(language: KitLanguage): TFunction {
  return i18n.getFixedT(language, 'kit');
}
