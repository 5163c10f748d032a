/**
 * The national map as a phone and a desk read it: the overseas départements in insets, Corsica
 * inside the drawing, « touchez » on a touch screen, a tap that shows the figures in view and a
 * way to the département's dashboard, legend classes of equal count, no overflow, no axe finding.
 * The figures are the API's list of territories with values spread by the test (the test server
 * has no answers, so every figure would be equal).
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support.js';

const OVERSEAS = ['971', '972', '973', '974', '976'];

/** `GET /v1/map` with distinct satisfaction figures, three départements suppressed. */
async function spreadFigures(page: Page): Promise<void> {
  await page.route('**/v1/map?*', async (route) => {
    const reply = (await (await route.fetch()).json()) as { data: { regions: { code: string; value: number | null; suppressed: boolean; answers: number }[] } };
    reply.data.regions.forEach((region, index) => {
      const suppressed = ['01', '48', '2A'].includes(region.code);
      Object.assign(region, { suppressed, value: suppressed ? null : ((index * 37) % 113) / 113, answers: suppressed ? 2 : 50 + index });
    });
    await route.fulfill({ json: reply });
  });
}

/** `GET /v1/map?metric=audits` with audit scores spread over 6,0 to 9,9, four départements under 3 audits. */
async function spreadAudits(page: Page): Promise<void> {
  await page.route('**/v1/map?metric=audits*', async (route) => {
    const reply = (await (await route.fetch()).json()) as {
      data: { regions: { code: string; value: number | null; score: number | null; suppressed: boolean; audits?: number }[] };
    };
    reply.data.regions.forEach((region, index) => {
      const suppressed = ['01', '48', '2A', '973'].includes(region.code);
      const score = suppressed ? null : 6 + ((index * 37) % 40) / 10;
      Object.assign(region, { suppressed, value: score, score, audits: suppressed ? 2 : 3 + (index % 9) });
    });
    await route.fulfill({ json: reply });
  });
}

/** The element's box in the SVG's user units, and the viewBox. */
function boxes(page: Page, code: string) {
  return page.locator(`#map path[data-code="${code}"]`).evaluate((path: SVGPathElement) => {
    const { x, y, width, height } = path.getBBox();
    const view = (path.ownerSVGElement as SVGSVGElement).viewBox.baseVal;
    return { shape: { x, y, width, height }, view: { x: view.x, y: view.y, width: view.width, height: view.height } };
  });
}

