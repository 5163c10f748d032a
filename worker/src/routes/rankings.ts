/**
 * `GET /v1/rankings/participation`: the Trophée de la consultation citoyenne. Respondents per 1,000
 * inhabitants over the year within a category, among approved candidates with enough respondents
 * (survey/participation.ts); provisional while the year runs, awaiting publication once it ends,
 * and served as published once the barometer's team has reviewed it (routes/trophy.ts).
 * @module
 */
import { Hono } from 'hono';
import { MIN_RESPONDENTS } from '../../../survey/participation.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import {
  CATEGORIES,
  categoryOf,
  RankingQuerySchema,
  type Category,
  type Ranking,
  type RankingReplySchema,
  type RankingStatus,
} from '../../../survey/trophy.js';
import type * as z from 'zod/mini';
import { config } from '../config.js';
import { publishedRanking } from '../db/palmares.js';
import { participation } from '../db/summaries.js';
import type { AppEnv, Env } from '../env.js';
import { parseQuery, resolvePeriod } from '../http/query.js';
import { monthOf, type MonthRange } from '../../../survey/months.js';
import type { ResolvedPeriod } from '../../../survey/period.js';
import { focusOf, rankCategory, withdrawnIn, type CategoryRanking } from '../results/ranking.js';

/** A year is closed once it has ended in Paris: only then can its palmarès be published. */
export function yearClosed(year: number, now = Date.now()): boolean {
  return Number(monthOf(now).slice(0, 4)) > year;
}

export async function categoryRows(env: Env, period: MonthRange, category: Category) {
  const { kind, min, max } = CATEGORIES[category];
  return participation(env, period, kind, min, max);
}

function previousYear(period: MonthRange): MonthRange {
  const shift = (month: string) => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
  return { from: shift(period.from), to: shift(period.to) };
}

/**
 * A category's whole ranking over a period, with progression against the same period a year
 * earlier: what the public route pages through and what publication stores.
 */
export async function liveRanking(
  env: Env,
  period: ResolvedPeriod,
  category: Category,
  status: RankingStatus,
  withdrawn: { id: string; reason: string }[] = [],
): Promise<{ ranking: Ranking; rows: CategoryRanking['rows'] }> {
  const withdrawnIds = new Set(withdrawn.map((entry) => entry.id));
  const [current, before] = await Promise.all([
    categoryRows(env, period, category).then((rows) => rankCategory(rows, withdrawnIds)),
    categoryRows(env, previousYear(period), category).then((rows) => rankCategory(rows)),
  ]);
  const earlier = new Map(before.ranked.map((entry) => [entry.territory.id, entry]));
  const territories = current.ranked.map((entry) => {
    const last = earlier.get(entry.territory.id);
    return { ...entry, previous: last ? { rank: last.rank, rate: last.rate } : null };
  });
  const ranking: Ranking = {
    year: period.year,
    period: { from: period.from, to: period.to },
    category,
    label: CATEGORIES[category].label,
    status,
    publishedAt: null,
    rules: { minimumRespondents: MIN_RESPONDENTS, answersPerRespondentPerDay: config(env).limits.perRespondentPerDay },
    total: territories.length,
    belowMinimum: current.belowMinimum,
    excluded: {
      flagged: territories.reduce((sum, entry) => sum + entry.flagged, 0),
      refused: territories.reduce((sum, entry) => sum + entry.refused, 0),
      capped: territories.reduce((sum, entry) => sum + entry.capped, 0),
    },
    territories,
    withdrawn: withdrawnIn(withdrawn, current.rows, category),
    focus: null,
  };
  return { ranking, rows: current.rows };
}

export const rankings = new Hono<AppEnv>().get('/participation', async (c) => {
  const query = parseQuery(RankingQuerySchema, c.req.query());
  const period = resolvePeriod(query);
  const published = period.year !== null ? await publishedRanking(c.env, 'participation', period.year, query.category) : null;
  let ranking: Ranking;
  let rows: CategoryRanking['rows'];
  if (published) {
    // The palmarès as published; the focus is read from it, and from today's rows for a territory outside it.
    ranking = published;
    rows = rankCategory(await categoryRows(c.env, period, query.category)).rows;
  } else {
    const status: RankingStatus = period.year !== null && yearClosed(period.year) ? 'awaiting-publication' : 'provisional';
    ({ ranking, rows } = await liveRanking(c.env, period, query.category, status));
  }
  const place = query.territory ? findTerritory(query.territory) : undefined;
  const focus = place && categoryOf(place.kind, place.population) === query.category ? focusOf(place.id, ranking, rows) : null;
  // A published palmarès never changes; a live ranking moves with every answer, so it is not cached.
  if (published) c.header('Cache-Control', 'public, max-age=3600');
  const issuer = { name: c.env.PUBLISHER_NAME?.trim() || null, place: c.env.PUBLISHER_CITY?.trim() || null };
  return c.json({ data: { ...ranking, issuer, territories: ranking.territories.slice(query.offset, query.offset + query.limit), focus } } satisfies z.infer<
    typeof RankingReplySchema
  >);
});
