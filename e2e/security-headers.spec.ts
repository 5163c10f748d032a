/**
 * The security headers of demo/public/_headers and of the Worker, seen by Chromium: every demo page
 * carries its Content-Security-Policy and works under it without a single violation (the kit's
 * WebAssembly and blob: previews, the widget's adopted style sheets, the dashboard's charts), while
 * the scripts towns embed keep CORS and get no policy that would get in the way of embedding.
 */
import { expect, test, type Page } from '@playwright/test';
import { KIT_ASSETS } from '../survey/sources.js';
import { KIT_PREVIEWS_DRAWN } from './support.js';

/** Violations seen by the page (the event) and by the console (the browser's own report). */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

function expectPageHeaders(headers: Record<string, string>, path: string): void {
  const policy = headers['content-security-policy'] ?? '';
  expect(policy, path).toContain("default-src 'self'");
  expect(policy, path).toContain("frame-ancestors 'self'");
  expect(policy, path).not.toContain('unsafe-inline');
  expect(policy, path).not.toContain("'unsafe-eval'");
  expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
  expect(headers['x-content-type-options'], path).toBe('nosniff');
  expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
}

const PAGES: [string, (page: Page) => Promise<void>][] = [
  ['/', async (page) => expect(page.getByRole('search', { name: 'Trouver une collectivité' })).toBeVisible()],
  ['/demo', async (page) => expect(page.locator('barometre-citoyen').getByRole('button', { name: 'Très bien' }).first()).toBeVisible()],
  [
    '/integrer',
    async (page) => {
      await page.getByLabel('Collectivité (nom, code postal ou code INSEE)').fill('Besançon (commune:25056)');
      await expect(page.locator('#preview barometre-citoyen').getByRole('button').first()).toBeVisible();
    },
  ],
  [
    '/kit?territory=commune:25056',
    async (page) => {
      // resvg's WebAssembly draws the previews, shown as blob: images; a download is a blob: too.
      await expect(page.locator('#previews img')).toHaveCount(KIT_ASSETS.length, KIT_PREVIEWS_DRAWN);
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Télécharger Flyer A5 en PDF' }).click();
      await downloading;
    },
  ],
  ['/inscription', async (page) => expect(page.getByLabel('Votre collectivité')).toBeVisible()],
  ['/espace', async (page) => expect(page.getByRole('button', { name: 'Ouvrir mon espace' })).toBeVisible()],
  ['/equipe', async (page) => expect(page.getByRole('button', { name: 'Ouvrir la console' })).toBeVisible()],
  ['/audit', async (page) => expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible()],
  [
    '/borne#territoire=commune:25056&cle=une-cle-qui-a-la-bonne-forme',
    async (page) => expect(page.locator('barometre-citoyen').getByRole('button', { name: 'Très bien' })).toBeVisible(),
  ],
  ['/tableau-de-bord/commune:25056', async (page) => expect(page.getByRole('heading', { level: 1 })).toHaveText('Besançon')],
  ['/trophee', async (page) => expect(page.locator('barometre-trophee')).toBeAttached()],
  ['/carte', async (page) => expect(page.locator('svg path').first()).toBeAttached()],
  ['/rapport?territoire=commune:25056', async (page) => expect(page.getByLabel('Période', { exact: true })).toBeVisible()],
];

for (const [path, use] of PAGES) {
  test(`${path} carries its policy and works under it without a violation`, async ({ page }) => {
    test.setTimeout(60_000); // the kit's previews may take up to 30 s on a loaded machine
    const violations = await watchPolicy(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expectPageHeaders(await response!.allHeaders(), path);
    await use(page);
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
  });
}

test('the scripts towns embed keep CORS and get no framing rule or policy', async ({ request }) => {
  for (const path of ['/widget.js', '/resultats.js', '/trophee.js', '/widget/versions.json', '/hosted-survey.css']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['access-control-allow-origin'], path).toBe('*');
    expect(headers['content-security-policy'], path).toBeUndefined();
    expect(headers['x-frame-options'], path).toBeUndefined();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
  }
});

test('the API and the hosted survey answer with the Worker’s headers', async ({ request }) => {
  const api = await request.get('/v1/health');
  expect(api.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(api.headers()['x-frame-options']).toBe('DENY');
  const survey = await request.get('/s/commune:25056');
  expect(survey.headers()['content-security-policy']).toContain("script-src 'self'");
  // A town may frame its survey page.
  expect(survey.headers()['x-frame-options']).toBeUndefined();
  expect(survey.headers()['content-security-policy']).not.toContain('frame-ancestors');
});
