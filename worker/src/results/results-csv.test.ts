import { describe, expect, it } from 'vitest';
import { scoreTallies } from '../../../survey/scoring.js';
import type { Results } from '../../../survey/results.js';
import { resultsCsv } from './results-csv.js';

/** A results object written out by hand: no Worker, no storage, so a named territory shares nothing. */
function results(overrides: Partial<Results> = {}): Results {
  return {
    territory: { id: 'commune:25056', kind: 'commune', name: 'Besançon', population: 118489, departement: '25' },
    questionnaire: 'v1',
    filters: { service: 'bibliotheque', channel: null, from: '2026-01', to: null },
    ...scoreTallies([{ question: 'overall', level: 'tres-bien', count: 7 }]),
    breakdown: { sources: { 'affiche-a4': 5, '=cmd': 2 }, services: { bibliotheque: 7 }, channels: { 'non-precise': 7 } },
    months: [],
    respondents: null,
    participation: null,
    excluded: { refused: 0, flagged: 0, capped: 0 },
    ...overrides,
  };
}

describe('resultsCsv', () => {
  it('quotes fields holding separators, quotes and line breaks as RFC 4180 says', () => {
    const csv = resultsCsv(
      results({ territory: { id: 'commune:25056', kind: 'commune', name: 'Ville "test"; avec\nligne', population: 1, departement: '25' } }),
    );
    expect(csv.split('\r\n')[0]).toBe('\uFEFFBaromètre citoyen — résultats;"Ville ""test""; avec\nligne (commune:25056)"');
  });

  it('writes French labels, filters and decimal commas, and defuses formula-like cells', () => {
    const lines = resultsCsv(results()).split('\r\n');
    expect(lines).toContain('Service;Bibliothèque, médiathèque');
    expect(lines).toContain('Période;2026-01 à aujourd’hui');
    expect(lines).toContain('Appréciation générale;7;10;100;64,6;100;');
    expect(lines).toContain("'=cmd;'=cmd;2");
    // Which kit asset brought the answers, by name and by code.
    expect(lines).toContain('Kit : Affiche A4;affiche-a4;5');
    expect(lines).toContain('Non précisé;7');
  });
});
