/**
 * Every language says what the French says (issue 21), where a machine can tell: the 1–5 scale's
 * labels, the territory, and the easy-to-read French rules. The lists are survey/glossary.ts's,
 * explained in docs/glossary.md.
 */
import { describe, expect, it } from 'vitest';
import { KIT_STRINGS } from '../kit/src/i18n.js';
import { strings as ar } from '../widget/src/locales/ar.js';
import { strings as de } from '../widget/src/locales/de.js';
import { strings as en } from '../widget/src/locales/en.js';
import { strings as es } from '../widget/src/locales/es.js';
import { strings as falc } from '../widget/src/locales/fr-falc.js';
import { fr } from '../widget/src/locales/fr.js';
import { strings as it_ } from '../widget/src/locales/it.js';
import { strings as pt } from '../widget/src/locales/pt.js';
import type { LocaleStrings } from '../widget/src/locales/strings.js';
import { HOSTED_STRINGS } from '../worker/src/pages/hosted-strings.js';
import { FALC_ABBREVIATIONS, FALC_HARD, FALC_MAX_WORDS, MIDPOINT_INTENSIFIERS, TOWN_WORDS, usesWord } from './glossary.js';
import { SURVEY_LANGUAGES, type SurveyLanguage } from './languages.js';

const WIDGET: Record<SurveyLanguage, LocaleStrings> = { fr, en, es, de, it: it_, pt, ar, 'fr-falc': falc };

/** Every string at any depth, by its path; a function (the hosted page's) called with a territory's name. */
function pairs(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String((value as (name: string) => string)('Besançon'))]];
  return typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([key, inner]) => pairs(inner, path === '' ? key : `${path}.${key}`)) : [];
}

const SOURCES = {
  widget: (language: SurveyLanguage) => WIDGET[language],
  'hosted page': (language: SurveyLanguage) => HOSTED_STRINGS[language],
  kit: (language: SurveyLanguage) => KIT_STRINGS[language],
};

describe('the 1–5 scale', () => {
  it.each(SURVEY_LANGUAGES)('%s: five distinct labels, « not applicable » apart from them', (language) => {
    const { levels } = WIDGET[language].criteria;
    const labels = [levels[1], levels[2], levels[3], levels[4], levels[5], levels.nc].map((label) => label.toLocaleLowerCase(language));
    expect(new Set(labels).size, labels.join(' | ')).toBe(6);
  });

  it.each(SURVEY_LANGUAGES)('%s: a neutral midpoint, without the language’s positive intensifiers', (language) => {
    const strings = WIDGET[language];
    expect(usesWord(strings.criteria.levels[3], MIDPOINT_INTENSIFIERS[language]), strings.criteria.levels[3]).toBeUndefined();
    expect(usesWord(strings.overall.levels.moyen, MIDPOINT_INTENSIFIERS[language]), strings.overall.levels.moyen).toBeUndefined();
  });

  it.each(SURVEY_LANGUAGES)('%s: the scale’s explanation names its own ends', (language) => {
    const { scale, levels } = WIDGET[language].criteria;
    for (const level of [levels[1], levels[5]]) expect(scale.toLocaleLowerCase(language), language).toContain(level.toLocaleLowerCase(language));
  });

  it('would catch the midpoints issue 21 found', () => {
    expect(usesWord('Fairly satisfied', MIDPOINT_INTENSIFIERS.en)).toBe('fairly');
    expect(usesWord('Abbastanza soddisfatto', MIDPOINT_INTENSIFIERS.it)).toBe('abbastanza');
    expect(usesWord('راضٍ إلى حد ما', MIDPOINT_INTENSIFIERS.ar)).toBe('إلى حد ما');
  });
});

