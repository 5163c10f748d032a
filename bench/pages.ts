/**
 * `npm run bench:pages`: Lighthouse (mobile profile: a mid-range phone on a slow 4G network,
 * simulated) on every page we serve, against a throw-away local server seeded with sample data so
 * the dashboard, the Trophée and the map have something to draw. For each page: the performance,
 * accessibility, best-practices and SEO scores, the layout shift (CLS), and what limits each score
 * (the titles of the audits that fail). Each page is measured `--runs` times; the run with the
 * median performance score is kept. Prints a table and writes bench/results/pages.json.
 *
 *   npm run bench:pages [-- --runs 3 --port 8830 --reports /tmp/lighthouse --only /carte]
 *
 * `--port` puts the local server on that port and Chromium's debugging port on the next one;
 * without it, both are free ports. `--reports` keeps each kept run's whole Lighthouse report (JSON)
 * in that folder, to read the details the table leaves out.
 * @module
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/ensure-chromium.js';
import { freePort, startLocalServer } from '../scripts/lib/local-server.js';
import { runSeed } from '../scripts/seed/run-seed.js';
import { seedTerritory } from './lib/seed-territory.js';

const FlagsSchema = z.object({
  runs: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(9)), 3),
  port: z.optional(z.coerce.number().check(z.int(), z.minimum(1024), z.maximum(65534))),
  big: z._default(z.coerce.number().check(z.int(), z.minimum(1000), z.maximum(5_000_000)), 20_000),
  reports: z.optional(z.string()),
  only: z.optional(z.string()),
});
const { values } = parseArgs({
  options: { runs: { type: 'string' }, port: { type: 'string' }, big: { type: 'string' }, reports: { type: 'string' }, only: { type: 'string' } },
});
const parsedFlags = FlagsSchema.safeParse(values);
if (!parsedFlags.success) {
  console.error(`npm run bench:pages: ${z.prettifyError(parsedFlags.error)}`);
  process.exit(2);
}
const flags = parsedFlags.data;

const BIG = 'commune:13055'; // Marseille
const TARGETS = { performance: 95, accessibility: 100, bestPractices: 100, seo: 90, cls: 0.05 };

interface PageSpec {
  name: string;
  path: string;
  /** Why the page is deliberately kept out of search engines: its SEO score is then information, not a target. */
  noindex?: string;
}
const PAGES: PageSpec[] = [
  { name: 'front page', path: '/' },
  { name: 'town (sample)', path: '/demo' },
  {
    name: 'hosted survey',
    path: '/s/commune:25056',
    noindex: 'noindex by design: one page per territory, reached by QR code or link, thin duplicate content',
  },
  { name: 'dashboard (Marseille)', path: `/tableau-de-bord/${BIG}` },
  { name: 'Trophée', path: '/trophee' },
  { name: 'map', path: '/carte' },
];

