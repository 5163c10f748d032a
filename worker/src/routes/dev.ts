/**
 * `/v1/dev/*`: local-development helpers, present only when DEV_ROUTES is "true" (set by the local
 * launcher, never in wrangler.toml): seeding past months, which the public API cannot do since it
 * stamps answers with their receipt time, and reading D1 totals for the benchmark's cross-check.
 * @module
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { AnswerSchema } from '../../../survey/response.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import { config } from '../config.js';
import { summarisedAnswers } from '../db/summaries.js';
import type { AppEnv } from '../env.js';
import { ApiError, parsed } from '../http/api-error.js';
import { limitBody, readJson } from '../http/json-body.js';
import { storeAnswers } from '../ledger/store-answers.js';

export const MAX_SEED_BATCH = 2000;

const SeedSchema = z.strictObject({
  /** Receipt time given to every answer of the batch (ms since 1970). */
  at: z.number().check(z.int(), z.minimum(0)),
  answers: z.array(AnswerSchema).check(z.minLength(1), z.maxLength(MAX_SEED_BATCH)),
});

export const dev = new Hono<AppEnv>()
  .use(async (c, next) => {
    if (!config(c.env).devRoutes) throw new ApiError(404, 'not_found', `No route for ${c.req.method} ${c.req.path}.`);
    await next();
  })
  .post('/seed', limitBody(8 * 1024 * 1024), async (c) => {
    const { at, answers } = parsed(SeedSchema.safeParse(await readJson(c)), 'invalid_request', [], 'Invalid seed batch.');
    const unknown = answers.find((answer) => !findTerritory(answer.territory));
    if (unknown) throw new ApiError(422, 'unknown_territory', `unknown territory ${unknown.territory}`);
    const results = await storeAnswers(c.env, answers, { now: at, client: 'seed', origin: undefined, ownOrigin: '', limits: null });
    return c.json({ data: { results } });
  })
  .get('/totals', async (c) => {
    const territory = c.req.query('territory');
    return c.json({ data: { summarised: await summarisedAnswers(c.env, territory) } });
  });
