/**
 * Browser tests in Debian's Chromium against `wrangler dev` on a throw-away state folder and its
 * own port, so they never touch the developer's local data or a running `npm start`.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './scripts/ensure-chromium.js';

const PORT = Number(process.env.E2E_PORT ?? 8790);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  // Playwright empties this folder when it starts: keep it apart from the vitest report.
  outputDir: 'test-results/e2e-artifacts',
  timeout: 30_000,
  workers: 2,
  reporter: [[process.env.CI ? 'line' : 'list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM,
      // The machine is root and has no network: no sandbox, no background connections.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `node_modules/.bin/tsx scripts/wrangler-dev.ts --port ${PORT} --persist-to .wrangler/e2e-state --fresh --no-seed`,
    url: `${BASE_URL}/v1/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
