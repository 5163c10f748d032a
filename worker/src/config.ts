/**
 * The Worker's configuration, parsed from its variables with zod once per isolate. A bad value
 * fails loudly at the first request instead of silently turning a guard off.
 * @module
 */
import * as z from 'zod/mini';
import { ANSWERS_PER_RESPONDENT_PER_DAY } from '../../survey/participation.js';
import { TerritoryIdSchema } from '../../survey/territory.js';
import type { RateLimits } from './ledger/rate-limit.js';
import { DEFAULT_KIOSK_PACE_SECONDS } from './ledger/kiosk-pace.js';
import { DEFAULT_SUMMARY_DELAY_SECONDS } from './ledger/summary-delay.js';
import type { Env } from './env.js';
import { LOCAL_OPERATOR_TOKEN, LOCAL_SALT } from './local-defaults.js';

export { LOCAL_OPERATOR_TOKEN, LOCAL_SALT };

const Count = (fallback: number) => z._default(z.coerce.number().check(z.int(), z.minimum(1)), fallback);

/** A whole number of seconds from 1 to an hour, each mistake named with the variable's name. */
const Seconds = (name: string, fallback: number) =>
  z._default(
    z.coerce
      .number(`${name} must be a number of seconds`)
      .check(
        z.int(`${name} must be a whole number of seconds`),
        z.minimum(1, `${name} must be at least 1`),
        z.maximum(3600, `${name} must be at most 3600 (an hour)`),
      ),
    fallback,
  );

const ConfigSchema = z.object({
  /** `unnamed`: ENVIRONMENT unset (a deploy without --env); treated as the network, never as local. */
  environment: z.enum(['local', 'staging', 'production', 'unnamed']),
  salt: z.string().check(z.minLength(16, 'DAILY_SALT must hold at least 16 characters')),
  shards: z.record(TerritoryIdSchema, z.number().check(z.int(), z.minimum(1), z.maximum(64))),
  limits: z.object({ perMinute: Count(10), perHour: Count(100), perRespondentPerDay: Count(ANSWERS_PER_RESPONDENT_PER_DAY) }),
  summaryDelaySeconds: Seconds('SUMMARY_DELAY_SECONDS', DEFAULT_SUMMARY_DELAY_SECONDS),
  /** How long an instance keeps the département and national figures it read (db/reference-cache.ts); 0: not kept. */
  referencesCacheSeconds: z._default(
    z.coerce
      .number('REFERENCES_CACHE_SECONDS must be a number of seconds')
      .check(
        z.int('REFERENCES_CACHE_SECONDS must be a whole number of seconds'),
        z.minimum(0),
        z.maximum(3600, 'REFERENCES_CACHE_SECONDS must be at most 3600 (an hour)'),
      ),
    60,
  ),
  /** A kiosk's average pace: at most one answer every this many seconds (ledger/kiosk-pace.ts). */
  kioskPaceSeconds: Seconds('KIOSK_PACE_SECONDS', DEFAULT_KIOSK_PACE_SECONDS),
  devRoutes: z.boolean(),
  /** Approves registration claims; null on the network until `wrangler secret put OPERATOR_TOKEN`. */
  operatorToken: z.nullable(z.string().check(z.minLength(24, 'OPERATOR_TOKEN must hold at least 24 characters'))),
});
export type Config = z.infer<typeof ConfigSchema> & { limits: RateLimits };

const cache = new WeakMap<Env, Config>();

export function config(env: Env): Config {
  const known = cache.get(env);
  if (known) return known;
  const shards =
    typeof env.LEDGER_SHARDS === 'string' && env.LEDGER_SHARDS.trim() !== '' ? (JSON.parse(env.LEDGER_SHARDS) as unknown) : (env.LEDGER_SHARDS ?? {});
  // 'local' must be said (scripts/wrangler-dev.ts and vitest.config.ts do): a plain `wrangler deploy`
  // without --env names no environment, and must not run with the public local salt and token.
  const environment = env.ENVIRONMENT ?? 'unnamed';
  // On the network the local salt is public knowledge: hashes made with it could be reversed.
  if (environment !== 'local' && !env.DAILY_SALT) {
    throw new Error(
      env.ENVIRONMENT === undefined
        ? 'DAILY_SALT is not set and ENVIRONMENT names no environment: deploy with `--env staging|production` and `wrangler secret put DAILY_SALT --env …`, or run locally through `npm start`.'
        : `DAILY_SALT is not set for ${environment}: run \`wrangler secret put DAILY_SALT --env ${environment}\`.`,
    );
  }
  if (environment !== 'local' && env.DEV_ROUTES === 'true') throw new Error('DEV_ROUTES is for local development only.');
  const parsed = ConfigSchema.parse({
    environment,
    salt: env.DAILY_SALT ?? LOCAL_SALT,
    shards,
    limits: { perMinute: env.RATE_LIMIT_PER_MINUTE, perHour: env.RATE_LIMIT_PER_HOUR, perRespondentPerDay: env.ANSWERS_PER_RESPONDENT_PER_DAY },
    summaryDelaySeconds: env.SUMMARY_DELAY_SECONDS,
    kioskPaceSeconds: env.KIOSK_PACE_SECONDS,
    referencesCacheSeconds: env.REFERENCES_CACHE_SECONDS,
    devRoutes: env.DEV_ROUTES === 'true',
    operatorToken: env.OPERATOR_TOKEN ?? (environment === 'local' ? LOCAL_OPERATOR_TOKEN : null),
  });
  cache.set(env, parsed);
  return parsed;
}
