import { describe, expect, it } from 'vitest';
import { SURVEY_LANGUAGES, type SurveyLanguage } from '../../survey/languages.js';
import { KIT_ASSETS, RESULTS_ASSETS } from '../../survey/sources.js';
import { frenchTypographyErrors } from '../../survey/typography.js';
import { strings as surveyAr } from '../../widget/src/locales/ar.js';
import { strings as surveyDe } from '../../widget/src/locales/de.js';
import { strings as surveyEn } from '../../widget/src/locales/en.js';
import { strings as surveyEs } from '../../widget/src/locales/es.js';
import { strings as surveyFalc } from '../../widget/src/locales/fr-falc.js';
import { fr as surveyFr } from '../../widget/src/locales/fr.js';
import { strings as surveyIt } from '../../widget/src/locales/it.js';
import { strings as surveyPt } from '../../widget/src/locales/pt.js';
import type { LocaleStrings } from '../../widget/src/locales/strings.js';
import { CRITERIA } from '../../survey/questionnaire.js';
import { KIT_LANGUAGES, KIT_STRINGS, kitTranslator } from './i18n.js';

const SURVEY: Record<SurveyLanguage, LocaleStrings> = {
  fr: surveyFr,
  en: surveyEn,
  es: surveyEs,
  de: surveyDe,
  it: surveyIt,
  pt: surveyPt,
  ar: surveyAr,
  'fr-falc': surveyFalc,
};

/** Every string of a locale, at any depth. */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return typeof value === 'object' && value !== null ? Object.values(value).flatMap(leaves) : [];
}

describe('the kit’s languages', () => {
  it('are the survey’s, so a poster opens the survey in its own language', () => {
    expect([...KIT_LANGUAGES]).toEqual([...SURVEY_LANGUAGES]);
  });

  it('have every string translated, with the same placeholders as the French', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/gu)].map((match) => match[1]).sort();
    const french = KIT_STRINGS.fr;
    const pairs = (value: unknown, path: string): [string, string][] =>
      typeof value === 'string' ? [[path, value]] : Object.entries(value as object).flatMap(([key, inner]) => pairs(inner, path ? `${path}.${key}` : key));
    for (const language of KIT_LANGUAGES) {
      const translated = new Map(pairs(KIT_STRINGS[language], ''));
      for (const [path, text] of pairs(french, '')) {
        const other = translated.get(path);
        expect(other, `${language} ${path}`).toBeTruthy();
        expect(placeholders(other ?? ''), `${language} ${path}`).toEqual(placeholders(text));
      }
    }
  });

  it('name every asset in every language', () => {
    for (const asset of [...KIT_ASSETS, ...RESULTS_ASSETS])
      for (const language of KIT_LANGUAGES) expect(asset.label[language], `${asset.id} ${language}`).toMatch(/\S/u);
  });

  it('keep French typography in French and easy-to-read French only', () => {
    expect(leaves(KIT_STRINGS['fr-falc']).flatMap((text) => frenchTypographyErrors(text))).toEqual([]);
    for (const language of KIT_LANGUAGES.filter((language) => language !== 'fr' && language !== 'fr-falc'))
      for (const text of leaves(KIT_STRINGS[language])) expect(text, language).not.toMatch(/\u202f/u);
  });
});

describe('the kit’s call to action', () => {
  it('repeats the survey’s own button in every kit language, so a banner and the survey say the same', () => {
    for (const language of KIT_LANGUAGES) expect(kitTranslator(language)('openSurvey'), language).toBe(SURVEY[language].button.open);
  });
});

describe('the flyer’s back', () => {
  it('names the question, the five criteria and the 1–5 scale in the survey’s own words, in every kit language', () => {
    for (const language of KIT_LANGUAGES) {
      const t = kitTranslator(language);
      const survey = SURVEY[language];
      expect(t('flyer.overall'), language).toContain(survey.overall.question);
      for (const level of Object.values(survey.overall.levels)) expect(t('flyer.overall').toLowerCase(), language).toContain(level.toLowerCase());
      for (const criterion of CRITERIA) expect(t(`flyer.criteria.${criterion}`), language).toBe(survey.criteria.labels[criterion]);
      expect(t('flyer.criteriaIntro'), language).toMatch(/1\D+5/u);
    }
  });
});
