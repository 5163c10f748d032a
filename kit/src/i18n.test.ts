import { describe, expect, it } from 'vitest';
import { strings as surveyEn } from '../../widget/src/locales/en.js';
import { fr as surveyFr } from '../../widget/src/locales/fr.js';
import { kitTranslator } from './i18n.js';

describe('the kit’s call to action', () => {
  it('repeats the survey’s own button in every kit language, so a banner and the survey say the same', () => {
    expect(kitTranslator('fr')('openSurvey')).toBe(surveyFr.button.open);
    expect(kitTranslator('en')('openSurvey')).toBe(surveyEn.button.open);
  });
});
