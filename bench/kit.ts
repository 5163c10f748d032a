/**
 * `npm run bench:kit`: how long a territory's whole kit takes to make (11 assets, 16 files, the
 * README and the ZIP), in Node (the CLI's path) and in Chromium on the kit page (the browser's
 * path, from the click to the ZIP). Median of several runs; targets 3 s in Node and 5 s in
 * Chromium on this 2-core machine; the Node figure again in Arabic (right to left, shaped). Prints a
 * table and writes bench/results/kit.json.
 *
 *   npm run bench:kit [-- --runs 5]
 * @module
 */
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import type { Territory } from '../survey/results.js';
import '../survey/reference-data.js';
import { findTerritory } from '../survey/territory-directory.js';
import { loadFonts } from '../kit/src/fonts.js';
import type { KitLanguage } from '../kit/src/i18n.js';
import { buildKit } from '../kit/src/kit.js';
import { FONT_PATHS, rasterizeNode } from '../kit/src/render/png-node.js';
import { startLocalServer } from '../scripts/lib/local-server.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/ensure-chromium.js';

const FlagsSchema = z.object({ runs: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(20)), 5) });
const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const parsedFlags = FlagsSchema.safeParse(values);
if (!parsedFlags.success) {
  console.error(`npm run bench:kit: ${z.prettifyError(parsedFlags.error)}`);
  process.exit(2);
}
const { runs } = parsedFlags.data;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const round = (seconds: number) => Math.round(seconds * 100) / 100;

const territory = findTerritory('commune:25056') as Territory;
const logo = { bytes: readFileSync('kit/test/logo.svg'), type: 'svg' as const, width: 100, height: 100 };

// Node: the CLI's path, fonts read once as the CLI does.
const fonts = loadFonts({ regular: readFileSync(FONT_PATHS.regular), bold: readFileSync(FONT_PATHS.bold) });
/** `runs` timed builds of the whole kit in one language, after one untimed (JIT warm-up, pdf-lib loaded). */
async function nodeRuns(language: KitLanguage): Promise<{ seconds: number[]; files: number; zipBytes: number }> {
  const seconds: number[] = [];
  let files = 0;
  let zipBytes = 0;
  for (let run = 0; run < runs + 1; run += 1) {
    const started = performance.now();
    const built = await buildKit({ territory, color: '#000091', language, baseUrl: 'https://barometre.example.fr', logo }, { fonts, rasterize: rasterizeNode });
    if (run > 0) seconds.push((performance.now() - started) / 1000);
    files = built.length;
    zipBytes = built.at(-1)?.bytes.length ?? 0;
  }
  return { seconds, files, zipBytes };
}
const { seconds: node, files, zipBytes } = await nodeRuns('fr');
// Arabic: the same kit shaped and laid out right to left (bidi runs, mirrored layout).
const { seconds: nodeArabic } = await nodeRuns('ar');

// Chromium: the kit page, from the click to the ZIP, each run in a fresh context (cold caches).
const state = '.wrangler/bench-kit-state';
const server = await startLocalServer({ persistTo: state, fresh: true });
const browserRuns: number[] = [];
const previewRuns: number[] = [];
try {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  try {
    for (let run = 0; run < Math.max(3, Math.ceil(runs / 2)); run += 1) {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(`${server.url}/kit.html?territory=commune:25056`);
      await page.locator('#previews img').nth(10).waitFor();
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Télécharger le kit complet (ZIP)' }).click();
      await downloading;
      await page.waitForFunction(() => document.body.dataset.kitSeconds !== undefined);
      browserRuns.push(Number(await page.evaluate(() => document.body.dataset.kitSeconds)));
      previewRuns.push(Number(await page.evaluate(() => document.body.dataset.previewsAt)) / 1000);
      await context.close();
    }
  } finally {
    await browser.close();
  }
} finally {
  await server.stop();
  rmSync(state, { recursive: true, force: true });
}

const figures = {
  startedAt: new Date().toISOString(),
  machine: { cores: cpus().length, node: process.version },
  kit: { territory: territory.id, files, zipKiB: Math.round(zipBytes / 1024), withLogo: true },
  node: { medianSeconds: round(median(node)), runs: node.map(round), target: 3 },
  nodeArabic: { medianSeconds: round(median(nodeArabic)), runs: nodeArabic.map(round), target: 3 },
  chromium: { medianSeconds: round(median(browserRuns)), runs: browserRuns.map(round), target: 5, openToPreviewsSeconds: round(median(previewRuns)) },
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/kit.json', `${JSON.stringify(figures, null, 2)}\n`);
const verdict = (value: number, target: number) => (value <= target ? 'ok' : 'MISSED');
console.table([
  {
    figure: `whole kit in Node (s, median of ${node.length})`,
    value: figures.node.medianSeconds,
    target: '≤ 3',
    verdict: verdict(figures.node.medianSeconds, 3),
  },
  {
    figure: `whole kit in Node, in Arabic (s, median of ${nodeArabic.length})`,
    value: figures.nodeArabic.medianSeconds,
    target: '≤ 3',
    verdict: verdict(figures.nodeArabic.medianSeconds, 3),
  },
  {
    figure: `whole kit in Chromium, click to ZIP (s, median of ${browserRuns.length})`,
    value: figures.chromium.medianSeconds,
    target: '≤ 5',
    verdict: verdict(figures.chromium.medianSeconds, 5),
  },
  {
    figure: 'kit page: navigation to all 11 previews, incl. fonts and resvg wasm (s)',
    value: figures.chromium.openToPreviewsSeconds,
    target: '(information)',
    verdict: '',
  },
  { figure: 'files (assets, README, ZIP)', value: files, target: '', verdict: '' },
  { figure: 'ZIP size (KiB)', value: figures.kit.zipKiB, target: '', verdict: '' },
]);
console.log('written to bench/results/kit.json');
