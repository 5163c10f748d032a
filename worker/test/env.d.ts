import type { D1Migration } from 'cloudflare:test';
import type { Env as WorkerEnv } from '../src/env.js';

declare global {
  namespace Cloudflare {
    interface Env extends WorkerEnv {
      /** Set in vitest.config.ts: the migrations the setup file applies. */
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}
