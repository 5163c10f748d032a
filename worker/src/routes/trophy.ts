/**
 * The barometer team's side of the Trophée, behind the operator token: the review of a year (every
 * territory of every category with a suspicious pattern, with its evidence), then publishing the
 * year's palmarès once the year has ended, with the territories the team withdrew and why. From
 * then on `GET /v1/rankings/participation?year=` serves the palmarès as published.
 * @module
 */
import { Hono } from 'hono';
import { yearBounds } from '../../../survey/months.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import {
  CATEGORY_IDS,
  PublishRequestSchema,
  ReviewQuerySchema,
  TrophyYearPathSchema,
  type PublishReplySchema,
  type ReviewReplySchema,
} from '../../../survey/trophy.js';
import type * as z from 'zod/mini';
import { isPublished, publish } from '../db/palmares.js';
import type { AppEnv } from '../env.js';
import { ApiError, parsed } from '../http/api-error.js';
import { limitBody, readJson } from '../http/json-body.js';
import { parseQuery } from '../http/query.js';
import { rankCategory, reviewOf } from '../results/ranking.js';
import { categoryRows, liveRanking, yearClosed } from './rankings.js';
import { publishAccueilYear } from './rankings-accueil.js';
import { operatorOnly } from './registrations.js';

export const trophy = new Hono<AppEnv>()
  .use(operatorOnly)
  .get('/review', async (c) => {
    const { year } = parseQuery(ReviewQuerySchema, c.req.query());
    const period = yearBounds(year);
    const categories = await Promise.all(
      CATEGORY_IDS.map(async (category) => ({ category, ranking: rankCategory(await categoryRows(c.env, period, category)) })),
    );
    const territories = categories.flatMap(({ category, ranking }) => {
      const ranks = new Map(ranking.ranked.map((entry) => [entry.territory.id, entry.rank]));
      return [...ranking.rows.values()]
        .map((entry) => ({ ...reviewOf(entry), category, rank: ranks.get(entry.row.territory_id) ?? null }))
        .filter((entry) => entry.suspicions.length > 0);
    });
    // Ranked territories first, by rank, then the rest: what could change the palmarès comes first.
    territories.sort(
      (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.category.localeCompare(b.category) || a.territory.name.localeCompare(b.territory.name, 'fr'),
    );
    const status = (await isPublished(c.env, 'participation', year)) ? 'published' : yearClosed(year) ? 'awaiting-publication' : 'provisional';
    return c.json({ data: { year, status, territories } } satisfies z.infer<typeof ReviewReplySchema>);
  })
  .post('/:year/publish', limitBody(64 * 1024), async (c) => {
    const { year } = parsed(TrophyYearPathSchema.safeParse(c.req.param()), 'invalid_request', ['params'], 'The year is malformed.');
    const request = parsed(PublishRequestSchema.safeParse(await readJson(c)), 'invalid_request', [], 'The publication request is invalid.');
    const unknown = request.withdrawn.flatMap((entry, index) =>
      findTerritory(entry.territory) ? [] : [{ path: ['withdrawn', index, 'territory'], message: `unknown territory ${entry.territory}` }],
    );
    if (unknown.length > 0) throw new ApiError(422, 'unknown_territory', 'A withdrawn territory does not exist.', unknown);
    if (!yearClosed(year))
      throw new ApiError(409, 'year_not_closed', `${year} has not ended yet: its ranking stays provisional until 31 December, midnight in Paris.`);
    if (await isPublished(c.env, 'participation', year))
      throw new ApiError(409, 'already_published', `The palmarès of ${year} is already published; it cannot be changed.`);
    const now = Date.now();
    const withdrawn = request.withdrawn.map((entry) => ({ id: entry.territory, reason: entry.reason }));
    const rankings = await Promise.all(
      CATEGORY_IDS.map(async (category) => {
        // liveRanking keeps, of the withdrawals, those of this category.
        const { ranking } = await liveRanking(c.env, { ...yearBounds(year), year }, category, 'published', withdrawn);
        return { ...ranking, publishedAt: new Date(now).toISOString() };
      }),
    );
    if (!(await publish(c.env, 'participation', year, rankings, now)))
      throw new ApiError(409, 'already_published', `The palmarès of ${year} was published meanwhile; it cannot be changed.`);
    return c.json(
      {
        data: {
          year,
          publishedAt: new Date(now).toISOString(),
          categories: rankings.map((ranking) => ({ category: ranking.category, ranked: ranking.total, withdrawn: ranking.withdrawn.length })),
        },
      } satisfies z.infer<typeof PublishReplySchema>,
      201,
    );
  })
  // The Trophée de la qualité de l'accueil's palmarès: published apart, when its audits are reviewed.
  .post('/:year/accueil/publish', limitBody(64 * 1024), publishAccueilYear);
