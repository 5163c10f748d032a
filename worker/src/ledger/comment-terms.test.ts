import { describe, expect, it } from 'vitest';
import { EMAIL_MASK, maskComment, PHONE_MASK } from '../../../survey/privacy.js';
import { COMMENT_MAX_LENGTH } from '../../../survey/questionnaire.js';
import { commentTerms } from './comment-terms.js';

const terms = (text: string) => [...commentTerms(text)].sort();

describe('the terms of a comment', () => {
  it('lower-cases, keeps accents, drops stop words, short words and numbers', () => {
    expect(terms('Très BON Accueil à la Mairie, 2 heures 30 min')).toEqual(['accueil', 'bon', 'bon accueil', 'heures', 'mairie', 'min'].sort());
  });

  it('cuts French elisions, with either apostrophe, and keeps them inside a phrase', () => {
    expect(terms('L’accueil')).toEqual(['accueil']);
    expect(terms("Temps d'attente")).toEqual(['attente', 'temps', 'temps d’attente']);
    expect(terms('temps d’attente')).toEqual(['attente', 'temps', 'temps d’attente']);
    expect(terms("qu'importe, jusqu’ici lorsqu'arrive")).toEqual(['arrive', 'importe']);
    // An apostrophe not inside a word is punctuation; one inside a word that is no elision stays.
    expect(terms("'guichet' aujourd'hui")).toEqual(['guichet']);
  });

  it('counts a term once per comment, and a phrase only between words next to each other', () => {
    expect(terms('attente attente ATTENTE')).toEqual(['attente']);
    expect(terms('longue attente. Longue attente !')).toEqual(['attente', 'longue', 'longue attente']);
    // Punctuation, a stop word or a dropped word ends the run.
    expect(terms('accueil. guichet')).toEqual(['accueil', 'guichet']);
    expect(terms('accueil de la mairie')).toEqual(['accueil', 'mairie']);
    expect(terms('attente 2 heures')).toEqual(['attente', 'heures']);
    expect(terms('guichet fermé')).toEqual(['fermé', 'guichet', 'guichet fermé']);
  });

  it('keeps hyphenated words whole, but splits an inverted verb', () => {
    expect(terms('prise de rendez-vous')).toEqual(['prise', 'rendez-vous']);
    expect(terms('Dites-moi ? Ouvrir-t-on ? a-t-il dit')).toEqual(['dit', 'dites', 'ouvrir'].sort());
    expect(terms('peut-être')).toEqual([]);
  });

  it('reads Arabic and other scripts without crashing, letters and vowel signs together', () => {
    expect(terms('الموظفون لطفاء جدا')).toEqual(['الموظفون', 'الموظفون لطفاء', 'جدا', 'لطفاء', 'لطفاء جدا'].sort());
    expect(terms('مَرْحَبًا')).toEqual(['مَرْحَبًا']);
    expect(terms('Die Wartezeit war lang')).toContain('wartezeit');
    expect(terms('')).toEqual([]);
    expect(terms('!!! ... ’’ -- 🙂')).toEqual([]);
  });

  it('never takes a word from a mask, even one cut short by the length cap', () => {
    const masked = maskComment('Rappelez-moi au 06 12 34 56 78 ou jean.dupont@example.fr merci') ?? '';
    expect(masked).toContain(PHONE_MASK);
    expect(masked).toContain(EMAIL_MASK);
    expect(terms(masked)).toEqual(['merci', 'rappelez']);
    // No phrase across a mask either.
    expect(terms(`guichet ${EMAIL_MASK} fermé`)).toEqual(['fermé', 'guichet']);
    const long = maskComment(`${'x'.repeat(COMMENT_MAX_LENGTH - 8)} 0612345678`) ?? '';
    const cut = long.slice(long.lastIndexOf('['));
    expect(cut.length).toBeGreaterThan(4);
    expect(cut.length).toBeLessThan(PHONE_MASK.length);
    expect(PHONE_MASK.startsWith(cut)).toBe(true);
    expect(terms(long)).toEqual(['x'.repeat(COMMENT_MAX_LENGTH - 8)]);
    // A citizen's own word is a word.
    expect(terms('Le téléphone sonne')).toEqual(['sonne', 'téléphone', 'téléphone sonne']);
  });
});
