/**
 * `/v1/dev/*`: local-development helpers, present only when DEV_ROUTES is "true" (set by the local
 * launcher, never in wrangler.toml): seeding past months, which the public API cannot do since it
 * stamps answers with their receipt time; approving seeded territories as Trophée candidates;
 * reading D1 totals for the benchmark's cross-check; the floor `npm run bench:api` measures
 * ingestion against (`/v1/dev/floor`); the seed's audits, each through the store POST /v1/audits
 * uses (`/v1/dev/seed-audits`); and audits written in bulk (`/v1/dev/audits`), for the benchmark's
 * national volume of audits.
 * @module
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { AuditorIdSchema, AuditRequestSchema } from '../../../survey/audits.js';
import { AnswerSchema } from '../../../survey/response.js';
import { TerritoryIdSchema } from '../../../survey/territory.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import { config } from '../config.js';
import { storeAuditsInBulk } from '../db/audit-writes.js';
import { storeAudit } from '../db/audits.js';
import { seedCandidates } from '../db/registrations.js';
import { summarisedAnswers } from '../db/summaries.js';
import type { AppEnv } from '../env.js';
import { ApiError, parsed } from '../http/api-error.js';
import { limitBody, readJson } from '../http/json-body.js';
import { NO_ROUTE_MESSAGE } from '../http/on-error.js';
import { storeAnswers } from '../answers/store-answers.js';
import { floorLedger } from '../ledger/shards.js';
import { MAX_BODY_BYTES, validatedAnswers, withMaskedComment } from './responses.js';

export const MAX_SEED_BATCH = 2000;
const SEED_SUMMARY_DELAY_MS = 1000;

const SeedBatchSchema = z.strictObject({
  /** Receipt time given to every answer of the batch (ms since 1970). */
  at: z.number().check(z.int(), z.minimum(0)),
  answers: z.array(AnswerSchema).check(z.minLength(1), z.maxLength(MAX_SEED_BATCH)),
});
/**
 * One batch, or several (each with its receipt time) in one request, MAX_SEED_BATCH answers in all:
 * a seed is mostly small batches (a territory's month), and a request each would cost more than
 * storing them.
 */
const SeedSchema = z.union([
  SeedBatchSchema,
  z.strictObject({
    batches: z.array(SeedBatchSchema).check(
      z.minLength(1),
      z.refine((batches) => batches.reduce((sum, batch) => sum + batch.answers.length, 0) <= MAX_SEED_BATCH, `at most ${MAX_SEED_BATCH} answers in all`),
    ),
  }),
]);

/** Audits per request to /v1/dev/audits: one D1 batch each. */
export const MAX_BULK_AUDITS = 2000;
/** An audit, its auditor (no campaign is checked) and when it was received, as the seed and the benchmark give them. */
const DevAuditSchema = z.strictObject({ auditor: AuditorIdSchema, receivedAt: z.number().check(z.int(), z.minimum(0)), audit: AuditRequestSchema });
const BulkAuditsSchema = z.strictObject({ audits: z.array(DevAuditSchema).check(z.minLength(1), z.maxLength(MAX_BULK_AUDITS)) });
const SeedAuditsSchema = z.strictObject({ audits: z.array(DevAuditSchema).check(z.minLength(1), z.maxLength(500)) });

