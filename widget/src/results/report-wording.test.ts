import { describe, expect, it } from 'vitest';
import { MIN_ANSWERS } from '../../../survey/scoring.js';
import { filterScope, intervalExplanation, intervalText, noTrendText } from './report-wording.js';

describe('the tiles’ wording', () => {
  it('says the interval as a French range, with the API’s bounds unchanged', () => {
    expect(intervalText({ low: 0.47, high: 0.912 })).toBe('entre 47\u202f% et 91\u202f% (intervalle de confiance à 95\u202f%)');
    expect(intervalExplanation(12)).toMatch(/^Avec 12 réponses, la part réelle de «\u202fTrès bien\u202f»/u);
    expect(intervalExplanation(1)).toMatch(/^Avec 1 réponse,/);
  });

  it('says why there is no trend, naming the side that lacks answers and the rule’s figures', () => {
    expect(noTrendText(12, 20, 0)).toBe(
      `Pas encore de tendance\u202f: il faut au moins ${MIN_ANSWERS} réponses sur les 12 mois précédents pour comparer (0 aujourd’hui).`,
    );
    expect(noTrendText(12, 3, 0)).toBe(
      `Pas encore de tendance\u202f: il faut au moins ${MIN_ANSWERS} réponses sur les 12 mois affichés pour comparer (3 aujourd’hui).`,
    );
    expect(noTrendText(1, 9, 2)).toContain('sur le mois précédent');
  });

  it('names the filter the figures and their comparisons share', () => {
    expect(filterScope({ service: null, channel: null })).toBe('');
    expect(filterScope({ service: 'mairie', channel: null })).toBe('Mairie');
    expect(filterScope({ service: null, channel: 'guichet' })).toBe('Au guichet');
    expect(filterScope({ service: 'ccas', channel: 'telephone' })).toBe('CCAS (action sociale), par téléphone');
  });
});
