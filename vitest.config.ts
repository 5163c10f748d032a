/**
 * One `vitest run` for every non-browser test, in four projects:
 * - `unit`: in Node, milliseconds each (the contract, the widget's logic, the kit's rules, scripts);
 * - `worker`: inside workerd through @cloudflare/vitest-pool-workers, with the D1 migrations
 *   applied by a setup file;
 * - `render`: the kit drawing real PNG and PDF files and decoding their QR codes, seconds each;
 * - `subprocess`: tests that start programs (wrangler, the kit's CLI, npm pack).
 * `npm run test:fast` runs `unit` and `worker`; `npm test` runs all four. Browser tests are
 * Playwright's (e2e/).
 */
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

/** Tests that spawn processes: seconds each, so they sit in their own project. */
const SUBPROCESS_TESTS = ['scripts/migrations.test.ts', 'scripts/package.test.ts', 'kit/src/cli.test.ts', 'kit/src/report/report-cli.test.ts'];
/** Tests that render the kit's files (resvg, pdf-lib, a QR reader): in-process, but seconds each. */
const RENDER_TESTS = [
  'kit/src/kit.test.ts',
  'kit/src/templates/*.test.ts',
  'kit/src/render/*.test.ts',
  'kit/src/report/report-pdf.test.ts',
  'kit/src/report/audit-pdf.test.ts',
];

export default defineConfig(async () => {
  const migrations = await readD1Migrations('worker/src/migrations');
  return {
    test: {
      // Vitest's default on 2 cores is one worker at a time; tests here mostly wait on I/O, so two.
      maxWorkers: 2,
      projects: [
        {
          test: {
            name: 'unit',
            environment: 'node',
            include: ['survey/**/*.test.ts', 'widget/**/*.test.ts', 'kit/**/*.test.ts', 'scripts/**/*.test.ts', 'demo/**/*.test.ts'],
            exclude: [...SUBPROCESS_TESTS, ...RENDER_TESTS],
            // Modules are pure or reset by the tests that need it (the outbox's): no fresh context per file.
            isolate: false,
            // A few walk the whole reference data (36,000 territories): seconds on a loaded 2-core machine.
            testTimeout: 15_000,
            setupFiles: ['survey/reference-data.ts'],
          },
        },
        {
          // Rasterising whole kits takes a few seconds a test on 2 cores, several times that on a loaded machine.
          test: {
            name: 'render',
            environment: 'node',
            include: RENDER_TESTS,
            setupFiles: ['survey/reference-data.ts'],
            testTimeout: 30_000,
            hookTimeout: 60_000,
          },
        },
        {
          // Tests that start programs (wrangler, the kit's CLI, npm pack): the slow tier, left out of `npm run test:fast`.
          test: {
            name: 'subprocess',
            environment: 'node',
            include: SUBPROCESS_TESTS,
            // After the other projects, not beside them: wrangler and npm pack would take the CPU the
            // in-process tests need, and a slowed test is not a failing one.
            sequence: { groupOrder: 1 },
            setupFiles: ['survey/reference-data.ts'],
          },
        },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: './wrangler.toml' },
              // Paris and Marseille split over 4 ledger shards, Lyon and Toulouse over 3, to test sharded writes and reads (one
              // city per test file that needs one: files share one runtime). ENVIRONMENT is
              // explicit, as under scripts/wrangler-dev.ts: without it the Worker wants DAILY_SALT.
              // Every request of these tests comes from one client: the respondent cap (3 answers a day
              // per territory) is lifted here and tested on the ledger with its own limits, and end to
              // end by the reliability run.
              miniflare: {
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  LEDGER_SHARDS: '{"commune:75056": 4, "commune:13055": 4, "commune:69123": 3, "commune:31555": 3}',
                  ENVIRONMENT: 'local',
                  ANSWERS_PER_RESPONDENT_PER_DAY: '1000000',
                  // Kiosks at one answer a second on average (240 a minute): a test sends its 150
                  // kiosk answers at once; the pace itself is tested on the ledger with its own clock.
                  KIOSK_PACE_SECONDS: '1',
                  // Each test reads the figures it just pushed: no instance keeps the references.
                  REFERENCES_CACHE_SECONDS: '0',
                },
              },
            }),
          ],
          test: {
            name: 'worker',
            include: ['worker/**/*.test.ts'],
            // Two runtimes for all the Worker test files instead of one each (about 20 s instead of 60
            // on 2 cores): storage is shared between the files a runtime runs, so each file writes
            // only to its own territories and sends from its own client address (worker/test/territories.ts).
            isolate: false,
            // Several files share a runtime and wait on each other's storage: 5 s is too tight on a busy 2-core machine.
            testTimeout: 20_000,
            setupFiles: ['survey/reference-data.ts', 'worker/test/apply-migrations.ts'],
          },
        },
      ],
    },
  };
});
