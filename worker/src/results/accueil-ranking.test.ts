import { describe, expect, it } from 'vitest';
import { freshTerritory } from '../../test/territories.js';
import type { AuditRankingRow } from '../db/audit-rankings.js';
import { accueilFocus, rankAccueil } from './accueil-ranking.js';

const row = (territory_id: string, audits: number, score_centi: number, channels = 2, candidate = 1): AuditRankingRow => ({
  territory_id,
  population: 1_000,
  audits,
  score_centi,
  channels,
  candidate,
});

describe('rankAccueil', () => {
  it('ranks by the mean to the hundredth, more audits first on a tie, equal on both sharing the rank; counts the candidates under the minimum', () => {
    const [a, b, c, d, e, f, g, h] = Array.from({ length: 8 }, () => freshTerritory().id) as [string, string, string, string, string, string, string, string];
    const rows = [
      row(a, 5, 4_000), // 8.00
      row(b, 6, 4_800), // 8.00 on six audits: ahead of a
      row(c, 5, 4_000), // 8.00 on five: shares a's rank
      row(d, 5, 4_501), // 9.002 → 9.00
      row(e, 4, 4_000, 2), // four audits: under the minimum
      row(f, 9, 9_000, 1), // one channel: under the minimum
      row(g, 9, 9_000, 2, 0), // not a candidate: neither ranked nor counted
      row(h, 8, 8_000), // withdrawn
    ];
    const ranking = rankAccueil(rows, new Set([h]));
    expect(ranking.ranked.map((entry) => [entry.rank, entry.territory.id, entry.score])).toEqual([
      [1, d, 9],
      [2, b, 8],
      ...[a, c]
        .map((id) => ({ id, name: ranking.rows.get(id)?.place.name ?? '' }))
        .sort((x, y) => x.name.localeCompare(y.name, 'fr'))
        .map(({ id }) => [3, id, 8]),
    ]);
    expect(ranking.belowMinimum).toBe(2);
    const published = { territories: ranking.ranked, withdrawn: [{ territory: { id: h, name: '', population: 0, departement: '' }, reason: 'r' }] };
    expect(accueilFocus(e, published, ranking.rows)).toMatchObject({ status: 'below-minimum', audits: 4, channels: 2, score: 10 });
    expect(accueilFocus(g, published, ranking.rows)).toMatchObject({ status: 'not-candidate', audits: 9, score: 10 });
    expect(accueilFocus(h, published, ranking.rows)).toMatchObject({ status: 'withdrawn', rank: null });
    expect(accueilFocus(d, published, ranking.rows)).toMatchObject({ status: 'ranked', rank: 1, audits: 5, score: 9 });
  });

  it('shows no score for a territory audited fewer than three times', () => {
    const a = freshTerritory().id;
    const ranking = rankAccueil([row(a, 2, 1_800)]);
    expect(accueilFocus(a, { territories: ranking.ranked, withdrawn: [] }, ranking.rows)).toMatchObject({ status: 'below-minimum', audits: 2, score: null });
  });
});
