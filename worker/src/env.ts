/**
 * The Worker's bindings and variables. The bindings (LEDGER, DB, ASSETS) and the variables that
 * wrangler.toml declares are generated from it by `wrangler types` into
 * `worker/worker-configuration.d.ts` (`npm run types`; `npm run typecheck` fails when it is stale).
 * What wrangler.toml cannot declare — secrets and optional tuning variables, given by `.dev.vars`,
 * `wrangler secret` or the test pool — is added here to the same `Cloudflare.Env` interface, so the
 * Worker, the ledger class and the tests all see one `Env`. Variables are strings (or JSON);
 * `config.ts` parses them.
 * @module
 */

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- merging into wrangler's generated namespace needs one
  namespace Cloudflare {
    interface Env {
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
      /**
       * Seconds between a ledger's first unpushed write and its push to D1 (default 60). Writes in
       * between ride the same push: the longer, the fewer D1 writes (ARCHITECTURE.md, « Capacity »).
       */
      SUMMARY_DELAY_SECONDS?: string;
      /**
       * Seconds a Worker instance keeps the département's and the nation's figures it read from D1
       * (default 60; 0 reads them every time). They sum every territory's summaries, which lag a
       * push behind anyway (db/reference-cache.ts).
       */
      REFERENCES_CACHE_SECONDS?: string;
      /** A kiosk's average pace: at most one answer every this many seconds (default 15; ledger/kiosk-pace.ts). */
      KIOSK_PACE_SECONDS?: string;
      /** Who publishes this instance, and how citizens reach them: the legal pages say it (pages/legal-pages.ts). */
      PUBLISHER_NAME?: string;
      CONTACT_EMAIL?: string;
      /** The town the publisher issues the Trophée's certificates from (« Fait à … »). */
      PUBLISHER_CITY?: string;
      /** "true" only under the local dev launcher: enables /v1/dev/* (seeding). */
      DEV_ROUTES?: string;
    }
  }
}

/** The Worker's environment: wrangler.toml's bindings and variables, plus the secrets and tuning above. */
export type Env = Cloudflare.Env;

export interface AppEnv {
  Bindings: Env;
}
