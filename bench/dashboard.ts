/**
 * `npm run bench:dashboard`: with the seeded data (300 territories) plus one territory holding
 * 1,000,000 answers, how long the dashboard takes, from navigation until its figures are on screen
 * (the results element's « loaded »: tiles, and the charts near the first screen drawn; the others
 * are drawn as the reader scrolls to them), in Chromium on this machine. Median of five cold loads, for the big territory and a small one.
 * Prints a table and writes bench/results/dashboard.json.
 *
 *   npm run bench:dashboard [-- --big 1000000 --runs 5]
 * @module
 */
import { chromium, type Browser } from '@playwright/test';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/ensure-chromium.js';
import { startLocalServer } from '../scripts/lib/local-server.js';
import { runSeed } from '../scripts/seed/run-seed.js';
import { seedTerritory } from './lib/seed-territory.js';

const FlagsSchema = z.object({
  big: z._default(z.coerce.number().check(z.int(), z.minimum(1000), z.maximum(5_000_000)), 1_000_000),
  runs: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(20)), 5),
});
const { values } = parseArgs({ options: { big: { type: 'string' }, runs: { type: 'string' } } });
const parsedFlags = FlagsSchema.safeParse(values);
if (!parsedFlags.success) {
  console.error(`npm run bench:dashboard: ${z.prettifyError(parsedFlags.error)}`);
  process.exit(2);
}
const flags = parsedFlags.data;
const BIG = 'commune:13055'; // Marseille
const SMALL = 'commune:25056'; // Besançon, from the seeded data
const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? NaN;

/** Milliseconds from navigation start to the results component's « loaded » event (charts near the screen drawn). */
async function timeDashboard(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('barometre-results-loaded', () => ((window as unknown as { chartsAt: number }).chartsAt = performance.now()));
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { chartsAt?: number }).chartsAt !== undefined, undefined, { timeout: 30_000 });
  const charts = await page.locator('barometre-resultats canvas').count();
  if (charts !== 7) throw new Error(`${url}: ${charts} chart canvases, 7 expected`);
  const at = await page.evaluate(() => (window as unknown as { chartsAt: number }).chartsAt);
  await context.close();
  return at;
}

const state = '.wrangler/bench-dashboard-state';
const server = await startLocalServer({ persistTo: state, fresh: true });
try {
  console.log('bench:dashboard — seeding 300 territories, then one with a million answers…');
  const seeded = await runSeed(server.url);
  const seedSeconds = await seedTerritory(server.url, BIG, flags.big);
  const bigAnswers = ((await (await fetch(`${server.url}/v1/territories/${BIG}/results`)).json()) as { data: { answers: number } }).data.answers;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  const big: number[] = [];
  const small: number[] = [];
  try {
    // One warm-up load: wrangler dev compiles the Worker and the objects wake on first use.
    await timeDashboard(browser, `${server.url}/tableau-de-bord/${BIG}`);
    for (let run = 0; run < flags.runs; run += 1) {
      big.push(await timeDashboard(browser, `${server.url}/tableau-de-bord/${BIG}`));
      small.push(await timeDashboard(browser, `${server.url}/tableau-de-bord/${SMALL}`));
    }
  } finally {
    await browser.close();
  }
  const figures = {
    startedAt: new Date().toISOString(),
    machine: { cores: cpus().length, node: process.version },
    data: {
      seededTerritories: seeded.territories,
      seededAnswers: seeded.answers,
      big: { territory: BIG, answers: bigAnswers },
      seedSeconds: Math.round(seedSeconds),
    },
    dashboard: {
      bigMedianMs: Math.round(median(big)),
      smallMedianMs: Math.round(median(small)),
      bigRunsMs: big.map(Math.round),
      smallRunsMs: small.map(Math.round),
      target: 1000,
    },
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/dashboard.json', `${JSON.stringify(figures, null, 2)}\n`);
  console.table([
    {
      figure: `dashboard, ${bigAnswers.toLocaleString('en')} answers: navigation to charts (ms, median of ${big.length})`,
      value: figures.dashboard.bigMedianMs,
      target: '≤ 1000',
      verdict: figures.dashboard.bigMedianMs <= 1000 ? 'ok' : 'MISSED',
    },
    {
      figure: `dashboard, Besançon (seeded): navigation to charts (ms, median of ${small.length})`,
      value: figures.dashboard.smallMedianMs,
      target: '(information)',
      verdict: '',
    },
  ]);
  console.log('written to bench/results/dashboard.json');
} finally {
  await server.stop();
  rmSync(state, { recursive: true, force: true });
}
