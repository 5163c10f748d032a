import { describe, expect, it } from 'vitest';
import type { Ranking, RankedTerritory, RankingFocus } from '../../../survey/trophy.js';
import { certificateDetail, focusApart, focusReason, progression, rankingHeading, rateText } from './ranking-text.js';

const place = (id: string, name: string) => ({ id, name, population: 20_000, departement: 'Doubs' });
const entry = (rank: number, id: string, previous: RankedTerritory['previous']): RankedTerritory => ({
  rank,
  territory: place(id, `Ville ${rank}`),
  respondents: 300 - rank,
  answers: 400,
  flagged: 0,
  refused: 0,
  capped: 0,
  rate: 15 - rank,
  previous,
});

const ranking: Ranking = {
  year: 2025,
  period: { from: '2025-01', to: '2025-12' },
  category: 'communes-10000-50000',
  label: 'Communes de 10 000 à 50 000 habitants',
  status: 'published',
  publishedAt: '2026-01-20T10:00:00.000Z',
  rules: { minimumRespondents: 20, answersPerRespondentPerDay: 3 },
  total: 2,
  belowMinimum: 1,
  excluded: { flagged: 0, refused: 0, capped: 0 },
  territories: [entry(1, 'commune:25056', { rank: 3, rate: 11 }), entry(2, 'commune:25388', null)],
  withdrawn: [],
  focus: null,
};

const focus = (status: RankingFocus['status'], missing = 0): RankingFocus => ({
  territory: place('commune:25462', 'Pontarlier'),
  status,
  rank: status === 'ranked' ? 7 : null,
  respondents: 20 - missing,
  rate: null,
  missing,
});

describe('the Trophée’s words', () => {
  it('writes rates with two decimals, in French', () => {
    expect(rateText(12.5)).toBe('12,50');
    expect(rateText(0.333)).toBe('0,33');
  });

  it('says how a territory moved since last year', () => {
    expect(progression(entry(1, 'a', { rank: 3, rate: 1 }))).toBe('↑ 2 places');
    expect(progression(entry(4, 'a', { rank: 3, rate: 1 }))).toBe('↓ 1 place');
    expect(progression(entry(3, 'a', { rank: 3, rate: 1 }))).toBe('stable');
    expect(progression(entry(3, 'a', null))).toBe('nouveau');
  });

  it('heads the table with the category, the year and how many are ranked', () => {
    expect(rankingHeading(ranking)).toBe('Communes de 10 000 à 50 000 habitants — 2025 (2 classées)');
    expect(rankingHeading({ ...ranking, total: 1 })).toBe('Communes de 10 000 à 50 000 habitants — 2025 (1 classée)');
  });

  it('gives the territory asked for a row apart only when it is not among the rows shown', () => {
    expect(focusApart(ranking)).toBeNull();
    const apart = focus('below-minimum', 5);
    expect(focusApart({ ...ranking, focus: apart })).toBe(apart);
    const shown = { ...focus('ranked'), territory: place('commune:25056', 'Besançon') };
    expect(focusApart({ ...ranking, focus: shown })).toBeNull();
  });

  it('says why the territory asked for is, or is not, ranked', () => {
    expect(focusReason(focus('ranked'), ranking)).toBe('classée 7e');
    expect(focusReason(focus('below-minimum', 1), ranking)).toBe('non classée : il lui manque 1 répondant pour atteindre le minimum de 20');
    expect(focusReason(focus('below-minimum', 5), ranking)).toBe('non classée : il lui manque 5 répondants pour atteindre le minimum de 20');
    expect(focusReason(focus('not-candidate'), ranking)).toBe('non classée : sa candidature (l’inscription de la collectivité) n’est pas validée');
    expect(focusReason(focus('withdrawn'), ranking)).toBe('retirée du palmarès par l’équipe du baromètre');
  });

  it('gives a certificate the entry, the category and the year', () => {
    const first = ranking.territories[0] as RankedTerritory;
    expect(certificateDetail(first, ranking)).toEqual({ entry: first, label: 'Communes de 10 000 à 50 000 habitants', year: '2025' });
  });
});
