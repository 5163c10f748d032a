/**
 * Hands validated answers to their ledgers: grouped by territory and shard, one call per group, in
 * parallel; the origin check of registered territories happens here, per territory.
 * @module
 */
import type { Answer, AnswerResult } from '../../../survey/response.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import { allowedOrigins } from '../db/registrations.js';
import type { Env } from '../env.js';
import type { RateLimits } from '../ledger/rate-limit.js';
import { ledger, shardCount, shardOf } from '../ledger/shards.js';

export interface StoreOptions {
  now: number;
  client: string;
  /** The request's Origin header, if a browser sent one. */
  origin: string | undefined;
  /** This Worker's own origin: its hosted survey page may always write. */
  ownOrigin: string;
  /** Noted per day for the Trophée review: the request had no Origin (not sent by a web page). */
  withoutOrigin: boolean;
  limits: RateLimits | null;
  /** The D1 push's delay, when not the configured one (the local seed). */
  summaryDelayMs?: number;
  /** Sent by a kiosk with a valid key: `client` and `limits` are then the kiosk's (answers/kiosk-answers.ts). */
  kiosk?: { outsideHours: boolean };
}

function rejected(answer: Answer, code: string, message: string, retryable: boolean): AnswerResult {
  return { id: answer.id, status: 'rejected', error: { code, message, retryable } };
}

async function originAllowed(env: Env, territory: string, options: StoreOptions): Promise<boolean> {
  // No Origin: not a browser, so CORS means nothing to it; the rate limit still applies.
  if (!options.origin || options.origin === options.ownOrigin) return true;
  const allowed = await allowedOrigins(env, territory);
  return allowed.length === 0 || allowed.includes(options.origin.toLowerCase());
}

/**
 * Each shard sees the answers whose ids hash to it, about 1/N of a client's: it enforces 1/N of the
 * limit, so a sharded territory throttles a burst about as an unsharded one does.
 */
function perShard(limits: RateLimits | null, shards: number): RateLimits | null {
  if (!limits || shards <= 1) return limits;
  const share = (limit: number) => Math.ceil(limit / shards);
  return { perMinute: share(limits.perMinute), perHour: share(limits.perHour), perRespondentPerDay: share(limits.perRespondentPerDay) };
}

export async function storeAnswers(env: Env, answers: Answer[], options: StoreOptions): Promise<AnswerResult[]> {
  const groups = new Map<string, { territory: string; shard: number; shards: number; answers: Answer[] }>();
  for (const answer of answers) {
    const shards = shardCount(env, answer.territory);
    const shard = shardOf(answer.id, shards);
    const key = `${answer.territory}#${shard}`;
    const group = groups.get(key) ?? { territory: answer.territory, shard, shards, answers: [] };
    group.answers.push(answer);
    groups.set(key, group);
  }
  const settled = await Promise.all(
    [...groups.values()].map(async ({ territory, shard, shards, answers: group }): Promise<AnswerResult[]> => {
      try {
        // Inside the try: a D1 failure here makes this group retryable, not the whole request a 500.
        if (!(await originAllowed(env, territory, options))) {
          return group.map((answer) =>
            rejected(answer, 'origin_not_allowed', `This territory accepts answers only from its registered sites, not from ${options.origin}.`, false),
          );
        }
        const place = findTerritory(territory);
        if (!place) throw new Error(`unknown territory ${territory} passed validation`);
        return await ledger(env, territory, shard).record(group, {
          now: options.now,
          client: options.client,
          territory: place,
          shard,
          limits: perShard(options.limits, shards),
          withoutOrigin: options.withoutOrigin,
          ...(options.summaryDelayMs === undefined ? {} : { summaryDelayMs: options.summaryDelayMs }),
          ...(options.kiosk ? { kiosk: options.kiosk } : {}),
        });
      } catch (error) {
        // The ledger rolled its transaction back (or was never reached): none of this group is stored, and the client keeps it.
        console.error('ledger unavailable', territory, shard, error);
        return group.map((answer) => rejected(answer, 'unavailable', 'The territory ledger is unavailable; retry later.', true));
      }
    }),
  );
  // Answer in request order; a batch may repeat an id, whose last result is the one that holds.
  const byId = new Map(settled.flat().map((result) => [result.id, result]));
  return answers.map((answer) => byId.get(answer.id) as AnswerResult);
}
