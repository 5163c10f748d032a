/**
 * The kit's translator: i18next with two namespaces, `kit` (its own strings) and `survey` (the
 * widget's locale files, so the call to action on a banner says what the survey's button says).
 * @module
 */
import i18next, { type TFunction } from 'i18next';
import * as z from 'zod/mini';
import { strings as surveyEn } from '../../widget/src/locales/en.js';
import { fr as surveyFr } from '../../widget/src/locales/fr.js';
import { en } from './locales/en.js';
import { fr } from './locales/fr.js';

export const KIT_LANGUAGES = ['fr', 'en'] as const;
export const KitLanguageSchema = z.enum(KIT_LANGUAGES);
export type KitLanguage = z.infer<typeof KitLanguageSchema>;

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'fr',
  fallbackLng: 'fr',
  ns: ['kit', 'survey'],
  defaultNS: 'kit',
  resources: { fr: { kit: fr, survey: surveyFr }, en: { kit: en, survey: surveyEn } },
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function kitTranslator(language: KitLanguage): TFunction {
  return i18n.getFixedT(language, 'kit');
}