describe('the territory', () => {
  it.each(Object.keys(SOURCES) as (keyof typeof SOURCES)[])('%s: no language names the town where the French does not', (source) => {
    const french = new Map(pairs(SOURCES[source]('fr')));
    expect([...french.values()].some((text) => /collectivit/iu.test(text)) || source !== 'widget').toBe(true);
    const narrowed = SURVEY_LANGUAGES.filter((language) => language !== 'fr').flatMap((language) =>
      pairs(SOURCES[source](language))
        .filter(([path]) => usesWord(french.get(path) ?? '', TOWN_WORDS.fr) === undefined)
        .filter(([, text]) => usesWord(text, TOWN_WORDS[language]) !== undefined)
        .map(([path, text]) => `${language} ${path}: ${text}`),
    );
    expect(narrowed).toEqual([]);
  });

  it('would catch the towns issue 21 found', () => {
    expect(usesWord('ayudan a su ayuntamiento a mejorar', TOWN_WORDS.es)).toBe('ayuntamiento');
    expect(usesWord('helfen Ihrer Gemeinde', TOWN_WORDS.de)).toBe('Gemeinde');
    expect(usesWord('aiutano il suo comune', TOWN_WORDS.it)).toBe('comune');
    expect(usesWord('تساعد إجاباتك بلديتك', TOWN_WORDS.ar)).toBe('بلديت');
    expect(usesWord('Votre avis aide la mairie', TOWN_WORDS['fr-falc'])).toBe('mairie');
  });
});

/** The sentences of a text: after . ! ? or a line break. */
const sentences = (text: string) =>
  text
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
const words = (sentence: string) => sentence.split(/[\s\u00a0\u202f]+/u).filter((word) => /[\p{L}\p{N}{]/u.test(word));

/** The easy-to-read texts a member of the public reads: the survey, its page, and the kit's posters, flyer and posts (not the kit's README for staff). */
function easyToRead(): [string, string][] {
  const kitPublic = pairs(KIT_STRINGS['fr-falc']).filter(([path]) => !/^(readme|networks|screen\.snippetHelp)\b/u.test(path));
  return [
    ...pairs(WIDGET['fr-falc']).map(([path, text]): [string, string] => [`widget ${path}`, text]),
    ...pairs(HOSTED_STRINGS['fr-falc']).map(([path, text]): [string, string] => [`hosted page ${path}`, text]),
    ...kitPublic.map(([path, text]): [string, string] => [`kit ${path}`, text]),
  ];
}

describe('easy-to-read French (FALC)', () => {
  it(`keeps every sentence to ${FALC_MAX_WORDS} words at most`, () => {
    const long = easyToRead().flatMap(([path, text]) =>
      sentences(text)
        .filter((sentence) => words(sentence).length > FALC_MAX_WORDS)
        .map((sentence) => `${path}: ${sentence}`),
    );
    expect(long).toEqual([]);
  });

  it('uses no hard negation nor listed hard word', () => {
    const hard = easyToRead().flatMap(([path, text]) =>
      FALC_HARD.filter(({ pattern }) => pattern.test(text)).map(({ pattern, instead }) => `${path}: ${pattern} in « ${text} », use ${instead}`),
    );
    expect(hard).toEqual([]);
  });

  it('writes an abbreviation only with its meaning beside it', () => {
    const bare = easyToRead().flatMap(([path, text]) =>
      [...text.matchAll(/(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/gu)]
        .map((match) => match[0])
        // The kit's « code QR » names the square itself; URLs' and placeholders' letters are no words.
        .filter((abbreviation) => abbreviation !== 'QR' && !text.includes(`{{${abbreviation}`))
        .filter((abbreviation) => !FALC_ABBREVIATIONS.includes(abbreviation) || !text.includes('('))
        .map((abbreviation) => `${path}: ${abbreviation} in « ${text} »`),
    );
    expect(bare).toEqual([]);
  });

  it('would catch what issue 21 found', () => {
    expect(FALC_HARD.some(({ pattern }) => pattern.test('Personne ne saura qui vous êtes.'))).toBe(true);
    expect(FALC_HARD.some(({ pattern }) => pattern.test('Démarches sur internet'))).toBe(true);
    expect(FALC_HARD.some(({ pattern }) => pattern.test('Il n’y a plus d’internet.'))).toBe(true);
    expect(words('Votre avis aide les services publics près de chez vous à mieux vous accueillir dans toute la France.').length).toBeGreaterThan(
      FALC_MAX_WORDS,
    );
  });
});
