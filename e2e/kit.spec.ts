/**
 * The kit page in Chromium: choose a territory by searching its name, see every asset, download the
 * ZIP, and check what it holds — and that the browser drew exactly what the CLI draws.
 */
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import pixelmatch from 'pixelmatch';
import { KIT_ASSETS, kitFileName } from '../survey/sources.js';
import '../survey/reference-data.js';
import { findTerritory } from '../survey/territory-directory.js';
import type { Territory } from '../survey/results.js';
import { drawKit } from '../kit/src/kit.js';
import { rasterizeNode } from '../kit/src/render/png-node.js';
import { decodePng, kitFonts, readQr } from '../kit/test/kit-fixtures.js';
import { axeViolations, BASE_URL, KIT_PREVIEWS_DRAWN } from './support.js';

test('a communication officer finds the town, previews every asset and downloads the whole kit', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/kit.html');
  await page.getByLabel('Collectivité (nom, code postal ou code INSEE)').fill('besan');
  await expect(page.locator('#territory-options option').first()).toHaveAttribute('value', 'Besançon (commune:25056)');
  await page.getByLabel('Collectivité (nom, code postal ou code INSEE)').fill('Besançon (commune:25056)');
  await expect(page.locator('#previews img')).toHaveCount(KIT_ASSETS.length, KIT_PREVIEWS_DRAWN);
  await expect(page.getByRole('status')).toHaveText(`Aperçu de ${KIT_ASSETS.length} supports pour Besançon.`);
  expect(await axeViolations(page)).toEqual([]);

  // The preview the browser drew is the picture the CLI draws for the same kit.
  const territory = findTerritory('commune:25056') as Territory;
  const node = drawKit({ territory, color: '#000091', language: 'fr', baseUrl: BASE_URL }, kitFonts());
  for (const id of ['affiche-a4', 'banniere-300x250', 'story-1080x1920']) {
    const browserPng = await page
      .locator(`#previews img[data-asset="${id}"]`)
      .evaluate(async (image: HTMLImageElement) => Array.from(new Uint8Array(await (await fetch(image.src)).arrayBuffer())));
    const browser = decodePng(Uint8Array.from(browserPng));
    const reference = decodePng(rasterizeNode(node.find((built) => built.asset.id === id)?.svg ?? '', 360) as Uint8Array);
    expect([browser.width, browser.height]).toEqual([reference.width, reference.height]);
    const different = pixelmatch(browser.rgba, reference.rgba, undefined, browser.width, browser.height, { threshold: 0.1 });
    expect(different / (browser.width * browser.height), id).toBeLessThanOrEqual(0.005);
  }

  // A colour no text reads on is refused on the spot.
  await page.getByLabel('Couleur de la collectivité').fill('#7a7a7a');
  await expect(page.locator('#color-check')).toContainText('ne permet pas un texte lisible');
  await expect(page.getByRole('button', { name: 'Télécharger le kit complet (ZIP)' })).toBeDisabled();
  await page.getByLabel('Couleur de la collectivité').fill('#18753c');
  await expect(page.locator('#color-check')).toContainText('Texte blanc');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le kit complet (ZIP)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('kit-commune-25056-fr.zip');
  await expect(page.getByRole('status')).toContainText('Kit prêt');
  const zip = unzipSync(readFileSync(await download.path()));
  const expected = KIT_ASSETS.flatMap((asset) => asset.formats.map((format) => kitFileName(asset.id, format)));
  expect(Object.keys(zip).sort()).toEqual([...expected, 'README.md'].sort());
  for (const asset of KIT_ASSETS.filter((candidate) => candidate.formats.includes('png') && candidate.family === 'poster')) {
    expect(readQr(zip[`${asset.id}.png`] as Uint8Array), asset.id).toBe(`${BASE_URL}/s/commune:25056?src=${asset.id}`);
  }
  // Finished size A3, with 3 mm bleed all round and no crop marks unless asked.
  const a3 = (await PDFDocument.load(zip['affiche-a3.pdf'] as Uint8Array)).getPage(0);
  expect([a3.getTrimBox().width, a3.getTrimBox().height].map((points) => Math.round((points * 25.4) / 72))).toEqual([297, 420]);
  expect([a3.getMediaBox().width, a3.getMediaBox().height].map((points) => Math.round((points * 25.4) / 72))).toEqual([303, 426]);
  const readme = new TextDecoder().decode(zip['README.md']);
  expect(readme).toContain('### Bulletin municipal');
  expect(readme).toContain('Besançon');
  // Each banner's HTML, parsed by the browser: a link with the banner's source around its 2× image at its 1× size.
  for (const asset of KIT_ASSETS.filter((candidate) => candidate.formats.includes('html'))) {
    const html = new TextDecoder().decode(zip[`${asset.id}.html`]);
    const parsed = await page.evaluate((source) => {
      const body = new DOMParser().parseFromString(source, 'text/html').body;
      const link = body.querySelector('a');
      const image = link?.querySelector('img');
      return {
        links: body.querySelectorAll('a').length,
        href: link?.getAttribute('href'),
        src: image?.getAttribute('src'),
        alt: image?.getAttribute('alt'),
        size: [image?.getAttribute('width'), image?.getAttribute('height')],
      };
    }, html);
    expect(parsed.links, asset.id).toBe(1);
    expect(new URL(parsed.href ?? '').searchParams.get('src'), asset.id).toBe(asset.id);
    expect(parsed.href, asset.id).toBe(`${BASE_URL}/s/commune:25056?src=${asset.id}`);
    expect(parsed.src, asset.id).toBe(`${asset.id}@2x.png`);
    expect(parsed.alt, asset.id).toContain('Besançon');
    expect(parsed.size, asset.id).toEqual([String(asset.width), String(asset.height)]);
    expect(zip[`${asset.id}@2x.png`], asset.id).toBeDefined();
  }
});

