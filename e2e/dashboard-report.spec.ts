/**
 * The dashboard read as a report for a mayor's office, at a desktop's and a phone's width, in an
 * English browser: no chart label cut (checked on chart.js' own layout of each chart), bars tall
 * enough to read, months in French, the confidence interval in words, a calm sentence where there
 * is no trend yet, nothing wider than the screen, and nothing for axe to flag.
 */
import { expect, test, type Page } from '@playwright/test';
import { lastTwelveMonths } from '../survey/months.js';
import { MIN_ANSWERS } from '../survey/scoring.js';
import { monthLabel, monthName } from '../widget/src/results/format.js';
import { MIN_BAND_REM, MIN_CHART_REM } from '../widget/src/results/chart-layout.js';
import { axeViolations, results } from './support.js';

/** Gap (Hautes-Alpes): no other browser test writes there, so its one month of answers holds still. */
const GAP = 'commune:05061';
const ROOT_PX = 16;
const SOURCES = ['site', 'qr', 'affiche-a4', 'flyer-a5', 'social-1200x630', 'signature-600x150'];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  // Fourteen answers today: one month of figures, every criterion, and long source names to wrap.
  const answers = Array.from({ length: 14 }, (_, index) => ({
    id: crypto.randomUUID(),
    questionnaire: 'v1',
    territory: GAP,
    service: index % 3 === 0 ? 'bibliotheque' : 'mairie',
    channel: index % 2 === 0 ? 'guichet' : 'en-ligne',
    overall: index % 4 === 0 ? 'moyen' : 'tres-bien',
    criteria: { accessibilite: (index % 5) + 1, accueil: 4, attente: 3, efficacite: 5, 'en-ligne': 2 },
    source: SOURCES[index % SOURCES.length],
  }));
  const response = await request.post('/v1/dev/seed', { data: { at: Date.now(), answers } });
  expect(response.status()).toBe(200);
});

interface AxisCheck {
  chart: string;
  horizontal: boolean;
  /** Widest tick label line, measured with the axis' own font, plus the tick padding. */
  needed: number;
  /** The room chart.js gave the labels: the axis' width (bars) or height (columns). */
  room: number;
  /** Axis inside the canvas: its left edge not cut. */
  left: number;
  band: number;
  height: number;
}

/**
 * Each drawn chart's category axis, read from the chart.js instance the results element leaves on
 * its canvas (`canvas.chart`): every label line measured with the axis' resolved font on the
 * chart's own context, against the room the layout gave the axis. chart.js clips a vertical axis
 * at half the chart's width, so a label wider than `room` is a cut label.
 */
async function axes(page: Page): Promise<AxisCheck[]> {
  // Every chart drawn: each is drawn as its canvas comes near the screen.
  const canvases = page.locator('barometre-resultats canvas');
  for (const canvas of await canvases.all()) await canvas.scrollIntoViewIfNeeded();
  await expect
    .poll(() =>
      page.evaluate(() => [...document.querySelector('barometre-resultats')!.shadowRoot!.querySelectorAll('canvas')].every((canvas) => 'chart' in canvas)),
    )
    .toBe(true);
  return page.evaluate(() => {
    // chart.js internals this test reads: the layout it computed, and the font it draws ticks with.
    type Scale = {
      width: number;
      height: number;
      left: number;
      labelRotation: number;
      options: { ticks: { padding: number } };
      _resolveTickFontOptions(index: number): { string: string; lineHeight: number };
    };
    type Drawn = {
      ctx: CanvasRenderingContext2D;
      data: { labels: (string | string[])[] };
      options: { indexAxis?: string };
      scales: Record<string, Scale>;
      canvas: HTMLCanvasElement;
    };
    return [...document.querySelector('barometre-resultats')!.shadowRoot!.querySelectorAll('canvas')].map((canvas) => {
      const chart = (canvas as unknown as { chart: Drawn }).chart;
      const horizontal = chart.options.indexAxis === 'y';
      const axis = chart.scales[horizontal ? 'y' : 'x']!;
      // The font chart.js itself draws this axis' ticks with (its resolved options, as a CSS font string).
      const font = axis._resolveTickFontOptions(0);
      chart.ctx.save();
      chart.ctx.font = font.string;
      const lines = chart.data.labels.flatMap((label) => (Array.isArray(label) ? label : [label]));
      const widest = Math.max(...lines.map((line) => chart.ctx.measureText(line).width));
      chart.ctx.restore();
      const lineHeight = font.lineHeight;
      // Columns: chart.js rotates labels to fit; the rotated label must fit the axis' height.
      const rotation = (axis.labelRotation * Math.PI) / 180;
      return {
        chart: canvas.dataset['chart'] ?? '',
        horizontal,
        needed: horizontal ? widest + axis.options.ticks.padding : widest * Math.sin(rotation) + lineHeight * Math.cos(rotation),
        room: horizontal ? axis.width : axis.height,
        left: axis.left,
        band: horizontal ? axis.height / chart.data.labels.length : Infinity,
        height: canvas.getBoundingClientRect().height,
      };
    });
  });
}