/** The territory of each audit, or 422 for the first unknown one. */
function withTerritories<T extends { audit: { territory: string } }>(entries: readonly T[]) {
  return entries.map((entry) => {
    const territory = findTerritory(entry.audit.territory);
    if (!territory) throw new ApiError(422, 'unknown_territory', `unknown territory ${entry.audit.territory}`);
    return { ...entry, territory };
  });
}

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
    const body = parsed(SeedSchema.safeParse(await readJson(c)), 'invalid_request', [], 'Invalid seed batch.');
    const batches = 'batches' in body ? body.batches : [body];
    const unknown = batches.flatMap((batch) => batch.answers).find((answer) => !findTerritory(answer.territory));
    if (unknown) throw new ApiError(422, 'unknown_territory', `unknown territory ${unknown.territory}`);
    // Batches of different ledgers are stored side by side; each keeps its answers in order.
    const stored = await Promise.all(
      batches.map(({ at, answers }) => {
        // Masked exactly as the public route masks them: seeded state is scanned for personal data too.
        const masked = answers.map(withMaskedComment);
        // Synthetic answers stand for answers from web pages: none is noted as sent without an Origin.
        // Pushed to D1 within a second, so the sample's comparisons and rankings show as soon as the seed ends.
        return storeAnswers(c.env, masked, {
          now: at,
          client: 'seed',
          origin: undefined,
          ownOrigin: '',
          limits: null,
          withoutOrigin: false,
          summaryDelayMs: SEED_SUMMARY_DELAY_MS,
        });
      }),
    );
    return c.json({ data: { results: stored.flat() } });
  })
  // Audits with their tallies, thousands per D1 batch, no campaign checked (db/audit-writes.ts): 409 when an id is already stored.
  .post('/audits', limitBody(16 * 1024 * 1024), async (c) => {
    const { audits } = parsed(BulkAuditsSchema.safeParse(await readJson(c)), 'invalid_request', [], 'Invalid bulk of audits.');
    const rows = withTerritories(audits);
    try {
      return c.json({ data: { stored: await storeAuditsInBulk(c.env, rows) } });
    } catch (error) {
      if (/UNIQUE|PRIMARY KEY/i.test(String(error))) throw new ApiError(409, 'audit_conflict', 'An audit of this bulk is already stored: nothing was written.');
      throw error;
    }
  })
  // The seed's audits, each through storeAudit exactly as POST /v1/audits stores it (scores, masked
  // notes, tallies, idempotent by id), with a receipt time of the past; without the token, throttle,
  // campaign and clock checks the route makes first, which cost a seed of hundreds of audits a
  // minute on a laptop (the seed's plan is checked against them by scripts/seed/audits.test.ts).
  .post('/seed-audits', limitBody(4 * 1024 * 1024), async (c) => {
    const { audits } = parsed(SeedAuditsSchema.safeParse(await readJson(c)), 'invalid_request', [], 'Invalid seed audits.');
    // Side by side: each is its own D1 batch, and a race on one id is storeAudit's to settle.
    const results = await Promise.all(
      withTerritories(audits).map(async ({ audit, auditor, territory, receivedAt }) => {
        const outcome = await storeAudit(c.env, audit, auditor, territory, receivedAt);
        return { id: audit.id, status: outcome === 'conflict' ? 'conflict' : outcome.status };
      }),
    );
    return c.json({ data: { results } });
  })
  // Approved registrations for seeded territories, so the local Trophée has candidates to rank.
  .post('/candidates', limitBody(1024 * 1024), async (c) => {
    const { territories } = parsed(CandidatesSchema.safeParse(await readJson(c)), 'invalid_request', [], 'Invalid list of candidates.');
    const unknown = territories.find((territory) => !findTerritory(territory));
    if (unknown) throw new ApiError(422, 'unknown_territory', `unknown territory ${unknown}`);
    return c.json({ data: { registered: await seedCandidates(c.env, territories, Date.now()) } });
  })
  // The physical floor of « stored before acknowledged »: the body parsed and validated exactly as
  // POST /v1/responses does, then exactly one durable SQLite INSERT of a comparable row (the same
  // JSON body) in a Durable Object per request, acknowledged once committed. Its objects are apart
  // from the territories' ledgers (their own names), and hold nothing else.
  .post('/floor', limitBody(MAX_BODY_BYTES), async (c) => {
    const answers = await validatedAnswers(c);
    const [first] = answers;
    const stored = first
      ? await floorLedger(c.env, first.territory).floorInsert(
          answers.map((answer) => [answer.id, JSON.stringify(answer)]),
          Date.now(),
        )
      : 0;
    return c.json({ data: { stored } });
  })
  .get('/totals', async (c) => {
    const territory = c.req.query('territory');
    return c.json({ data: { summarised: await summarisedAnswers(c.env, territory) } });
  });
