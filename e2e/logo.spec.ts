/**
 * A territory's logo: sent from its space (`/espace`), refused there in French when it is too
 * heavy, of another type or not the image it claims to be, then shown beside the territory's name
 * on the hosted survey page, on a phone's width, and removed again.
 */
import { expect, test, type Page } from '@playwright/test';
import { LOCAL_OPERATOR_TOKEN } from '../worker/src/local-defaults.js';
import { axeViolations } from './support.js';

const TERRITORY = 'commune:39306';
const NAME = 'Macornay';
const CLIENT = { 'x-forwarded-for': '198.51.100.36' };
/** A wide logo, with a script that must never run (an <img> runs none, and the logo's policy neither). */
const SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 80" width="240" height="80">
  <script>parent.document.title = 'pwned'</script>
  <rect width="240" height="80" rx="8" fill="#000091"/>
  <path d="M20 60 L40 20 L60 60 Z" fill="#fff"/>
  <text x="74" y="52" font-family="sans-serif" font-size="30" font-weight="700" fill="#fff">Macornay</text>
</svg>`;

const naturalWidth = (page: Page, selector: string) => page.locator(selector).evaluate((image: HTMLImageElement) => image.naturalWidth);

test.use({ viewport: { width: 390, height: 844 }, locale: 'fr-FR', extraHTTPHeaders: CLIENT });

test('a territory sends its logo from its space, and the hosted survey page shows it beside its name at 390 px', async ({ page, request }) => {
  const claimed = await request.post('/v1/territories', { data: { territory: TERRITORY, contact: 'mairie@example.fr' }, headers: CLIENT });
  expect(claimed.status()).toBe(201);
  const { adminToken, claim } = ((await claimed.json()) as { data: { adminToken: string; claim: string } }).data;
  await request.post(`/v1/registrations/${claim}/approve`, { headers: { authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}` } });

  await page.goto('/espace');
  await page.getByLabel('Votre collectivité').fill(TERRITORY);
  await page.locator('#sign-in').getByLabel('Code d’accès').fill(adminToken);
  await page.getByRole('button', { name: 'Ouvrir mon espace' }).click();
  const panel = page.locator('#logo-panel');
  await expect(panel.getByText('Aucun logo pour l’instant.')).toBeVisible();
  await expect(panel.getByText('PNG, JPEG, WebP ou SVG, 200 Ko au plus.', { exact: false })).toBeVisible();
  const field = page.getByLabel('Fichier du logo');
  await expect(field).toHaveAttribute('accept', /image\/svg\+xml/);
  const send = page.getByRole('button', { name: 'Envoyer le logo' });
  const error = page.locator('#logo-error');

  // Refused in the browser, before anything is sent: too heavy, another type.
  await field.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.alloc(300 * 1024) });
  await expect(error).toHaveText('Ce fichier pèse 300 Ko : le logo doit peser 200 Ko au plus. Enregistrez-le en plus petit (ou en SVG), puis réessayez.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.setInputFiles({ name: 'logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
  await expect(error).toHaveText('Ce fichier n’est pas une image PNG, JPEG, WebP ou SVG. Choisissez le logo dans l’un de ces formats.');
  // Refused by the server, which reads the bytes: a « PNG » that is not one.
  await field.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('pas une image') });
  await expect(error).toHaveText('');
  await send.click();
  await expect(error).toHaveText('Le contenu de ce fichier n’est pas une image PNG, JPEG, WebP ou SVG valide (ou ne correspond pas à son extension).');

  await field.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(SVG) });
  await send.click();
  await expect(page.locator('#logo-status')).toContainText('Logo enregistré.');
  await expect(error).toHaveText('');
  await expect(page.getByRole('img', { name: `Logo actuel de ${NAME}` })).toBeVisible();
  expect(await naturalWidth(page, '#logo-image')).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Retirer le logo' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/logo-espace-390.png' });
  await panel.screenshot({ path: 'test-results/screenshots/logo-espace-panel-390.png' });

  // The hosted page: the logo beside the name, at most 4em (64 px) high, within the phone's width.
  await page.goto(`/s/${TERRITORY}`);
  const logo = page.getByRole('img', { name: `Logo de ${NAME}` });
  await expect(logo).toBeVisible();
  await expect.poll(() => naturalWidth(page, 'img.logo')).toBeGreaterThan(0);
  const box = await logo.boundingBox();
  const heading = await page.getByRole('heading', { level: 1, name: NAME }).boundingBox();
  expect(box && heading).toBeTruthy();
  if (box && heading) {
    expect(box.height).toBeLessThanOrEqual(64.5);
    expect(box.height).toBeGreaterThan(30);
    expect(box.x + box.width).toBeLessThanOrEqual(heading.x);
    expect(heading.x + heading.width).toBeLessThanOrEqual(390);
    expect(Math.abs(box.y + box.height / 2 - (heading.y + heading.height / 2))).toBeLessThan(4);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await page.title()).toBe(`Votre avis — ${NAME}`);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/logo-hosted-390.png' });
  await page.goto(`/s/${TERRITORY}?lang=ar`);
  await expect(page.getByRole('img', { name: `شعار ${NAME}` })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/logo-hosted-ar-390.png' });

  // Removed from the space: the hosted page shows the name alone.
  await page.goto('/espace');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Retirer le logo' }).click();
  await expect(page.locator('#logo-status')).toHaveText('Logo retiré.');
  await expect(panel.getByText('Aucun logo pour l’instant.')).toBeVisible();
  const hosted = await request.get(`/s/${TERRITORY}`);
  expect(await hosted.text()).not.toContain('<img');
});
