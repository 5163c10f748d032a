/**
 * The Worker's bindings and variables, as wrangler.toml, `.dev.vars` and `wrangler secret` give
 * them. Variables are strings (or JSON); `config.ts` parses them.
 * @module
 */
import type { TerritoryLedger } from './ledger/territory-ledger.js';

export interface Env {
  /** One ledger Durable Object per territory (or per shard of a busy one): answers and tallies. */
  LEDGER: DurableObjectNamespace<TerritoryLedger>;
  /** Cross-territory tables: registrations, summaries for rankings, benchmarks and the map. */
  DB: D1Database;
  /** The built widget and demo pages (dist/). */
  ASSETS: Fetcher;
  /** Secret salt for the daily client hash (`wrangler secret put DAILY_SALT`). */
  DAILY_SALT?: string;
  /** Secret of the barometer's team, to approve registration claims (`wrangler secret put OPERATOR_TOKEN`). */
  OPERATOR_TOKEN?: string;
  /** Shard counts of busy territories, JSON: `{"commune:75056": 8}`. */
  LEDGER_SHARDS?: string | Record<string, number>;
  /** New answers one client may send one territory per minute / per hour. */
  RATE_LIMIT_PER_MINUTE?: string;
  RATE_LIMIT_PER_HOUR?: string;
  /** Answers of one respondent (client and day) to one territory that count in the figures (default 3). */
  ANSWERS_PER_RESPONDENT_PER_DAY?: string;
  /** "true" only under the local dev launcher: enables /v1/dev/* (seeding). */
  DEV_ROUTES?: string;
  /** `staging` or `production` on Cloudflare (wrangler.toml's environments); absent locally. */
  ENVIRONMENT?: string;
}

export interface AppEnv {
  Bindings: Env;
}
