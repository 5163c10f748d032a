/**
 * Every language, every step: the right strings, the right direction, only that language's strings
 * downloaded, and zero axe-core violations (WCAG 2.1 A and AA).
 */
import { expect, test, type Page } from '@playwright/test';
import { strings as ar } from '../widget/src/locales/ar.js';
import { strings as de } from '../widget/src/locales/de.js';
import { strings as en } from '../widget/src/locales/en.js';
import { strings as es } from '../widget/src/locales/es.js';
import { strings as falc } from '../widget/src/locales/fr-falc.js';
import { fr } from '../widget/src/locales/fr.js';
import { strings as it } from '../widget/src/locales/it.js';
import type { LocaleStrings } from '../widget/src/locales/strings.js';
import { strings as pt } from '../widget/src/locales/pt.js';
import { groupedServices } from '../survey/questionnaire.js';
import { axeViolations, BASE_URL, fixture, recordEvents } from './support.js';

const LANGUAGES: [tag: string, strings: LocaleStrings, dir: 'ltr' | 'rtl', contentLang: string][] = [
  ['fr', fr, 'ltr', 'fr'],
  ['en', en, 'ltr', 'en'],
  ['es', es, 'ltr', 'es'],
  ['de', de, 'ltr', 'de'],
  ['it', it, 'ltr', 'it'],
  ['pt', pt, 'ltr', 'pt'],
  ['ar', ar, 'rtl', 'ar'],
  ['fr-falc', falc, 'ltr', 'fr'],
];
const LOCALE_CHUNK = /\/widget\/chunks\/(en|es|de|it|pt|ar|fr-falc)-[\w-]+\.js$/;

function localeChunksRequested(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const match = LOCALE_CHUNK.exec(new URL(request.url()).pathname);
    if (match?.[1]) requested.push(match[1]);
  });
  return requested;
}

for (const [tag, t, dir, contentLang] of LANGUAGES) {
  test(`${tag}: every step in ${tag}, ${dir}, and no axe-core violation`, async ({ page }) => {
    const chunks = localeChunksRequested(page);
    // The page declares the language (a lang attribute on the element is tested below).
    await page.goto(fixture('plain', { lang: tag, territory: 'commune:39016' }));
    const widget = page.locator('barometre-citoyen');
    await expect(widget.getByRole('heading', { name: t.title })).toBeVisible();
    const root = widget.locator('.root');
    await expect(root).toHaveAttribute('dir', dir);
    await expect(root).toHaveAttribute('lang', contentLang);
    expect(await axeViolations(page), 'step 1').toEqual([]);

    await widget.getByRole('button', { name: t.overall.levels['tres-bien'] }).click();
    const accueil = widget.getByRole('group', { name: t.criteria.labels.accueil });
    await expect(accueil).toBeVisible();
    expect(await axeViolations(page), 'step 2').toEqual([]);

    // The scale keeps its meaning: 1 is « very dissatisfied » and 5 « very satisfied », in reading order.
    const one = accueil.getByRole('radio', { name: `1 – ${t.criteria.levels[1]}` });
    const five = accueil.getByRole('radio', { name: `5 – ${t.criteria.levels[5]}` });
    const [oneBox, fiveBox] = [await one.locator('..').boundingBox(), await five.locator('..').boundingBox()];
    if (dir === 'rtl') expect(oneBox?.x).toBeGreaterThan(fiveBox?.x ?? Infinity);
    else expect(oneBox?.x).toBeLessThan(fiveBox?.x ?? -Infinity);

    await five.check();
    await widget.getByRole('button', { name: t.next }).click();
    await expect(widget.getByLabel(t.comment.label)).toBeVisible();
    expect(await axeViolations(page), 'step 3').toEqual([]);
    await widget.getByRole('button', { name: t.submit }).click();
    await expect(widget.getByRole('heading', { name: t.thanks.title })).toBeFocused();
    await expect(widget.getByRole('link', { name: t.thanks.results })).toHaveAttribute('href', /\/tableau-de-bord\/commune%3A/);
    expect(await axeViolations(page), 'step 4').toEqual([]);

    // Only this language's strings came over the network (French is in the entry).
    expect(chunks).toEqual(tag === 'fr' ? [] : [tag]);
  });
}

test('the lang attribute wins over the page, the page over the browser; unknown languages fall back', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  // The page says Dutch, which the widget does not speak: the browser's Spanish is next.
  await page.goto(fixture('plain', { lang: 'nl' }));
  const widget = page.locator('barometre-citoyen');
  await expect(widget.getByRole('heading', { name: es.title })).toBeVisible();
  // The attribute, set by the webmaster, wins; changing it switches language in place.
  await widget.evaluate((element) => element.setAttribute('lang', 'de'));
  await expect(widget.getByRole('heading', { name: de.title })).toBeVisible();
  await widget.evaluate((element) => element.setAttribute('lang', 'fr-x-falc'));
  await expect(widget.getByRole('heading', { name: falc.title })).toBeVisible();
  await context.close();
});

test('on a right-to-left page the survey reads right to left, in Arabic, with no axe-core violation', async ({ page }) => {
  await page.goto(fixture('rtl'));
  const widget = page.locator('barometre-citoyen');
  await expect(widget.getByRole('heading', { name: ar.title })).toBeVisible();
  await expect(widget.locator('.root')).toHaveAttribute('dir', 'rtl');
  // The frame starts at the right edge of its column, as the page's own text does.
  const [frame, heading] = [await widget.locator('.base').boundingBox(), await page.locator('h1').boundingBox()];
  expect(Math.abs((frame?.x ?? 0) + (frame?.width ?? 0) - ((heading?.x ?? 0) + (heading?.width ?? 0)))).toBeLessThan(2);
  const choices = await widget.locator('button.choice').evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().x));
  // « ليس جيدًا » (not well) first, at the right; « جيد جدًا » (very well) last, at the left.
  expect(choices).toEqual([...choices].sort((a, b) => b - a));
  expect(await axeViolations(page)).toEqual([]);
});

for (const [tag, t, territory] of [
  ['fr', fr, 'commune:39052'],
  ['ar', ar, 'commune:39053'],
] as const) {
  test(`${tag}: the service question lists the services in their groups; one of the State's or social security's is chosen and sent`, async ({ page }) => {
    // The hosted page asks for the service (no service attribute).
    await page.goto(`${BASE_URL}/s/${territory}?lang=${tag}`);
    const widget = page.locator('barometre-citoyen');
    const select = widget.getByLabel(t.service.label);
    await expect(select).toBeVisible();
    const shown = await select
      .locator('optgroup')
      .evaluateAll((groups) =>
        groups.map((group) => [(group as HTMLOptGroupElement).label, [...group.querySelectorAll('option')].map((option) => [option.value, option.text])]),
      );
    expect(shown).toEqual(
      groupedServices().map(({ group, services }) => [t.service.groups[group], services.map((service) => [service, t.service.options[service]])]),
    );

    const events = await recordEvents(page);
    await select.selectOption({ label: t.service.options.caf });
    await expect(select).toHaveValue('caf');
    await widget.getByRole('button', { name: t.overall.levels['tres-bien'] }).click();
    await expect.poll(async () => (await events()).find((event) => event.type === 'barometre-sent')?.detail.status).toBe('accepted');
    const submitted = (await events()).find((event) => event.type === 'barometre-submit')?.detail as { answer?: { service?: string } };
    expect(submitted.answer?.service).toBe('caf');
    expect(await axeViolations(page)).toEqual([]);
  });
}
