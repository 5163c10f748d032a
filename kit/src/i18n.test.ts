import { describe, expect, it } from 'vitest';
import { strings as surveyEn } from '../../widget/src/locales/en.js';
import { fr as surveyFr } from '../../widget/src/locales/fr.js';
import { CRITERIA } from '../../survey/questionnaire.js';
import { kitTranslator } from './i18n.js';

describe('the kit’s call to action', () => {
  it('repeats the survey’s own button in every kit language, so a banner and the survey say the same', () => {
    expect(kitTranslator('fr')('openSurvey')).toBe(surveyFr.button.open);
    expect(kitTranslator('en')('openSurvey')).toBe(surveyEn.button.open);
  });
});

describe('the flyer’s back', () => {
  it('names the question and the five criteria in the survey’s own words, in every kit language', () => {
    for (const [language, survey] of [
      ['fr', surveyFr],
      ['en', surveyEn],
    ] as const) {
      const t = kitTranslator(language);
      expect(t('flyer.overall'), language).toContain(survey.overall.question);
      for (const criterion of CRITERIA) expect(t(`flyer.criteria.${criterion}`), language).toBe(survey.criteria.labels[criterion]);
    }
  });
});