test('a webmaster copies a banner’s HTML from the page: a link that counts that banner’s clicks', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/kit.html?territory=commune:25056');
  await expect(page.locator('#previews img')).toHaveCount(KIT_ASSETS.length, KIT_PREVIEWS_DRAWN);
  // Screen assets offer their 2× PNG; the banners and the signature their HTML, and only they.
  await expect(page.getByRole('button', { name: 'Télécharger Story 1080 × 1920 en PNG 2×' })).toBeVisible();
  await expect(page.locator('code[data-snippet]')).toHaveCount(KIT_ASSETS.filter((asset) => asset.formats.includes('html')).length);
  await page.getByRole('button', { name: 'Copier le code HTML de Bannière web 728 × 90' }).click();
  await expect(page.getByText('Code copié')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('code[data-snippet="banniere-728x90"]').textContent());
  const parsed = await page.evaluate((source) => {
    const link = new DOMParser().parseFromString(source, 'text/html').body.querySelector('a');
    return { href: link?.href, src: link?.querySelector('img')?.getAttribute('src') };
  }, copied);
  expect(new URL(parsed.href ?? '').searchParams.get('src')).toBe('banniere-728x90');
  expect(new URL(parsed.href ?? '').pathname).toBe('/s/commune:25056');
  expect(parsed.src).toBe('banniere-728x90@2x.png');
  expect(await axeViolations(page)).toEqual([]);
});

test('one asset downloads on its own, in its format; the crop marks box adds marks to the PDFs', async ({ page }) => {
  await page.goto('/kit.html?territory=commune:25056');
  await expect(page.locator('#previews img')).toHaveCount(KIT_ASSETS.length, KIT_PREVIEWS_DRAWN);
  const mm = (points: number) => Math.round((points * 25.4) / 72);
  for (const [cropMarks, mediaWidth] of [
    [false, 154],
    [true, 168],
  ] as const) {
    await page.getByLabel('Traits de coupe').setChecked(cropMarks);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger Flyer A5 en PDF' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('flyer-a5.pdf');
    const flyer = await PDFDocument.load(readFileSync(await download.path()));
    // Two-sided, finished size A5, 3 mm bleed, and 7 mm more on each side for the marks when asked.
    expect(flyer.getPageCount()).toBe(2);
    expect([mm(flyer.getPage(0).getTrimBox().width), mm(flyer.getPage(0).getTrimBox().height)]).toEqual([148, 210]);
    expect(mm(flyer.getPage(0).getBleedBox().width)).toBe(154);
    expect(mm(flyer.getPage(0).getMediaBox().width), `crop marks ${cropMarks}`).toBe(mediaWidth);
  }
});

test('a logo is checked before use: a broken file is refused, a good one appears on every asset', async ({ page }) => {
  await page.goto('/kit.html?territory=commune:25056');
  await expect(page.locator('#previews img')).toHaveCount(KIT_ASSETS.length, KIT_PREVIEWS_DRAWN);
  const before = await page.locator('#previews img[data-asset="affiche-a4"]').getAttribute('src');
  await page.getByLabel('Logo (PNG ou SVG, facultatif)').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('pas une image') });
  await expect(page.locator('#logo-error')).toHaveText('Ce logo ne peut pas être utilisé\u202f: notes.txt doit être un fichier PNG ou SVG lisible.');
  await page.getByLabel('Logo (PNG ou SVG, facultatif)').setInputFiles('kit/test/logo.svg');
  await expect(page.locator('#logo-error')).toBeHidden();
  await expect(page.locator('#previews img[data-asset="affiche-a4"]')).not.toHaveAttribute('src', before ?? '');
  // The logo's red is on the poster now. The previews may be redrawn more than once (the refused
  // file, then the logo): read the current picture until the last drawing is in.
  const red = () =>
    page.locator('#previews img[data-asset="affiche-a4"]').evaluate(async (image: HTMLImageElement) => {
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: image.naturalWidth, height: image.naturalHeight });
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let index = 0; index < data.length; index += 4)
        if ((data[index] ?? 0) > 180 && (data[index + 1] ?? 0) < 60 && (data[index + 2] ?? 0) < 60) count += 1;
      return count;
    });
  await expect.poll(red, KIT_PREVIEWS_DRAWN).toBeGreaterThan(100);
});