const FRENCH_MONTH = /^(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}$/;

for (const width of [1280, 390]) {
  test(`at ${width} px in an English browser, the dashboard reads as a French report with nothing cut`, async ({ browser, request, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    const api = await results(request, GAP);
    await page.goto(`/tableau-de-bord/${GAP}`);
    const element = page.locator('barometre-resultats');
    await expect(element.locator('[data-tile="answers"] dd')).toContainText(String(api.answers));

    // No cut label, and bars tall enough: every chart at least MIN_CHART_REM, every bar's band MIN_BAND_REM.
    const checks = await axes(page);
    expect(checks.map((check) => check.chart)).toHaveLength(7);
    for (const check of checks) {
      expect(check.needed, `${check.chart}: labels need ${check.needed.toFixed(1)} px, axis has ${check.room.toFixed(1)}`).toBeLessThanOrEqual(check.room + 1);
      expect(check.left, check.chart).toBeGreaterThanOrEqual(0);
      expect(check.height, check.chart).toBeGreaterThanOrEqual(MIN_CHART_REM * ROOT_PX - 1);
      if (check.horizontal) expect(check.band, check.chart).toBeGreaterThanOrEqual(MIN_BAND_REM * ROOT_PX - 1);
    }

    // Months in French: the period's selects, the tiles, a chart's axis and its table.
    const range = lastTwelveMonths(Date.now());
    await expect(page.locator('select#from option:checked')).toHaveText(monthName(range.from));
    await expect(page.locator('select#to option:checked')).toHaveText(monthName(range.to));
    for (const text of await page.locator('select#from option').allTextContents()) expect(text).toMatch(FRENCH_MONTH);
    await expect(element.locator('[data-tile="answers"] dt')).toHaveText(`Réponses (${monthLabel(range.from)} – ${monthLabel(range.to)})`);
    const participation = await page.evaluate(
      () =>
        (
          document.querySelector('barometre-resultats')!.shadowRoot!.querySelector('canvas[data-chart="participation"]') as unknown as {
            chart: { data: { labels: string[] } };
          }
        ).chart.data.labels,
    );
    expect(participation).toEqual(api.months.map((month) => monthLabel(month.month)));
    const trendFigure = element.locator('figure', { hasText: 'Note générale sur 10, mois par mois' });
    await trendFigure.getByText('Données du graphique').click();
    await expect(trendFigure.getByRole('rowheader').first()).toHaveText(monthLabel(api.months[0]!.month));

    // The confidence interval in words, with the API's bounds, and its explanation on demand.
    const interval = api.overall.interval!;
    const pct = (value: number) => `${Math.round(value * 100)}\u202f%`;
    const margin = element.locator('[data-tile="score"] details');
    await expect(margin.locator('summary')).toHaveText(`entre ${pct(interval.low)} et ${pct(interval.high)} (intervalle de confiance à 95\u202f%)`);
    await expect(element.locator('[data-tile="score"]')).not.toContainText('IC 95');
    await margin.locator('summary').click();
    await expect(margin).toContainText(`Avec ${api.overall.n} réponses, la part réelle de «\u202fTrès bien\u202f»`);

    // One month of answers: no trend yet, said calmly, in the tile's normal weight.
    const calm = element.locator('[data-tile="trend"] .calm');
    await expect(calm).toHaveText(
      `Pas encore de tendance\u202f: il faut au moins ${MIN_ANSWERS} réponses sur les 12 mois précédents pour comparer (0 aujourd’hui).`,
    );
    expect(Number(await calm.evaluate((node) => getComputedStyle(node).fontWeight))).toBeLessThanOrEqual(400);
    await expect(element.locator('[data-tile="trend"]')).not.toContainText('Données insuffisantes');

    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
}
