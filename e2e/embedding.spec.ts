/**
 * The widget on other people's pages: cross-origin, under hostile CSS, a strict CSP, the State
 * design system, loaded twice, and on the hosted page the kit's QR codes point to.
 */
import { expect, test, type Page } from '@playwright/test';
import { BASE_URL, FIXTURES_URL, axeViolations, fixture, recordEvents, results } from './support.js';

/** Page errors and console errors, collected from the moment the page opens. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

test('embedded from another origin, the first tap is counted and the details update the same answer', async ({ page, request }) => {
  const territory = 'commune:39001';
  const before = await results(request, territory);
  await page.goto(fixture('plain', { territory }));
  expect(new URL(page.url()).origin).toBe(FIXTURES_URL);
  expect(FIXTURES_URL).not.toBe(BASE_URL);
  const events = await recordEvents(page);
  const widget = page.locator('barometre-citoyen');

  await widget.getByRole('button', { name: 'Moyen' }).click();
  await expect.poll(async () => (await events()).filter((event) => event.type === 'barometre-sent').length).toBe(1);
  // A citizen who leaves now still counts.
  expect((await results(request, territory)).answers).toBe(before.answers + 1);

  await widget.getByRole('group', { name: 'Temps d’attente' }).getByRole('radio', { name: '2 – Insatisfait' }).check();
  await widget.getByRole('button', { name: 'Continuer' }).click();
  await expect
    .poll(async () => (await events()).filter((event) => event.type === 'barometre-sent').map((event) => event.detail.status))
    .toEqual(['accepted', 'updated']);
  const after = await results(request, territory);
  expect(after.answers).toBe(before.answers + 1);
  expect(after.criteria.attente.n).toBe(before.criteria.attente.n + 1);
  const types = (await events()).map((event) => event.type);
  expect(types.filter((type) => type === 'barometre-submit')).toHaveLength(2);
  expect(types).toContain('barometre-queued');
});

test('hostile global CSS does not break the widget, and the widget changes nothing outside itself', async ({ page }) => {
  // Hold the widget back until the host page's own styles are measured.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`${BASE_URL}/widget.js`, async (route) => {
    await held;
    await route.continue();
  });
  // Module scripts hold DOMContentLoaded back: wait for the page's own content and styles instead.
  await page.goto(fixture('hostile'), { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelector('#host-button') !== null && document.styleSheets.length > 0);
  const hostStyles = () =>
    page.evaluate(() =>
      ['#host-text', '#host-button', 'h1'].map((selector) => {
        const style = getComputedStyle(document.querySelector(selector) as Element);
        return [style.fontSize, style.fontFamily, style.color, style.display, style.margin, style.textTransform].join('|');
      }),
    );
  const beforeWidget = await hostStyles();
  const sheetsBefore = await page.evaluate(() => document.styleSheets.length + document.adoptedStyleSheets.length);
  release();

  const widget = page.locator('barometre-citoyen');
  const overall = widget.getByRole('button', { name: 'Très bien' });
  await expect(overall).toBeAttached();
  expect(await hostStyles()).toEqual(beforeWidget);
  expect(await page.evaluate(() => document.styleSheets.length + document.adoptedStyleSheets.length)).toBe(sheetsBefore);

  // Inside, the page's rules do not apply: readable size, own font, no forced uppercase or colour.
  const inside = await widget.locator('h2').evaluate((heading) => {
    const style = getComputedStyle(heading);
    return { fontSize: parseFloat(style.fontSize), transform: style.textTransform, color: style.color, family: style.fontFamily, spacing: style.letterSpacing };
  });
  expect(inside.fontSize).toBeGreaterThanOrEqual(20);
  expect(inside.transform).toBe('none');
  expect(inside.color).not.toBe('rgb(255, 0, 255)');
  expect(inside.family).not.toContain('Comic');
  expect(inside.spacing).toBe('normal');
  // The choices are visible, at least 44 px high, and work.
  const box = await widget.locator('button.choice').first().boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
  await overall.click();
  await expect(widget.getByText('Votre réponse est enregistrée')).toBeVisible();
});

test('under a strict Content-Security-Policy the widget works without a single violation', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const response = await page.goto(fixture('csp', { territory: 'commune:39004' }));
  expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
  expect(response?.headers()['content-security-policy']).not.toContain('unsafe');
  const events = await recordEvents(page);
  const widget = page.locator('barometre-citoyen');
  // Styles applied (adopted style sheets are allowed by style-src 'self').
  const border = await widget
    .locator('button.choice')
    .first()
    .evaluate((button) => getComputedStyle(button).borderTopWidth);
  expect(border).toBe('2px');
  // The accent attribute reaches the answers through the CSSOM, which the policy allows.
  expect(
    await widget
      .locator('button.choice')
      .first()
      .evaluate((button) => getComputedStyle(button).color),
  ).toBe('rgb(138, 43, 226)');
  await widget.getByRole('button', { name: 'Très bien' }).click();
  await expect.poll(async () => (await events()).find((event) => event.type === 'barometre-sent')?.detail.status).toBe('accepted');
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(errors).toEqual([]);
});

test('on a page styled with the State design system, theme="dsfr" matches it and axe finds nothing', async ({ page }) => {
  await page.goto(fixture('dsfr'));
  const widget = page.locator('barometre-citoyen');
  await expect(widget.getByRole('button', { name: 'Très bien' })).toBeAttached();
  const option = await widget
    .locator('button.choice')
    .first()
    .evaluate((button) => {
      const style = getComputedStyle(button);
      return { radius: style.borderTopLeftRadius, color: style.color };
    });
  const pageButton = await page.locator('#dsfr-button').evaluate((button) => getComputedStyle(button).backgroundColor);
  expect(option.radius).toBe('0px');
  // The DSFR's blue France, on the page's own button and on the widget's choices.
  expect(pageButton).toBe('rgb(0, 0, 145)');
  expect(option.color).toBe('rgb(0, 0, 145)');
  expect(await axeViolations(page)).toEqual([]);
});

test('loading the script twice (and a third time, with a query string) throws nothing', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(fixture('double'));
  const widget = page.locator('barometre-citoyen');
  await expect(widget.getByRole('button', { name: 'Très bien' })).toBeAttached();
  expect(await page.evaluate(() => customElements.get('barometre-citoyen') !== undefined)).toBe(true);
  await expect(widget.locator('fieldset')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('GET /s/:territory shows the survey full-page and records ?src= as the source', async ({ page, request }) => {
  const territory = 'commune:39007';
  // In French whatever the test browser speaks (the page follows its Accept-Language otherwise).
  const response = await page.goto(`${BASE_URL}/s/${territory}?src=affiche-a4&lang=fr`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('heading', { level: 1 })).toHaveText((await results(request, territory)).territory.name);
  const events = await recordEvents(page);
  const widget = page.locator('barometre-citoyen');
  await expect(widget).toHaveAttribute('source', 'affiche-a4');
  await widget.getByLabel('Quel service avez-vous contacté ?').selectOption('mairie');
  await widget.getByRole('button', { name: 'Très bien' }).click();
  await expect.poll(async () => (await events()).find((event) => event.type === 'barometre-sent')?.detail.status).toBe('accepted');
  const submitted = (await events()).find((event) => event.type === 'barometre-submit')?.detail as { answer?: { source?: string } };
  expect(submitted.answer?.source).toBe('affiche-a4');
  expect(await axeViolations(page)).toEqual([]);

  const unknown = await request.get(`${BASE_URL}/s/commune:00000`);
  expect(unknown.status()).toBe(404);
  expect(await unknown.text()).toContain('Collectivité inconnue');
  const malformed = await request.get(`${BASE_URL}/s/${territory}?src=${encodeURIComponent('<script>')}`);
  expect(malformed.status()).toBe(400);
  const text = await malformed.text();
  expect(text).not.toContain('<script>');
  expect(text).toContain(`href="/s/${territory}"`);
});

test('a territory id the server does not know shows a configuration error instead of thanking the citizen', async ({ page }) => {
  const logged: string[] = [];
  page.on('console', (message) => logged.push(`${message.type()}: ${message.text()}`));
  await page.goto(fixture('plain', { territory: 'commune:99999' }));
  const widget = page.locator('barometre-citoyen');
  await widget.getByRole('button', { name: 'Très bien' }).click();
  await expect(widget.getByRole('alert')).toHaveText('Ce questionnaire est mal configuré (attribut « territory »).');
  await expect(widget.getByText('Votre réponse est enregistrée')).toHaveCount(0);
  expect(logged.some((line) => line.startsWith('error: <barometre-citoyen>: the server refused the answer (unknown_territory)'))).toBe(true);
});

test('an accent too light to read on white is ignored, with a warning', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(fixture('plain', { territory: 'commune:39004' }));
  const widget = page.locator('barometre-citoyen');
  await widget.evaluate((element) => element.setAttribute('accent', '#ffff33'));
  await expect.poll(() => warnings.join('\n')).toContain('accent="#ffff33" is ignored');
  expect(
    await widget
      .locator('button.choice')
      .first()
      .evaluate((button) => getComputedStyle(button).color),
  ).toBe('rgb(0, 0, 145)');
  await widget.evaluate((element) => element.setAttribute('accent', '#8a2be2'));
  await expect
    .poll(() =>
      widget
        .locator('button.choice')
        .first()
        .evaluate((button) => getComputedStyle(button).color),
    )
    .toBe('rgb(138, 43, 226)');
});
