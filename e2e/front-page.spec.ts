/**
 * The barometer's front page (`/`): what it is, the territory search that leads to a territory's
 * dashboard, the nation's figures as the API gives them, and where to go next; the sample town's
 * site moved to `/demo`.
 */
import { expect, test } from '@playwright/test';
import type { BenchmarksReply } from '../survey/benchmarks.js';
import { count, percent, score } from '../widget/src/results/format.js';
import { axeViolations } from './support.js';

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('the front page says what the barometer is, shows the nation’s figures and finds a territory', async ({ page, request }) => {
      const errors: string[] = [];
      page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Baromètre citoyen');
      await expect(page.locator('.lead')).toContainText('chaque collectivité voit gratuitement ses résultats');

      // The nation's figures are the API's, formatted; below 5 answers, « Données insuffisantes ».
      const { national, period } = ((await (await request.get('/v1/benchmarks')).json()) as BenchmarksReply).data;
      const overall = national.indicators['overall'];
      await expect(page.locator('#national-year')).toHaveText(String(period.year));
      await expect(page.locator('#national-answers')).toHaveText(count(national.answers));
      await expect(page.locator('#national-score')).toHaveText(overall && !overall.suppressed ? score(overall.score) : 'Données insuffisantes');
      await expect(page.locator('#national-rate')).toHaveText(overall && !overall.suppressed ? percent(overall.rate) : 'Données insuffisantes');

      for (const [name, href] of [
        ['Le Trophée de la consultation citoyenne', '/trophee'],
        ['La carte nationale', '/carte'],
        ['Le kit de communication', '/kit.html'],
        ['Intégrer le questionnaire', '/integrer'],
        ['Inscrire ma collectivité', '/inscription'],
        ['Un exemple', '/demo'],
      ] as const)
        await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);

      const search = page.getByRole('search', { name: 'Trouver une collectivité' });
      // A postcode finds its commune as its INSEE code does.
      await search.getByLabel(/Nom, code postal ou code INSEE/).fill('25000');
      await expect(search.locator('datalist option').first()).toHaveAttribute('value', 'Besançon (commune:25056)');
      await search.getByLabel(/Nom, code postal ou code INSEE/).fill('25056');
      await expect(search.locator('datalist option[value="Besançon (commune:25056)"]')).toHaveCount(1);
      await search.getByLabel(/Nom, code postal ou code INSEE/).fill('Besançon (commune:25056)');
      await search.getByRole('button', { name: 'Voir son tableau de bord' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Besançon');
      expect(errors).toEqual([]);
    });
  });
}

test('the sample town’s site, which embeds the survey as a webmaster would, is at /demo', async ({ page }) => {
  await page.goto('/demo');
  await expect(page).toHaveTitle('Ville de Démoville — Mairie');
  await expect(page.locator('barometre-citoyen').getByRole('button', { name: 'Très bien' }).first()).toBeVisible();
});