for (const phone of [false, true]) {
  test.describe(phone ? 'at 390 px on a touch phone' : 'at 1280 px with a mouse', () => {
    test.use(phone ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } : { viewport: { width: 1280, height: 900 } });

    test('the map draws every département, overseas and Corsica inside the drawing, with legend classes of equal count', async ({ page }) => {
      await spreadFigures(page);
      await page.goto('/carte');
      await expect(page.locator('body[data-map-ready="satisfaction"]')).toBeAttached();
      const svg = page.locator('#map svg');
      const frame = await svg.boundingBox();
      for (const code of [...OVERSEAS, '2A', '2B']) {
        const path = page.locator(`#map path[data-code="${code}"]`);
        await expect(path).toBeVisible();
        const box = await path.boundingBox();
        expect(
          box && frame && box.x >= frame.x && box.y >= frame.y && box.x + box.width <= frame.x + frame.width && box.y + box.height <= frame.y + frame.height,
          code,
        ).toBe(true);
        const { shape, view } = await boxes(page, code);
        // Inside the viewBox, clear of its edge by more than the focus outline's width.
        expect(shape.x, code).toBeGreaterThan(view.x + 2);
        expect(shape.y, code).toBeGreaterThan(view.y + 2);
        expect(shape.x + shape.width, code).toBeLessThan(view.x + view.width - 2);
        expect(shape.y + shape.height, code).toBeLessThan(view.y + view.height - 2);
      }
      for (const name of ['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte']) await expect(svg.locator('text', { hasText: name })).toBeVisible();
      await expect(page.locator('#map path[data-code]')).toHaveCount(101);

      // Classes of equal count: increasing bounds, about 98 / 5 départements each, the method named.
      await expect(page.locator('#legend-method')).toContainText('classes de même effectif (quantiles)');
      const classes = await page.locator('#legend li[data-min]').evaluateAll((items) =>
        items.map((item) => ({
          min: Number((item as HTMLElement).dataset.min),
          max: Number((item as HTMLElement).dataset.max),
          count: Number((item as HTMLElement).dataset.count),
        })),
      );
      expect(classes).toHaveLength(5);
      classes.forEach((item, index) => {
        expect(item.max).toBeGreaterThanOrEqual(item.min);
        if (index > 0) expect(item.min).toBeGreaterThan(classes[index - 1]?.max ?? Infinity);
        expect(Math.abs(item.count - 98 / 5)).toBeLessThanOrEqual(2);
      });
      expect(classes.reduce((sum, item) => sum + item.count, 0)).toBe(98);
      await expect(page.locator('#legend li').last()).toContainText('Données insuffisantes, moins de 5 réponses (3 départements)');
      await expect(page.locator('#map path[data-code="48"]')).toHaveAttribute('fill', 'url(#hatch)');

      // The table: départements only; the collectivities apart; TAAF and Clipperton in neither.
      await expect(page.locator('#table tbody tr')).toHaveCount(101);
      await expect(page.locator('#table-com tbody tr')).toHaveCount(6);
      await expect(page.locator('#table tr[data-code="973"]').getByRole('link', { name: 'Guyane' })).toHaveAttribute(
        'href',
        /\/tableau-de-bord\/departement(:|%3A)973$/,
      );
      await expect(page.locator('#table, #table-com').getByText(/Clipperton|Terres australes/)).toHaveCount(0);

      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
    });

    test('the audits layer: each département’s audit score out of 10, hatched under 3 audits, the audits counted in the table', async ({ page }) => {
      await spreadAudits(page);
      await page.goto('/carte');
      await expect(page.locator('body[data-map-ready="satisfaction"]')).toBeAttached();
      await page.getByLabel('Audits mystères (note /10)').check();
      await expect(page.locator('body[data-map-ready="audits"]')).toBeAttached();
      const reply = (await (await page.request.get('/v1/map?metric=audits')).json()) as { data: { metric: string; unit: string } };
      expect(reply.data).toMatchObject({ metric: 'audits', unit: 'mystery audits’ overall score out of 10' });
      await expect(page.locator('#legend li').last()).toContainText('Données insuffisantes, moins de 3 audits (4 départements)');
      await expect(page.locator('#metric-note')).toContainText('n’est affichée qu’à partir de 3 audits');
      await expect(page.locator('#map path[data-code="48"]')).toHaveAttribute('fill', 'url(#hatch)');
      await expect(page.locator('#map path[data-code="75"]')).not.toHaveAttribute('fill', 'url(#hatch)');
      await expect(page.locator('#table .value-head')).toHaveText('Audits mystères (note /10)');
      await expect(page.locator('#table .count-head')).toHaveText('Audits');
      // Guyane is hatched, yet in the table: « données insuffisantes » and its two audits.
      await expect(page.locator('#table tr[data-code="973"] td')).toHaveText(['973', 'données insuffisantes', '2']);
      const legend = await page.locator('#legend li[data-min]').allTextContents();
      expect(legend.length).toBeGreaterThan(1);
      for (const line of legend) expect(line).toMatch(/^(de )?\d,\d\/10( à \d,\d\/10)? \(\d+ départements?\)$/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
    });

    test('a département shows its figures and leads to its dashboard', async ({ page }) => {
      await spreadFigures(page);
      await page.goto('/carte');
      await expect(page.locator('body[data-map-ready="satisfaction"]')).toBeAttached();
      const hint = page.locator('#map-hint');
      const panel = page.locator('#region-detail');
      const corse = page.locator('#map path[data-code="2B"]');
      const dashboard = /\/tableau-de-bord\/departement(:|%3A)2B$/;
      if (phone) {
        await expect(hint).toContainText('Touchez un département');
        await expect(hint).not.toContainText('Survolez');
        // First tap: the figures, in view, with the link; a second tap opens the dashboard.
        await corse.tap();
        await expect(panel).toContainText('Haute-Corse (2B)');
        await expect(panel).toBeInViewport();
        await expect(panel.getByRole('link', { name: 'Voir son tableau de bord' })).toHaveAttribute('href', dashboard);
        await expect(panel.getByRole('link', { name: 'Voir son tableau de bord' })).toBeInViewport();
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        expect(await axeViolations(page)).toEqual([]);
        await corse.tap();
        await page.waitForURL(dashboard);
      } else {
        await expect(hint).toContainText('Survolez ou parcourez au clavier');
        await page.locator('#map path[data-code="972"]').hover();
        await expect(panel).toContainText('Martinique (972)');
        await corse.focus();
        await expect(panel).toContainText('Haute-Corse (2B)');
        await expect(panel.getByRole('link', { name: 'Voir son tableau de bord' })).toHaveAttribute('href', dashboard);
        await page.keyboard.press('Enter');
        await page.waitForURL(dashboard);
        await page.goBack();
        await expect(page.locator('body[data-map-ready="satisfaction"]')).toBeAttached();
        await page.locator('#map path[data-code="974"]').click();
        await page.waitForURL(/\/tableau-de-bord\/departement(:|%3A)974$/);
      }
    });
  });
}
