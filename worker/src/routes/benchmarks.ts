/**
 * `GET /v1/benchmarks`: national and département averages per indicator, pooled over every answer
 * (a territory weighs by its answers), from the D1 summaries; under a service or channel filter,
 * from the summaries of that slice (`slice_month`), so a filtered page compares like with like.
 * @module
 */
import { Hono } from 'hono';
import { BenchmarksQuerySchema, type BenchmarksReply } from '../../../survey/benchmarks.js';
import { scoreSums } from '../../../survey/scoring.js';
import { INDICATORS } from '../../../survey/tally.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import { referenceFigures } from '../db/reference-cache.js';
import { indicatorSums, sliceSums, type IndicatorRow } from '../db/summaries.js';
import type { AppEnv } from '../env.js';
import { ApiError } from '../http/api-error.js';
import { parseQuery, resolvePeriod } from '../http/query.js';

function figures(rows: IndicatorRow[]) {
  const byIndicator = new Map(rows.map((row) => [row.indicator, row]));
  const indicators = Object.fromEntries(
    INDICATORS.map((indicator) => {
      const row = byIndicator.get(indicator);
      return [indicator, scoreSums({ n: row?.n ?? 0, scoreSum: row?.score_sum ?? 0, satisfied: row?.satisfied ?? 0 })];
    }),
  );
  return { answers: byIndicator.get('overall')?.n ?? 0, indicators };
}

export const benchmarks = new Hono<AppEnv>().get('/', async (c) => {
  const query = parseQuery(BenchmarksQuerySchema, c.req.query());
  const period = resolvePeriod(query);
  const named = query.territory ? findTerritory(query.territory) : undefined;
  // A query naming nothing real is a bad request (422, like an unknown territory in a body), not a missing page.
  if (query.territory && !named)
    throw new ApiError(422, 'unknown_territory', `No territory has the id ${query.territory}.`, [
      { path: ['query', 'territory'], message: `unknown territory ${query.territory}` },
    ]);
  const code = named ? named.departement : query.departement;
  const departement = code ? findTerritory(`departement:${code}`) : undefined;
  if (code && !departement)
    throw new ApiError(422, 'unknown_territory', `No département has the code ${code}.`, [
      { path: ['query', named ? 'territory' : 'departement'], message: `unknown département ${code}` },
    ]);
  const filter = { service: query.service, channel: query.channel };
  // The same for every territory that asks: kept a while by this instance (db/reference-cache.ts).
  const sums = (of?: string) =>
    referenceFigures(c.env, `benchmarks|${period.from}|${period.to}|${filter.service ?? ''}|${filter.channel ?? ''}|${of ?? ''}`, () =>
      filter.service || filter.channel ? sliceSums(c.env, period, filter, of) : indicatorSums(c.env, period, of),
    );
  const [national, local] = await Promise.all([sums(), departement ? sums(code) : Promise.resolve(undefined)]);
  return c.json({
    data: {
      period,
      filters: { service: query.service ?? null, channel: query.channel ?? null },
      national: figures(national),
      departement: code && departement && local ? { code, name: departement.name, ...figures(local) } : null,
    },
  } satisfies BenchmarksReply);
});