// `--only /carte,/trophee`: just those pages (while fixing one); bench/results/pages.json is then left alone.
const measured = flags.only ? PAGES.filter((page) => flags.only?.split(',').includes(page.path)) : PAGES;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/** The audits that cost a category points: weighted, scored, below full marks (metrics below « good »). */
function limits(lhr: Result, category: Category): string[] {
  const found: string[] = [];
  for (const ref of lhr.categories[category]?.auditRefs ?? []) {
    if (ref.weight === 0) continue;
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null) continue;
    const threshold = category === 'performance' ? 0.9 : 1;
    if (audit.score >= threshold) continue;
    found.push(audit.displayValue ? `${audit.title} (${audit.displayValue})` : audit.title);
  }
  // Performance: the opportunities Lighthouse estimates would save time, though they carry no weight themselves.
  if (category === 'performance') {
    for (const audit of Object.values(lhr.audits)) {
      const savings = audit.metricSavings ?? {};
      const saves = Object.values(savings).some((value) => typeof value === 'number' && value > 0);
      if (saves && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'metricSavings')
        found.push(`opportunity: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    }
  }
  return found;
}

interface PageFigures {
  name: string;
  path: string;
  noindex?: string;
  performance: number;
  performanceRuns: number[];
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  metricsMs: { fcp: number; lcp: number; tbt: number; speedIndex: number };
  limits: Record<Category, string[]>;
}

const score = (lhr: Result, category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
const numeric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? NaN;

/**
 * One Lighthouse run. `wrangler dev` answers 502/503 to a request in flight when it restarts the
 * Worker (a file it watches changed): such a run is retried, twice at most, rather than reported.
 */
async function audit(path: string): Promise<Result> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await lighthouse(`${server.url}${path}`, { port: chromePort, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`${path}: Lighthouse returned nothing`);
    if (!result.lhr.runtimeError) return result.lhr;
    if (attempt === 3) throw new Error(`${path}: ${result.lhr.runtimeError.message}`);
    console.log(`  ${path}: ${result.lhr.runtimeError.code}, retrying`);
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
}

const port = flags.port ?? (await freePort());
const chromePort = flags.port ? flags.port + 1 : await freePort();
const state = '.wrangler/bench-pages-state';
const server = await startLocalServer({ persistTo: state, fresh: true, port });
const lighthouseVersion = (JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }).version;
try {
  console.log(`bench:pages — seeding 300 territories, then ${flags.big.toLocaleString('en')} answers for Marseille…`);
  const seeded = await runSeed(server.url);
  await seedTerritory(server.url, BIG, flags.big);
  // The Trophée ranks the seeded candidates; the map reads D1, which ledgers reach through an alarm 2 s out.
  await new Promise((resolve) => setTimeout(resolve, 4000));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    port: chromePort,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const rows: PageFigures[] = [];
  try {
    // One warm-up load per page: wrangler dev compiles the Worker and the objects wake on first use.
    for (const page of measured) await fetch(`${server.url}${page.path}`);
    for (const page of measured) {
      const runs: Result[] = [];
      for (let run = 0; run < flags.runs + 1; run += 1) {
        const result = await audit(page.path);
        // The first run of each page warms its assets and the browser: not kept.
        if (run > 0) runs.push(result);
      }
      runs.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
      const lhr = runs[Math.floor(runs.length / 2)] as Result;
      if (flags.reports) {
        mkdirSync(flags.reports, { recursive: true });
        writeFileSync(`${flags.reports}/${page.path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}.json`, JSON.stringify(lhr));
      }
      rows.push({
        name: page.name,
        path: page.path,
        noindex: page.noindex,
        performance: score(lhr, 'performance'),
        performanceRuns: runs.map((one) => score(one, 'performance')),
        accessibility: score(lhr, 'accessibility'),
        bestPractices: score(lhr, 'best-practices'),
        seo: score(lhr, 'seo'),
        cls: Math.round(numeric(lhr, 'cumulative-layout-shift') * 1000) / 1000,
        metricsMs: {
          fcp: Math.round(numeric(lhr, 'first-contentful-paint')),
          lcp: Math.round(numeric(lhr, 'largest-contentful-paint')),
          tbt: Math.round(numeric(lhr, 'total-blocking-time')),
          speedIndex: Math.round(numeric(lhr, 'speed-index')),
        },
        limits: Object.fromEntries(CATEGORIES.map((category) => [category, limits(lhr, category)])) as Record<Category, string[]>,
      });
      console.log(`  ${page.path}: done`);
    }
  } finally {
    chrome.kill();
  }
  const verdict = (row: PageFigures) => {
    const missed = [];
    if (row.performance < TARGETS.performance) missed.push('perf');
    if (row.accessibility < TARGETS.accessibility) missed.push('a11y');
    if (row.bestPractices < TARGETS.bestPractices) missed.push('BP');
    if (row.seo < TARGETS.seo && !row.noindex) missed.push('SEO');
    if (row.cls > TARGETS.cls) missed.push('CLS');
    return missed.length === 0 ? 'ok' : `MISSED ${missed.join(', ')}`;
  };
  const figures = {
    startedAt: new Date().toISOString(),
    machine: { cores: cpus().length, node: process.version },
    lighthouse: { version: lighthouseVersion, profile: 'mobile (default config, simulated throttling)', runsPerPage: flags.runs },
    data: { seededTerritories: seeded.territories, seededAnswers: seeded.answers, big: { territory: BIG, answers: flags.big } },
    targets: TARGETS,
    pages: rows.map((row) => ({ ...row, verdict: verdict(row) })),
  };
  // A partial run (--only) must not pass for the whole bench's figures.
  if (!flags.only) {
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/pages.json', `${JSON.stringify(figures, null, 2)}\n`);
  }
  console.table(
    figures.pages.map((row) => ({
      page: row.path,
      performance: row.performance,
      accessibility: row.accessibility,
      'best practices': row.bestPractices,
      SEO: row.noindex ? `${row.seo} (noindex)` : row.seo,
      CLS: row.cls,
      verdict: row.verdict,
    })),
  );
  console.log(
    `targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ${TARGETS.bestPractices}, SEO ≥ ${TARGETS.seo} (unless noindex by design), CLS ≤ ${TARGETS.cls}`,
  );
  for (const row of figures.pages) {
    const lines = CATEGORIES.flatMap((category) => row.limits[category].map((title) => `    ${category}: ${title}`));
    if (row.noindex) lines.push(`    seo: ${row.noindex}`);
    if (lines.length > 0) console.log(`  ${row.path} is limited by:\n${lines.join('\n')}`);
  }
  console.log(flags.only ? 'partial run (--only): bench/results/pages.json left as it was' : 'written to bench/results/pages.json');
} finally {
  await server.stop();
  rmSync(state, { recursive: true, force: true });
}
