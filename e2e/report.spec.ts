/**
 * The analysis report page (/rapport): for a seeded territory, its figures are the API's (results,
 * benchmarks, services fetched here), it passes axe at 1280 and 390 px with no sideways page
 * scroll on the phone, and its « Télécharger le PDF » gives a PDF whose text holds the same key
 * figures (read with poppler's pdftotext).
 * @module
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { count, percent, score } from '../kit/src/report/format.js';
import { BenchmarksReplySchema, type Benchmarks } from '../survey/benchmarks.js';
import { CommentThemesReplySchema, type CommentThemes } from '../survey/comment-themes.js';
import { CRITERIA, SERVICE_LABELS_FR } from '../survey/questionnaire.js';
import { ResultsReplySchema, type Results } from '../survey/results.js';
import { ServicesReplySchema, type Services } from '../survey/services.js';
import { axeViolations, typographyErrors } from './support.js';

const run = promisify(execFile);
/** Chalon-sur-Saône (Saône-et-Loire): no other browser test writes there. */
const TERRITORY = 'commune:71076';
const YEAR = new Date().getFullYear();
const RANGE = `from=${YEAR}-01&to=${YEAR}-12`;
const ANSWERS = 30;
const plain = (text: string | null) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ').trim();

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  const answers = Array.from({ length: ANSWERS }, (_, index) => ({
    id: crypto.randomUUID(),
    questionnaire: 'v1',
    territory: TERRITORY,
    service: index % 3 === 0 ? 'etat-civil' : 'mairie',
    channel: index % 2 === 0 ? 'guichet' : 'en-ligne',
    overall: index % 4 === 0 ? 'moyen' : 'tres-bien',
    criteria: { accessibilite: (index % 5) + 1, accueil: 5, attente: index % 2 === 0 ? 2 : 4, efficacite: 4, 'en-ligne': 3 },
    source: index % 2 === 0 ? 'site' : 'affiche-a4',
    // Themes: « attente » in 12 comments, « guichet » in 21; a phone number masked, never counted.
    comment:
      index % 5 === 0
        ? 'Le guichet était fermé, appelez le 06 12 34 56 78'
        : index % 2 === 0
          ? 'Trop d’attente au guichet.'
          : 'Accueil agréable, attente raisonnable.',
  }));
  expect((await request.post('/v1/dev/seed', { data: { at: Date.now(), answers } })).status()).toBe(200);
});

