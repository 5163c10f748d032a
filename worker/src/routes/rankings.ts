/**
 * `GET /v1/rankings/participation`: the Trophée de la consultation citoyenne. Answers per 1,000
 * inhabitants over the year within a category; flagged and refused answers are excluded from the
 * rate and reported apart. Ties share a rank (1, 2, 2, 4).
 * @module
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { findTerritory } from '../../../survey/territory-directory.js';
import { CATEGORIES, CATEGORY_IDS, participationRate, type Category, type RankedTerritory } from '../../../survey/trophy.js';
import { participation, type Period } from '../db/summaries.js';
import type { AppEnv, Env } from '../env.js';
import { parseQuery, resolvePeriod, YearOrPeriodQuery } from '../http/query.js';

const RankingQuerySchema = z.object({
  category: z.enum(CATEGORY_IDS as [Category, ...Category[]]),
  /** A territory whose position is returned apart (`focus`), e.g. from its dashboard. */
  territory: z.optional(z.string()),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1000)), 100),
  offset: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 0),
  ...YearOrPeriodQuery,
});

/** A ranked territory before its progression is known. */
type Ranked = Omit<RankedTerritory, 'previous'>;

async function rank(env: Env, period: Period, category: Category): Promise<Ranked[]> {
  const { kind, min, max } = CATEGORIES[category];
  const rows = await participation(env, period, kind, min, max);
  const scored = rows
    .map((row) => ({ row, place: findTerritory(row.territory_id), rate: participationRate(row.answers, row.population) }))
    .filter((entry): entry is typeof entry & { rate: number; place: NonNullable<typeof entry.place> } => entry.rate !== null && entry.place !== undefined && entry.row.answers > 0)
    .sort((a, b) => b.rate - a.rate || b.row.answers - a.row.answers || a.place.name.localeCompare(b.place.name, 'fr'));
  let previous: number | undefined;
  let position = 0;
  return scored.map((entry, index) => {
    if (entry.rate !== previous) position = index + 1;
    previous = entry.rate;
    const { id, name, population, departement } = entry.place;
    return { rank: position, territory: { id, name, population, departement }, answers: entry.row.answers, flagged: entry.row.flagged, refused: entry.row.refused, rate: entry.rate };
  });
}

function previousYear(period: Period): Period {
  const shift = (month: string) => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
  return { from: shift(period.from), to: shift(period.to) };
}

export const rankings = new Hono<AppEnv>().get('/participation', async (c) => {
  const query = parseQuery(RankingQuerySchema, c.req.query());
  const period = resolvePeriod(query);
  const [current, before] = await Promise.all([rank(c.env, period, query.category), rank(c.env, previousYear(period), query.category)]);
  const earlier = new Map(before.map((entry) => [entry.territory.id, entry]));
  const withProgress = current.map((entry) => {
    const last = earlier.get(entry.territory.id);
    return { ...entry, previous: last ? { rank: last.rank, rate: last.rate } : null };
  });
  return c.json({
    data: {
      period,
      category: query.category,
      label: CATEGORIES[query.category].label,
      total: withProgress.length,
      excluded: {
        flagged: withProgress.reduce((sum, entry) => sum + entry.flagged, 0),
        refused: withProgress.reduce((sum, entry) => sum + entry.refused, 0),
      },
      territories: withProgress.slice(query.offset, query.offset + query.limit),
      focus: query.territory ? (withProgress.find((entry) => entry.territory.id === query.territory) ?? null) : null,
    },
  });
});
