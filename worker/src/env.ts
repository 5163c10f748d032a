/**
 * The Worker's bindings, as wrangler.toml declares them.
 * @module
 */
import type { TerritoryLedger } from './ledger/territory-ledger.js';

export interface Env {
  /** One ledger Durable Object per territory: its answers and tallies. */
  LEDGER: DurableObjectNamespace<TerritoryLedger>;
  /** Cross-territory tables: registrations, summaries for rankings, benchmarks and the map. */
  DB: D1Database;
  /** The built widget and demo pages (dist/). */
  ASSETS: Fetcher;
}

export interface AppEnv {
  Bindings: Env;
}
