import { describe, expect, it } from 'vitest';
import { acceptedLanguages, directionOf, pickLanguage } from './languages.js';

describe('pickLanguage', () => {
  it('takes the first supported candidate, its base language, or French', () => {
    expect(pickLanguage([undefined, 'de-AT', 'en'])).toBe('de');
    expect(pickLanguage(['fr-x-falc'])).toBe('fr-falc');
    expect(pickLanguage(['zh-CN', 'ja'])).toBe('fr');
    expect(pickLanguage(['constructor', 'toString'])).toBe('fr');
  });
});

describe('acceptedLanguages', () => {
  it('orders a browser’s languages by preference and drops refused ones', () => {
    expect(acceptedLanguages('en-US,en;q=0.9,ar;q=0.95,fr;q=0.8')).toEqual(['en-US', 'ar', 'en', 'fr']);
    expect(acceptedLanguages('de;q=0, it , *;q=0.1')).toEqual(['it']);
    expect(acceptedLanguages('')).toEqual([]);
    expect(pickLanguage(acceptedLanguages('zh-TW, pt-BR;q=0.7'))).toBe('pt');
  });

  it('says which languages read right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fr-falc')).toBe('ltr');
  });
});
