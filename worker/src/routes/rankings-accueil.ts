/**
 * `GET /v1/rankings/accueil`: the Trophée de la qualité de l'accueil. The year's mystery audits'
 * overall score out of 10 within a category, among approved candidates audited enough times on
 * enough channels (survey/audits.ts), the citizens' own overall score beside it; under the
 * participation Trophée's rules: provisional while the year runs, awaiting publication once it has
 * ended, and served as published once the barometer's team has published it
 * (`POST /v1/trophy/{year}/accueil/publish`, in routes/trophy.ts beside the participation one).
 * @module
 */
import { Hono } from 'hono';
import type * as z from 'zod/mini';
import {
  AccueilRankingQuerySchema,
  MIN_AUDITS_RANKED,
  MIN_CHANNELS_RANKED,
  type AccueilRanking,
  type AccueilRankingReplySchema,
} from '../../../survey/audits.js';
import { monthOf, yearBounds } from '../../../survey/months.js';
import { scoreSums } from '../../../survey/scoring.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import { CATEGORIES, categoryOf, type Category, type RankingStatus } from '../../../survey/trophy.js';
import { auditRankingRows, citizenOverall } from '../db/audit-rankings.js';
import { publishedRanking } from '../db/palmares.js';
import type { AppEnv, Env } from '../env.js';
import { parseQuery } from '../http/query.js';
import { accueilFocus, rankAccueil } from '../results/accueil-ranking.js';
import { withdrawnIn } from '../results/ranking.js';
import { yearClosed } from './rankings.js';

async function categoryRanking(env: Env, year: number, category: Category, withdrawn?: ReadonlySet<string>) {
  const { kind, min, max } = CATEGORIES[category];
  return rankAccueil(await auditRankingRows(env, yearBounds(year), kind, min, max), withdrawn);
}

/**
 * A category's whole ranking over a year, with last year's rank and score and the citizens' score
 * of the same year: what the public route pages through and what publication stores.
 */
export async function liveAccueilRanking(env: Env, year: number, category: Category, status: RankingStatus, withdrawn: { id: string; reason: string }[] = []) {
  const [current, before] = await Promise.all([
    categoryRanking(env, year, category, new Set(withdrawn.map((entry) => entry.id))),
    categoryRanking(env, year - 1, category),
  ]);
  const citizens = new Map(
    (
      await citizenOverall(
        env,
        yearBounds(year),
        current.ranked.map((entry) => entry.territory.id),
      )
    ).map((row) => [row.territory_id, scoreSums({ n: row.n, scoreSum: row.score_sum, satisfied: row.satisfied }).score]),
  );
  const earlier = new Map(before.ranked.map((entry) => [entry.territory.id, entry]));
  const territories = current.ranked.map((entry) => {
    const last = earlier.get(entry.territory.id);
    return { ...entry, citizens: citizens.get(entry.territory.id) ?? null, previous: last ? { rank: last.rank, score: last.score } : null };
  });
  const ranking: AccueilRanking = {
    year,
    category,
    label: CATEGORIES[category].label,
    status,
    publishedAt: null,
    rules: { minimumAudits: MIN_AUDITS_RANKED, minimumChannels: MIN_CHANNELS_RANKED },
    total: territories.length,
    belowMinimum: current.belowMinimum,
    territories,
    withdrawn: withdrawnIn(withdrawn, current.rows, category),
    focus: null,
  };
  return { ranking, rows: current.rows };
}

export const rankingsAccueil = new Hono<AppEnv>().get('/accueil', async (c) => {
  const query = parseQuery(AccueilRankingQuerySchema, c.req.query());
  const year = query.year ?? Number(monthOf(Date.now()).slice(0, 4));
  const published = await publishedRanking(c.env, 'accueil', year, query.category);
  let ranking: AccueilRanking;
  let rows;
  if (published) {
    // The palmarès as published; the focus is read from it, and from today's rows for a territory outside it.
    ranking = published;
    rows = (await categoryRanking(c.env, year, query.category)).rows;
  } else {
    ({ ranking, rows } = await liveAccueilRanking(c.env, year, query.category, yearClosed(year) ? 'awaiting-publication' : 'provisional'));
  }
  const place = query.territory ? findTerritory(query.territory) : undefined;
  const focus = place && categoryOf(place.kind, place.population) === query.category ? accueilFocus(place.id, ranking, rows) : null;
  // A published palmarès never changes; a live ranking moves with every audit, so it is not cached.
  if (published) c.header('Cache-Control', 'public, max-age=3600');
  const issuer = { name: c.env.PUBLISHER_NAME?.trim() || null, place: c.env.PUBLISHER_CITY?.trim() || null };
  return c.json({
    data: { ...ranking, issuer, territories: ranking.territories.slice(query.offset, query.offset + query.limit), focus },
  } satisfies z.infer<typeof AccueilRankingReplySchema>);
});
