import { describe, expect, it } from 'vitest';
import type { Ranking, RankedTerritory, RankingFocus } from '../../../survey/trophy.js';
import {
  certificateDetail,
  focusApart,
  focusReason,
  placeName,
  previousRank,
  progression,
  progressionNote,
  rankingHeading,
  rateText,
  STABLE_THRESHOLD,
} from './ranking-text.js';

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
  label: 'Communes de 10\u202f000 à 50\u202f000 habitants',
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

  it('says in words how the rate moved since last year, with one decimal and a narrow no-break space before the unit', () => {
    const moved = (rate: number, previous: number) => progression({ rate, previous: { rank: 1, rate: previous } });
    expect(moved(20.69, 12)).toBe('en hausse de 8,7\u202fpoints');
    expect(moved(10, 11.2)).toBe('en baisse de 1,2\u202fpoint');
    expect(moved(10, 12)).toBe('en baisse de 2,0\u202fpoints');
    expect(moved(10.3, 10)).toBe('stable (+0,3\u202fpoint)');
    expect(moved(10, 10.26)).toBe('stable (−0,3\u202fpoint)');
    expect(moved(10.02, 10)).toBe('stable (0,0\u202fpoint)');
    expect(moved(1010, 10)).toBe('en hausse de 1\u202f000,0\u202fpoints');
    expect(progression({ rate: 3, previous: null })).toBe('nouvelle au classement');
  });

  it('calls a gap stable below the threshold, and rounds before deciding so the words match the figure', () => {
    expect(STABLE_THRESHOLD).toBe(0.5);
    const moved = (gap: number) => progression({ rate: 10 + gap, previous: { rank: 1, rate: 10 } });
    expect(moved(0.5)).toBe('en hausse de 0,5\u202fpoint');
    expect(moved(0.46)).toBe('en hausse de 0,5\u202fpoint');
    expect(moved(0.44)).toBe('stable (+0,4\u202fpoint)');
    expect(moved(-0.5)).toBe('en baisse de 0,5\u202fpoint');
  });

  it('gives last year’s rank only when it changed', () => {
    expect(previousRank({ rank: 2, previous: { rank: 1, rate: 1 } })).toBe('1re l’an dernier');
    expect(previousRank({ rank: 1, previous: { rank: 3, rate: 1 } })).toBe('3e l’an dernier');
    expect(previousRank({ rank: 3, previous: { rank: 3, rate: 1 } })).toBe('');
    expect(previousRank({ rank: 3, previous: null })).toBe('');
  });

  it('explains what the progression compares and what « stable » means', () => {
    expect(progressionNote()).toContain('répondants pour 1\u202f000 habitants');
    expect(progressionNote()).toContain('un an plus tôt');
    expect(progressionNote()).toContain('«\u202fStable\u202f»\u202f: moins de 0,5\u202fpoint d’écart');
  });

  it('names a territory with its département, so homonyms are told apart', () => {
    expect(placeName({ name: 'Saint-Denis', departement: '93' })).toBe('Saint-Denis (93)');
    expect(placeName({ name: 'Saint-Denis', departement: '974' })).toBe('Saint-Denis (974)');
    expect(placeName({ name: 'CC Lointaine', departement: '' })).toBe('CC Lointaine');
  });

  it('heads the table with the category, the year and how many are ranked', () => {
    expect(rankingHeading(ranking)).toBe('Communes de 10\u202f000 à 50\u202f000 habitants — 2025 (2 classées)');
    expect(rankingHeading({ ...ranking, total: 1 })).toBe('Communes de 10\u202f000 à 50\u202f000 habitants — 2025 (1 classée)');
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
    expect(focusReason(focus('below-minimum', 1), ranking)).toBe('non classée\u202f: il lui manque 1 répondant pour atteindre le minimum de 20');
    expect(focusReason(focus('below-minimum', 5), ranking)).toBe('non classée\u202f: il lui manque 5 répondants pour atteindre le minimum de 20');
    expect(focusReason(focus('not-candidate'), ranking)).toBe('non classée\u202f: sa candidature (l’inscription de la collectivité) n’est pas validée');
    expect(focusReason(focus('withdrawn'), ranking)).toBe('retirée du palmarès par l’équipe du baromètre');
  });

  it('gives a certificate the entry, the category, the year, and where and when it is issued', () => {
    const first = ranking.territories[0] as RankedTerritory;
    expect(certificateDetail(first, ranking)).toEqual({
      entry: first,
      label: 'Communes de 10\u202f000 à 50\u202f000 habitants',
      year: '2025',
      publishedAt: ranking.publishedAt,
      issuer: { name: null, place: null },
    });
    const issued = { ...ranking, publishedAt: '2026-01-15T09:00:00.000Z', issuer: { name: 'Association Baromètre', place: 'Lyon' } };
    expect(certificateDetail(first, issued)).toMatchObject({
      publishedAt: '2026-01-15T09:00:00.000Z',
      issuer: { name: 'Association Baromètre', place: 'Lyon' },
    });
  });
});
