/**
 * Query and route parameters shared by several routes, parsed with the contract's schemas.
 * @module
 */
import * as z from 'zod/mini';
import type { ResolvedPeriod } from '../../../survey/period.js';
import { monthOf, yearBounds } from '../../../survey/months.js';
import type { Territory } from '../../../survey/results.js';
import { TerritoryIdSchema } from '../../../survey/territory.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import { ApiError, parsed } from './api-error.js';

/** The period query fields live in the contract (survey/period.ts), with the OpenAPI document's descriptions. */
export { PeriodQuery, YearOrPeriodQuery } from '../../../survey/period.js';

export function checkPeriod<T extends { from?: string | undefined; to?: string | undefined }>(query: T): T {
  if (query.from && query.to && query.from > query.to) {
    throw new ApiError(400, 'invalid_request', 'The period ends before it starts.', [
      { path: ['query', 'to'], message: `${query.to} is before ${query.from}` },
    ]);
  }
  return query;
}

export function parseQuery<T>(schema: z.ZodMiniType<T>, query: Record<string, string>): T {
  return parsed(schema.safeParse(query), 'invalid_request', ['query'], 'The query parameters are invalid.');
}

/** The territory a route names: 400 when malformed, 404 when it names none. */
export function territoryParam(raw: string): Territory {
  const id = parsed(TerritoryIdSchema.safeParse(raw), 'invalid_territory_id', ['params', 'id'], 'The territory id is malformed.');
  const territory = findTerritory(id);
  if (!territory) throw new ApiError(404, 'unknown_territory', `No territory has the id ${id}.`);
  return territory;
}

export function resolvePeriod(query: { year?: number | undefined; from?: string | undefined; to?: string | undefined }, now = Date.now()): ResolvedPeriod {
  if (query.from || query.to) {
    checkPeriod(query);
    return { from: query.from ?? '0000-01', to: query.to ?? '9999-12', year: null };
  }
  const year = query.year ?? Number(monthOf(now).slice(0, 4));
  return { ...yearBounds(year), year };
}
