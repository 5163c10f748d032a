/**
 * `GET /v1/territories/:id` and `GET /v1/territories/:id/results`.
 * @module
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { CHANNELS, QUESTIONNAIRE_VERSION, SERVICES } from '../../../survey/questionnaire.js';
import type { Results, Territory } from '../../../survey/results.js';
import { scoreTallies } from '../../../survey/scoring.js';
import { TerritoryIdSchema } from '../../../survey/territory.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import { ApiError, parsed } from '../http/api-error.js';
import type { AppEnv } from '../env.js';

const ResultsQuerySchema = z.object({
  service: z.optional(z.enum(SERVICES)),
  channel: z.optional(z.enum(CHANNELS)),
});

function territoryParam(raw: string): Territory {
  const id = parsed(TerritoryIdSchema.safeParse(raw), 'invalid_territory_id', ['params', 'id'], 'The territory id is malformed.');
  const territory = findTerritory(id);
  if (!territory) throw new ApiError(404, 'unknown_territory', `No territory has the id ${id}.`);
  return territory;
}

export const territories = new Hono<AppEnv>()
  .get('/:id', (c) => c.json({ data: territoryParam(c.req.param('id')) }))
  .get('/:id/results', async (c) => {
    const territory = territoryParam(c.req.param('id'));
    const query = parsed(ResultsQuerySchema.safeParse(c.req.query()), 'invalid_request', ['query'], 'The query parameters are invalid.');
    const ledger = c.env.LEDGER.get(c.env.LEDGER.idFromName(territory.id));
    const scored = scoreTallies(await ledger.tallies(query));
    const results: Results = {
      territory,
      questionnaire: QUESTIONNAIRE_VERSION,
      filters: { service: query.service ?? null, channel: query.channel ?? null },
      ...scored,
    };
    return c.json({ data: results });
  });