test('the results given back: refused under the threshold, then a poster and an image once the figures are published', async ({ page, request }) => {
  test.setTimeout(60_000);
  // A commune no other test answers for: its figures are known.
  const territory = 'commune:39050';
  const place = findTerritory(territory) as Territory;
  await page.goto(`/kit.html?territory=${territory}`);
  await expect(page.locator('#previews img')).toHaveCount(KIT_ASSETS.length, KIT_PREVIEWS_DRAWN);
  // A year ago, nobody answered for it: nothing published, nothing drawn.
  const month = new Date().toISOString().slice(0, 7);
  const yearAgo = `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
  await page.getByLabel('Premier mois').selectOption(yearAgo);
  await page.getByLabel('Dernier mois').selectOption(yearAgo);
  await page.getByRole('button', { name: 'Fabriquer l’affiche et l’image des résultats' }).click();
  await expect(page.locator('#results-status')).toContainText('Pas assez de réponses');
  await expect(page.locator('#results-files li')).toHaveCount(0);
  await page.getByLabel('Premier mois').selectOption(month);
  await page.getByLabel('Dernier mois').selectOption(month);

  // Six answers from six people this month (more on a retry): the figures are published, and drawn.
  for (let person = 0; person < 6; person += 1) {
    const answer = { id: crypto.randomUUID(), questionnaire: 'v1', territory, service: 'mairie', overall: 'tres-bien', criteria: { accueil: 5 } };
    const sent = await request.post('/v1/responses', { data: { answers: [answer] }, headers: { 'x-forwarded-for': `203.0.113.${60 + person}` } });
    expect(sent.status()).toBe(200);
  }
  await page.getByRole('button', { name: 'Fabriquer l’affiche et l’image des résultats' }).click();
  await expect(page.locator('#results-status')).toContainText(`L’affiche et l’image des résultats de ${place.name} sont prêtes`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger : Affiche des résultats A4 (PDF)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`affiche-resultats-${month}-${month}.pdf`);
  const pdf = await PDFDocument.load(readFileSync((await download.path()) ?? ''));
  expect(pdf.getPageCount()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
});

test('a kit in Arabic: previews drawn right to left as the CLI draws them, links that open the survey in Arabic', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/kit.html?territory=commune:25056');
  await page.getByLabel('Collectivité (nom, code postal ou code INSEE)').fill('Besançon (commune:25056)');
  await expect(page.locator('#previews img')).toHaveCount(KIT_ASSETS.length, KIT_PREVIEWS_DRAWN);
  const first = await page.locator('#previews img[data-asset="affiche-a4"]').getAttribute('src');
  await page.getByLabel('Langue des supports').selectOption('ar');
  await expect(page.locator('#previews img[data-asset="affiche-a4"]')).not.toHaveAttribute('src', first ?? '');
  await expect(page.locator('#previews img')).toHaveCount(KIT_ASSETS.length, KIT_PREVIEWS_DRAWN);
  expect(await axeViolations(page)).toEqual([]);

  // resvg in the browser shapes and orders the Arabic as resvg in Node does.
  const territory = findTerritory('commune:25056') as Territory;
  const node = drawKit({ territory, color: '#000091', language: 'ar', baseUrl: BASE_URL }, kitFonts());
  for (const id of ['affiche-a4', 'social-1200x630', 'banniere-728x90']) {
    const image = page.locator(`#previews img[data-asset="${id}"]`);
    await expect(image).toHaveAttribute('alt', /[\u0600-\u06ff]/);
    const browserPng = await image.evaluate(async (element: HTMLImageElement) => Array.from(new Uint8Array(await (await fetch(element.src)).arrayBuffer())));
    const browser = decodePng(Uint8Array.from(browserPng));
    const reference = decodePng(rasterizeNode(node.find((built) => built.asset.id === id)?.svg ?? '', browser.width) as Uint8Array);
    expect([browser.width, browser.height]).toEqual([reference.width, reference.height]);
    const different = pixelmatch(browser.rgba, reference.rgba, undefined, browser.width, browser.height, { threshold: 0.1 });
    expect(different / (browser.width * browser.height), id).toBeLessThanOrEqual(0.005);
  }

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le kit complet (ZIP)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('kit-commune-25056-ar.zip');
  const zip = unzipSync(readFileSync(await download.path()));
  expect(readQr(zip['affiche-a4.png'] as Uint8Array)).toBe(`${BASE_URL}/s/commune:25056?src=affiche-a4&lang=ar`);
  const readme = new TextDecoder().decode(zip['README.md']);
  expect(readme).toMatch(/[\u0600-\u06ff]/);
  expect(readme).toContain('lang=ar');
});
