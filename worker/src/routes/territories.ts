/**
 * A territory: its description, its results (JSON, CSV and JSON downloads), its admin token's
 * rotation, and registration (a claim, until the barometer's team approves it: routes/registrations.ts).
 * @module
 */
import { Hono, type Context } from 'hono';
import { RegistrationRequestSchema, type TokenReply } from '../../../survey/registration.js';
import type { Results, Territory } from '../../../survey/results.js';
import { findTerritory, searchTerritories, shortSlugOfTerritory } from '../../../survey/territory-directory.js';
import { ResultsQuerySchema, SearchQuerySchema } from '../../../survey/territory-queries.js';
import { config } from '../config.js';
import { rotateAdminToken } from '../db/admin-tokens.js';
import { claim, MAX_CLAIMS_PER_CLIENT_PER_DAY } from '../db/registrations.js';
import type { AppEnv } from '../env.js';
import { ApiError, parsed } from '../http/api-error.js';
import { clientHash } from '../http/client-id.js';
import { limitBody, readJson } from '../http/json-body.js';
import { checkPeriod, parseQuery, territoryParam } from '../http/query.js';
import { requireAdmin } from '../http/require-admin.js';
import { mergeAggregates } from '../ledger/aggregates.js';
import { allLedgers } from '../ledger/shards.js';
import { buildResults } from '../results/build-results.js';
import { indicatorsCsv } from '../results/indicators-csv.js';
import { resultsCsv } from '../results/results-csv.js';

async function results(c: Context<AppEnv>): Promise<Results> {
  const territory = territoryParam(c.req.param('id') ?? '');
  const query = checkPeriod(parseQuery(ResultsQuerySchema, c.req.query()));
  const parts = await Promise.all(allLedgers(c.env, territory.id).map((stub) => stub.aggregates(query)));
  return buildResults(territory, mergeAggregates(parts), query);
}

function downloadName(territory: Territory, extension: string, suffix?: string): string {
  return `barometre-${territory.id.replace(':', '-')}${suffix ? `-${suffix}` : ''}.${extension}`;
}

export const territories = new Hono<AppEnv>()
  .get('/', (c) => {
    const query = parseQuery(SearchQuerySchema, c.req.query());
    // The reference data changes once a year: a day in caches is fine.
    c.header('Cache-Control', 'public, max-age=86400');
    return c.json({ data: searchTerritories(query.q, query.limit) });
  })
  .post('/', limitBody(16 * 1024), async (c) => {
    const request = parsed(RegistrationRequestSchema.safeParse(await readJson(c)), 'invalid_request', [], 'The registration is invalid.');
    if (!findTerritory(request.territory)) {
      throw new ApiError(422, 'unknown_territory', `No territory has the id ${request.territory}.`, [
        { path: ['territory'], message: `unknown territory ${request.territory}` },
      ]);
    }
    const origins = [...new Set(request.origins.map((origin) => origin.toLowerCase()))];
    const now = Date.now();
    const outcome = await claim(c.env, request.territory, request.contact, origins, await clientHash(c.req.raw, config(c.env).salt, now), now);
    if (typeof outcome === 'object' && 'retryAfter' in outcome) {
      c.header('Retry-After', String(outcome.retryAfter));
      throw new ApiError(429, 'rate_limited', `No more than ${MAX_CLAIMS_PER_CLIENT_PER_DAY} registrations a day from one connection; retry tomorrow.`);
    }
    if (outcome === 'already_registered') {
      throw new ApiError(409, 'already_registered', `${request.territory} is already registered; its registration cannot be replaced through this route.`);
    }
    return c.json({ data: { territory: request.territory, origins, adminToken: outcome.token, claim: outcome.claim, status: 'pending' as const } }, 201);
  })
  .get('/:id', (c) => {
    const territory = territoryParam(c.req.param('id'));
    // The slug index is built at an isolate's first use (tens of milliseconds), from data already loaded.
    return c.json({ data: { ...territory, slug: shortSlugOfTerritory(territory.id) ?? '' } });
  })
  .get('/:id/results', async (c) => c.json({ data: await results(c) }))
  .get('/:id/results.json', async (c) => {
    const data = await results(c);
    c.header('Content-Disposition', `attachment; filename="${downloadName(data.territory, 'json')}"`);
    return c.json({ data });
  })
  .get('/:id/results.csv', async (c) => {
    const data = await results(c);
    return c.body(resultsCsv(data), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${downloadName(data.territory, 'csv')}"`,
    });
  })
  .get('/:id/indicators.csv', async (c) => {
    const data = await results(c);
    return c.body(indicatorsCsv(data), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${downloadName(data.territory, 'csv', 'indicateurs')}"`,
    });
  })
  .post('/:id/token', async (c) => {
    // Rotation: the new token is shown once; the old one stops working with this reply.
    const territory = territoryParam(c.req.param('id'));
    const current = await requireAdmin(c, territory);
    const adminToken = await rotateAdminToken(c.env, territory.id, current);
    // Another rotation with the same token won the race: this token is no longer the territory's.
    if (adminToken === null) throw new ApiError(403, 'forbidden', 'This token was replaced meanwhile; use the newest admin token.');
    c.header('Cache-Control', 'no-store');
    return c.json({ data: { territory: territory.id, adminToken } } satisfies TokenReply, 201);
  });
