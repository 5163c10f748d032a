import { describe, expect, it } from 'vitest';
import { participationRate } from '../../../survey/trophy.js';
import { call } from '../../test/fixtures.js';
import { seedAndPush, times } from '../../test/summaries.js';

interface Ranking {
  total: number;
  excluded: { flagged: number; refused: number };
  territories: { rank: number; territory: { id: string; population: number }; answers: number; flagged: number; rate: number; previous: { rank: number } | null }[];
  focus: { rank: number } | null;
}

describe('GET /v1/rankings/participation', () => {
  it('ranks a category by answers per 1,000 inhabitants, flagged and refused answers excluded, with progression', async () => {
    const june2031 = Date.UTC(2031, 5, 1, 9);
    await seedAndPush([
      { territory: 'commune:01002', at: june2031, answers: times(5) },
      { territory: 'commune:01006', at: june2031, answers: times(2) },
      { territory: 'commune:01006', at: Date.UTC(2030, 5, 1), answers: times(1) },
      // One client bursting: five admitted, two refused, then one flagged two minutes later.
      { territory: 'commune:01009', at: june2031, answers: times(7), client: 'burst', limits: { perMinute: 5, perHour: 100 } },
      { territory: 'commune:01009', at: june2031 + 120_000, answers: times(1), client: 'burst', limits: { perMinute: 5, perHour: 100 } },
      // A commune over 2,000 inhabitants belongs to another category.
      { territory: 'commune:01004', at: june2031, answers: times(50) },
    ]);
    const response = await call('/v1/rankings/participation?year=2031&category=communes-moins-de-2000&territory=commune:01009');
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: Ranking };
    expect(data.territories.map((entry) => [entry.rank, entry.territory.id, entry.answers, entry.rate])).toEqual([
      [1, 'commune:01002', 5, participationRate(5, 270)],
      [2, 'commune:01006', 2, participationRate(2, 115)],
      [3, 'commune:01009', 5, participationRate(5, 348)],
    ]);
    expect(data.territories.map((entry) => entry.rate)).toEqual([18.52, 17.39, 14.37]);
    expect(data.territories[1]?.previous).toEqual({ rank: 1, rate: participationRate(1, 115) });
    expect(data.territories[0]?.previous).toBeNull();
    expect(data.excluded).toEqual({ flagged: 1, refused: 2 });
    expect(data.focus).toMatchObject({ rank: 3, flagged: 1 });
  });

  it('refuses an unknown category with 400', async () => {
    const response = await call('/v1/rankings/participation?category=villages');
    expect(response.status).toBe(400);
  });
});
