/**
 * Browser tests in Debian's Chromium against `wrangler dev` on a throw-away state folder and its
 * own port, so they never touch the developer's local data or a running `npm start`.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/ensure-chromium.js';

const PORT = Number(process.env.E2E_PORT ?? 8790);
const FIXTURES_PORT = PORT + 1;
export const BASE_URL = `http://127.0.0.1:${PORT}`;
/** The host pages of e2e/fixtures/, on another port: every embedding is cross-origin. */
export const FIXTURES_URL = `http://127.0.0.1:${FIXTURES_PORT}`;

export default defineConfig({
  testDir: 'e2e',
  // Playwright empties this folder when it starts: keep it apart from the vitest report.
  outputDir: `test-results/e2e-artifacts-${PORT}`,
  timeout: 30_000,
  workers: 2,
  reporter: [[process.env.CI ? 'line' : 'list'], ['json', { outputFile: process.env.E2E_PORT ? `test-results/e2e-${PORT}.json` : 'test-results/e2e.json' }]],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM,
      // The machine is root and has no network: no sandbox, no background connections.
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'browser' },
    // `npm run bench:widget` only: timings need a quiet machine, so they are a benchmark, not a test.
    { name: 'performance', testDir: 'bench', testMatch: /widget\.bench\.ts/ },
  ],
  webServer: [
    {
      // Every browser test is one client (127.0.0.1, set by the launcher's front proxy): lift the
      // per-client limits and the per-respondent cap, whose behaviour the Worker tests and the
      // reliability run cover, so parallel tests do not throttle or cap each other. The D1 push
      // follows a write by 2 s, not a minute, so a test reading the rankings waits for no delay. A
      // kiosk may send an answer a second, so the journey's kiosk sends its 150 at once. The
      // launcher trusts X-Forwarded-For, so a test that needs its own connection (the journey,
      // under the daily limit of claims per connection) names one; the others are 127.0.0.1.
      command: `node_modules/.bin/tsx scripts/wrangler-dev.ts --port ${PORT} --persist-to .wrangler/e2e-state-${PORT} --fresh --no-seed --var RATE_LIMIT_PER_MINUTE:1000 --var RATE_LIMIT_PER_HOUR:10000 --var ANSWERS_PER_RESPONDENT_PER_DAY:1000000 --var SUMMARY_DELAY_SECONDS:2 --var REFERENCES_CACHE_SECONDS:0 --var KIOSK_PACE_SECONDS:1`,
      env: { TRUSTED_PROXY_HEADER: 'x-forwarded-for' },
      url: `${BASE_URL}/v1/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node_modules/.bin/tsx e2e/fixtures/serve.ts --port ${FIXTURES_PORT} --worker ${BASE_URL}`,
      url: `${FIXTURES_URL}/plain.html`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
