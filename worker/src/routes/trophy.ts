/**
 * The barometer team's side of the Trophée, behind the operator token: the review of a year (every
 * territory of every category with a suspicious pattern, with its evidence), then publishing the
 * year's palmarès once the year has ended, with the territories the team withdrew and why. From
 * then on `GET /v1/rankings/participation?year=` serves the palmarès as published.
 * @module
 */
import { Hono, type Context } from 'hono';
import { yearBounds } from '../../../survey/months.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import {
  CATEGORY_IDS,
  PublishRequestSchema,
  ReviewQuerySchema,
  TrophyYearPathSchema,
  type Category,
  type PublishReplySchema,
  type ReviewReplySchema,
} from '../../../survey/trophy.js';
import type * as z from 'zod/mini';
import { isPublished, publish, type Stored, type Trophy } from '../db/palmares.js';
import type { AppEnv } from '../env.js';
import { ApiError, parsed } from '../http/api-error.js';
import { limitBody, readJson } from '../http/json-body.js';
import { parseQuery } from '../http/query.js';
import { rankCategory, reviewOf } from '../results/ranking.js';
import { categoryRows, liveRanking, yearClosed } from './rankings.js';
import { liveAccueilRanking } from './rankings-accueil.js';
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
  .post('/:year/publish', limitBody(64 * 1024), (c) =>
    publishYear(c, 'participation', 'The palmarès', async (year, category, withdrawn) => {
      return (await liveRanking(c.env, { ...yearBounds(year), year }, category, 'published', withdrawn)).ranking;
    }),
  )
  // The Trophée de la qualité de l'accueil's palmarès: published apart, when its audits are reviewed.
  .post('/:year/accueil/publish', limitBody(64 * 1024), (c) =>
    publishYear(c, 'accueil', "The palmarès de l'accueil", async (year, category, withdrawn) => {
      return (await liveAccueilRanking(c.env, year, category, 'published', withdrawn)).ranking;
    }),
  );

/**
 * Publishes a closed year's palmarès of one Trophée, every category at once, with the territories
 * the team withdrew and why (each category's live ranking keeps the withdrawals of its own
 * category). Both Trophées follow these rules: 422 for an unknown territory, 409 before the year
 * ends or once it is published (also when another publication won meanwhile).
 */
async function publishYear<T extends Trophy>(
  c: Context<AppEnv>,
  trophy: T,
  name: string,
  live: (year: number, category: Category, withdrawn: { id: string; reason: string }[]) => Promise<Stored<T>>,
) {
  const { year } = parsed(TrophyYearPathSchema.safeParse(c.req.param()), 'invalid_request', ['params'], 'The year is malformed.');
  const request = parsed(PublishRequestSchema.safeParse(await readJson(c)), 'invalid_request', [], 'The publication request is invalid.');
  const unknown = request.withdrawn.flatMap((entry, index) =>
    findTerritory(entry.territory) ? [] : [{ path: ['withdrawn', index, 'territory'], message: `unknown territory ${entry.territory}` }],
  );
  if (unknown.length > 0) throw new ApiError(422, 'unknown_territory', 'A withdrawn territory does not exist.', unknown);
  if (!yearClosed(year))
    throw new ApiError(409, 'year_not_closed', `${year} has not ended yet: its ranking stays provisional until 31 December, midnight in Paris.`);
  if (await isPublished(c.env, trophy, year)) throw new ApiError(409, 'already_published', `${name} of ${year} is already published; it cannot be changed.`);
  const now = Date.now();
  const withdrawn = request.withdrawn.map((entry) => ({ id: entry.territory, reason: entry.reason }));
  const rankings = await Promise.all(
    CATEGORY_IDS.map(async (category) => ({ ...(await live(year, category, withdrawn)), publishedAt: new Date(now).toISOString() })),
  );
  if (!(await publish(c.env, trophy, year, rankings, now)))
    throw new ApiError(409, 'already_published', `${name} of ${year} was published meanwhile; it cannot be changed.`);
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
}
