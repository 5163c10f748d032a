/**
 * One navigation on every page of the barometer (demo/site-header.ts, put in at build time): the
 * same links in the same order, the current page marked for assistive technologies, usable at a
 * phone's width, with no error from HTML_CodeSniffer, the second accessibility engine, and French
 * typography that never breaks a « ? » or a « 1 000 » apart.
 */
import { expect, test } from '@playwright/test';
import { SITE_PAGES } from '../demo/site-header.js';
import { axeViolations, htmlcsErrors, typographyErrors } from './support.js';

const PAGES = [
  { path: '/', current: undefined },
  { path: '/trophee', current: 'Trophée' },
  { path: '/carte', current: 'Carte' },
  { path: '/kit.html', current: 'Kit de communication' },
  { path: '/integrer', current: 'Intégrer le questionnaire' },
  { path: '/inscription', current: 'Inscrire ma collectivité' },
  { path: '/espace', current: 'Espace collectivité' },
  { path: '/equipe', current: undefined },
  { path: '/audit', current: undefined },
  { path: '/tableau-de-bord/commune:25056', current: undefined },
  { path: '/rapport?territoire=commune:25056', current: undefined },
];

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('every page has the same navigation, marks where the reader is, and logs no error', async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (message) => void (message.type() === 'error' && errors.push(`${page.url()}: ${message.text()}`)));
      page.on('pageerror', (error) => void errors.push(`${page.url()}: ${error.message}`));
      for (const { path, current } of PAGES) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        const nav = page.getByRole('navigation', { name: 'Pages du baromètre' });
        await expect(nav.getByRole('link')).toHaveText(SITE_PAGES.map((entry) => entry.label));
        const marked = nav.locator('[aria-current="page"]');
        if (current) await expect(marked).toHaveText(current);
        else await expect(marked).toHaveCount(0);
        await expect(page.getByRole('link', { name: 'Baromètre citoyen' })).toHaveAttribute('href', '/');
        // The skip link leads to the page's main content.
        await expect(page.locator('a.skip')).toHaveAttribute('href', '#contenu');
        await expect(page.locator('main#contenu')).toHaveCount(1);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
        // A second engine beside axe, on every page: it catches what axe does not (a form with no submit button, H32).
        expect(await htmlcsErrors(page), path).toEqual([]);
        // French typography: no « ? », « : » or « 1 000 » a phone could break apart (survey/typography.ts).
        expect(await typographyErrors(page), path).toEqual([]);
      }
      expect(errors).toEqual([]);
      await page.goto('/kit.html');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