/** The API's replies for the year, once D1 holds the territory's answers (the benchmarks read D1 summaries). */
async function replies(request: APIRequestContext): Promise<{ results: Results; benchmarks: Benchmarks; services: Services; themes: CommentThemes }> {
  const id = encodeURIComponent(TERRITORY);
  let benchmarks: Benchmarks | undefined;
  await expect
    .poll(
      async () => {
        benchmarks = BenchmarksReplySchema.parse(await (await request.get(`/v1/benchmarks?territory=${id}&${RANGE}`)).json()).data;
        return benchmarks.departement?.answers ?? 0;
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThanOrEqual(ANSWERS);
  const results = ResultsReplySchema.parse(await (await request.get(`/v1/territories/${id}/results?${RANGE}`)).json()).data;
  const services = ServicesReplySchema.parse(await (await request.get(`/v1/territories/${id}/services?${RANGE}`)).json()).data;
  const themes = CommentThemesReplySchema.parse(await (await request.get(`/v1/territories/${id}/themes?${RANGE}`)).json()).data;
  return { results, benchmarks: benchmarks as Benchmarks, services, themes };
}

async function openReport(page: Page): Promise<void> {
  await page.goto(`/rapport?territoire=${encodeURIComponent(TERRITORY)}&periode=${YEAR}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Chiffres clés' })).toBeVisible({ timeout: 15_000 });
}

test('the report prints the API’s figures: key figures, each indicator against the département and France, each service', async ({ page, request }) => {
  const { results, benchmarks, services, themes } = await replies(request);
  await openReport(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chalon-sur-Saône : rapport d’analyse'.replace(' :', '\u202f:'));
  const figures = await page
    .locator('.key-figures div')
    .evaluateAll((blocks) => blocks.map((block) => [block.querySelector('dt')?.textContent, block.querySelector('dd')?.textContent]));
  expect(figures.map(([label, value]) => [plain(label ?? ''), plain(value ?? '')])).toEqual([
    ['Réponses', plain(count(results.answers))],
    ['Personnes ayant répondu', plain(count(results.respondents ?? 0))],
    ['Participation pour 1 000 habitants', (results.participation ?? 0).toLocaleString('fr-FR', { maximumFractionDigits: 2 })],
    ['Note générale', plain(score(results.overall.score))],
    ['Usagers satisfaits (« Très bien »)', plain(percent(results.overall.rate))],
  ]);

  const comparison = page.getByRole('table', { name: 'Part des usagers satisfaits, par indicateur' });
  const rows = await comparison.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
  const indicators = ['overall', ...CRITERIA] as const;
  expect(rows).toHaveLength(indicators.length);
  indicators.forEach((indicator, index) => {
    const own = indicator === 'overall' ? results.overall : results.criteria[indicator];
    const row = (rows[index] ?? []).map(plain);
    expect(row[1], indicator).toBe(own.suppressed ? 'données insuffisantes' : plain(`${percent(own.rate)} (${score(own.score)})`));
    expect(row[3], indicator).toBe(plain(percent(benchmarks.departement?.indicators[indicator]?.rate ?? null)));
    expect(row[5], indicator).toBe(plain(percent(benchmarks.national.indicators[indicator]?.rate ?? null)));
  });

  const serviceRows = await page
    .getByRole('table', { name: 'Satisfaction générale par service' })
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
  expect(serviceRows.map((row) => row.slice(0, 4).map(plain))).toEqual(
    services.services.map((service) => [
      SERVICE_LABELS_FR[service.service],
      plain(count(service.territory.answers)),
      plain(percent(service.territory.indicators.overall.rate)),
      plain(percent(service.departement.indicators.overall.rate)),
    ]),
  );
  // The comments' themes, as the API counts them: words in 5 comments or more, never a comment.
  expect(themes.themes.map((theme) => theme.term)).toEqual(expect.arrayContaining(['attente', 'guichet']));
  const themeRows = await page
    .getByRole('table', { name: 'Mots et expressions les plus employés' })
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
  expect(themeRows.map((row) => row.map(plain))).toEqual(themes.themes.map((theme) => [theme.term, plain(count(theme.comments))]));
  expect(await page.locator('main').textContent()).not.toContain('06 12');
  expect(await typographyErrors(page)).toEqual([]);
});

for (const width of [1280, 390]) {
  test(`at ${width} px the report passes axe and never scrolls the page sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openReport(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test('« Télécharger le PDF » gives the same key figures as text', async ({ page, request }) => {
  const { results, themes } = await replies(request);
  await openReport(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`rapport-commune-71076-${YEAR}.pdf`);
  const file = join(mkdtempSync(join(tmpdir(), 'report-e2e-')), 'rapport.pdf');
  await download.saveAs(file);
  const { stdout } = await run('pdftotext', ['-raw', file, '-']);
  // Table cells wrap in the PDF: read it as one line of words.
  const text = plain(stdout).replace(/\s+/g, ' ');
  expect(text).toContain('Chalon-sur-Saône');
  expect(text).toContain(`Réponses ${count(results.answers)}`);
  expect(text).toContain(plain(`Note générale ${score(results.overall.score)}`));
  expect(text).toContain(plain(`Usagers satisfaits (« Très bien ») ${percent(results.overall.rate)}`));
  for (const criterion of CRITERIA) {
    const own = results.criteria[criterion];
    expect(text, criterion).toContain(plain(own.suppressed ? 'données insuffisantes' : `${percent(own.rate)} (${score(own.score)})`));
  }
  for (const theme of themes.themes) expect(text, theme.term).toContain(plain(`${theme.term} ${count(theme.comments)}`));
});

test('the dashboard links to the territory’s report as « Rapport d’analyse »', async ({ page }) => {
  await page.goto(`/tableau-de-bord/${TERRITORY}`);
  const link = page.getByRole('link', { name: 'Rapport d’analyse' });
  await expect(link).toHaveAttribute('href', `/rapport?territoire=${encodeURIComponent(TERRITORY)}`);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chalon-sur-Saône\u202f: rapport d’analyse', { timeout: 15_000 });
  await expect(page.getByLabel('Période', { exact: true })).toHaveValue(String(YEAR));
});
