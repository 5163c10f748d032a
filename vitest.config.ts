/**
 * One `vitest run` for every non-browser test: `unit` in Node (the contract, the kit), `worker`
 * inside workerd through @cloudflare/vitest-pool-workers, with the D1 migrations applied by a
 * setup file, and `subprocess` for the tests that start programs. `npm run test:fast` runs the
 * first two. Browser tests are Playwright's (e2e/).
 */
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

/** Tests that spawn processes: seconds each, so they sit in their own project. */
const SUBPROCESS_TESTS = ['scripts/migrations.test.ts', 'scripts/package.test.ts', 'kit/src/cli.test.ts'];

export default defineConfig(async () => {
  const migrations = await readD1Migrations('worker/src/migrations');
  return {
    test: {
      projects: [
        {
          test: {
            name: 'unit',
            environment: 'node',
            include: ['survey/**/*.test.ts', 'widget/**/*.test.ts', 'kit/**/*.test.ts', 'scripts/**/*.test.ts'],
            exclude: SUBPROCESS_TESTS,
            setupFiles: ['survey/reference-data.ts'],
          },
        },
        {
          // Tests that start programs (wrangler, the kit's CLI, npm pack): the slow tier, left out of `npm run test:fast`.
          test: {
            name: 'subprocess',
            environment: 'node',
            include: SUBPROCESS_TESTS,
            setupFiles: ['survey/reference-data.ts'],
          },
        },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: './wrangler.toml' },
              // Paris split over 4 ledger shards, to test sharded writes and reads. ENVIRONMENT is
              // explicit, as under scripts/wrangler-dev.ts: without it the Worker wants DAILY_SALT.
              // Every request of these tests comes from one client: the respondent cap (3 answers a day
              // per territory) is lifted here and tested on the ledger with its own limits, and end to
              // end by the reliability run.
              miniflare: {
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  LEDGER_SHARDS: '{"commune:75056": 4}',
                  ENVIRONMENT: 'local',
                  ANSWERS_PER_RESPONDENT_PER_DAY: '1000000',
                },
              },
            }),
          ],
          test: {
            name: 'worker',
            include: ['worker/**/*.test.ts'],
            setupFiles: ['survey/reference-data.ts', 'worker/test/apply-migrations.ts'],
          },
        },
      ],
    },
  };
});
