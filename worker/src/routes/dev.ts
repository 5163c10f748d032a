/**
 * `/v1/dev/*`: local-development helpers, present only when DEV_ROUTES is "true" (set by the local
 * launcher, never in wrangler.toml): seeding past months, which the public API cannot do since it
 * stamps answers with their receipt time; approving seeded territories as Trophée candidates; and
 * reading D1 totals for the benchmark's cross-check.
 * @module
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { maskComment } from '../../../survey/privacy.js';
import { AnswerSchema } from '../../../survey/response.js';
import { TerritoryIdSchema } from '../../../survey/territory.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import { config } from '../config.js';
import { seedCandidates } from '../db/registrations.js';
import { summarisedAnswers } from '../db/summaries.js';
import type { AppEnv } from '../env.js';
import { ApiError, parsed } from '../http/api-error.js';
import { limitBody, readJson } from '../http/json-body.js';
import { NO_ROUTE_MESSAGE } from '../http/on-error.js';
import { storeAnswers } from '../answers/store-answers.js';

export const MAX_SEED_BATCH = 2000;

const SeedSchema = z.strictObject({
  /** Receipt time given to every answer of the batch (ms since 1970). */
  at: z.number().check(z.int(), z.minimum(0)),
  answers: z.array(AnswerSchema).check(z.minLength(1), z.maxLength(MAX_SEED_BATCH)),
});

const CandidatesSchema = z.strictObject({ territories: z.array(TerritoryIdSchema).check(z.minLength(1), z.maxLength(5000)) });

/** The hosts a request made on the developer's own machine names; `wrangler dev` listens on 127.0.0.1. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export const dev = new Hono<AppEnv>()
  .use(async (c, next) => {
    // Even with DEV_ROUTES on by mistake, a request that reached the Worker through a public host
    // finds nothing here: it answers exactly as a missing route does.
    if (!config(c.env).devRoutes || !LOOPBACK_HOSTS.has(new URL(c.req.url).hostname)) throw new ApiError(404, 'not_found', NO_ROUTE_MESSAGE);
    await next();
  })
  .post('/seed', limitBody(8 * 1024 * 1024), async (c) => {
    const { at, answers } = parsed(SeedSchema.safeParse(await readJson(c)), 'invalid_request', [], 'Invalid seed batch.');
    const unknown = answers.find((answer) => !findTerritory(answer.territory));
    if (unknown) throw new ApiError(422, 'unknown_territory', `unknown territory ${unknown.territory}`);
    // Masked exactly as the public route masks them: seeded state is scanned for personal data too.
    const masked = answers.map(({ comment, ...rest }) => {
      const kept = maskComment(comment);
      return kept === undefined ? rest : { ...rest, comment: kept };
    });
    // Synthetic answers stand for answers from web pages: none is noted as sent without an Origin.
    const results = await storeAnswers(c.env, masked, { now: at, client: 'seed', origin: undefined, ownOrigin: '', limits: null, withoutOrigin: false });
    return c.json({ data: { results } });
  })
  // Approved registrations for seeded territories, so the local Trophée has candidates to rank.
  .post('/candidates', limitBody(1024 * 1024), async (c) => {
    const { territories } = parsed(CandidatesSchema.safeParse(await readJson(c)), 'invalid_request', [], 'Invalid list of candidates.');
    const unknown = territories.find((territory) => !findTerritory(territory));
    if (unknown) throw new ApiError(422, 'unknown_territory', `unknown territory ${unknown}`);
    return c.json({ data: { registered: await seedCandidates(c.env, territories, Date.now()) } });
  })
  .get('/totals', async (c) => {
    const territory = c.req.query('territory');
    return c.json({ data: { summarised: await summarisedAnswers(c.env, territory) } });
  });
