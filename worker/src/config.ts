/**
 * The Worker's configuration, parsed from its variables with zod once per isolate. A bad value
 * fails loudly at the first request instead of silently turning a guard off.
 * @module
 */
import * as z from 'zod/mini';
import { TerritoryIdSchema } from '../../survey/territory.js';
import type { RateLimits } from './ledger/rate-limit.js';
import type { Env } from './env.js';
import { LOCAL_OPERATOR_TOKEN, LOCAL_SALT } from './local-defaults.js';

export { LOCAL_OPERATOR_TOKEN, LOCAL_SALT };

const Count = (fallback: number) => z._default(z.coerce.number().check(z.int(), z.minimum(1)), fallback);

const ConfigSchema = z.object({
  environment: z.enum(['local', 'staging', 'production']),
  salt: z.string().check(z.minLength(16, 'DAILY_SALT must hold at least 16 characters')),
  shards: z.record(TerritoryIdSchema, z.number().check(z.int(), z.minimum(1), z.maximum(64))),
  limits: z.object({ perMinute: Count(10), perHour: Count(100) }),
  devRoutes: z.boolean(),
  /** Approves registration claims; null on the network until `wrangler secret put OPERATOR_TOKEN`. */
  operatorToken: z.nullable(z.string().check(z.minLength(24, 'OPERATOR_TOKEN must hold at least 24 characters'))),
});
export type Config = z.infer<typeof ConfigSchema> & { limits: RateLimits };

const cache = new WeakMap<Env, Config>();

export function config(env: Env): Config {
  const known = cache.get(env);
  if (known) return known;
  const shards = typeof env.LEDGER_SHARDS === 'string' && env.LEDGER_SHARDS.trim() !== '' ? (JSON.parse(env.LEDGER_SHARDS) as unknown) : (env.LEDGER_SHARDS ?? {});
  const environment = env.ENVIRONMENT ?? 'local';
  // On the network the local salt is public knowledge: hashes made with it could be reversed.
  if (environment !== 'local' && !env.DAILY_SALT) throw new Error(`DAILY_SALT is not set for ${environment}: run \`wrangler secret put DAILY_SALT --env ${environment}\`.`);
  if (environment !== 'local' && env.DEV_ROUTES === 'true') throw new Error('DEV_ROUTES is for local development only.');
  const parsed = ConfigSchema.parse({
    environment,
    salt: env.DAILY_SALT ?? LOCAL_SALT,
    shards,
    limits: { perMinute: env.RATE_LIMIT_PER_MINUTE, perHour: env.RATE_LIMIT_PER_HOUR },
    devRoutes: env.DEV_ROUTES === 'true',
    operatorToken: env.OPERATOR_TOKEN ?? (environment === 'local' ? LOCAL_OPERATOR_TOKEN : null),
  });
  cache.set(env, parsed);
  return parsed;
}
