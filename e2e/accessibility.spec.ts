/**
 * What RGAA / WCAG 2.1 AA asks beyond axe-core's rules: reflow at 320 CSS px (what 400 % zoom of a
 * 1280 px window leaves, so 200 % is covered), targets of at least 44 px, forced colours and
 * reduced motion.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, fixture } from './support.js';

/** Interactive elements of the widget smaller than 44 × 44 CSS px (their clickable box). */
async function smallTargets(widget: Locator): Promise<string[]> {
  return widget.evaluate((element) =>
    [...(element.shadowRoot?.querySelectorAll('button, select, textarea, label.option') ?? [])].flatMap((target) => {
      const box = target.getBoundingClientRect();
      return box.width > 0 && (box.width < 44 || box.height < 44) ? [`${target.textContent?.trim() || target.tagName} ${box.width}×${box.height}`] : [];
    }),
  );
}

async function overflows(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

test.describe('at 320 CSS px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('every step reflows without horizontal scrolling, with targets of at least 44 px', async ({ page }) => {
    await page.goto(fixture('plain', { territory: 'commune:39028' }));
    const widget = page.locator('barometre-citoyen');
    await expect(widget.getByRole('button', { name: 'Très bien' })).toBeVisible();
    expect(await overflows(page)).toBe(false);
    expect(await smallTargets(widget)).toEqual([]);

    await widget.getByRole('button', { name: 'Très bien' }).click();
    await expect(widget.getByRole('button', { name: 'Continuer' })).toBeVisible();
    expect(await overflows(page)).toBe(false);
    expect(await smallTargets(widget)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await widget.getByRole('button', { name: 'Continuer' }).click();
    await expect(widget.getByRole('button', { name: 'Envoyer mon avis' })).toBeVisible();
    expect(await overflows(page)).toBe(false);
    expect(await smallTargets(widget)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the button mode’s dialog fits the screen and scrolls inside', async ({ page }) => {
    await page.goto(fixture('button', { territory: 'commune:39031' }));
    const widget = page.locator('barometre-citoyen');
    await widget.getByRole('button', { name: 'Donnez votre avis' }).click();
    const dialog = widget.getByRole('dialog');
    const box = await dialog.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
    expect(await smallTargets(widget)).toEqual([]);
  });
});

test('forced colours: choices keep a visible border and a chosen level stands out', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(fixture('plain', { territory: 'commune:39034' }));
  const widget = page.locator('barometre-citoyen');
  const choice = widget.getByRole('button', { name: 'Très bien' });
  expect(await choice.evaluate((button) => getComputedStyle(button).borderTopStyle)).toBe('solid');
  await choice.click();
  const group = widget.getByRole('group', { name: 'Accueil et courtoisie' });
  await group.getByRole('radio', { name: '4 – Satisfait' }).check();
  const background = (name: string) =>
    group.getByRole('radio', { name }).evaluate((input) => getComputedStyle(input.nextElementSibling as Element).backgroundColor);
  const unchecked = await background('3 – Moyennement satisfait');
  await expect.poll(() => background('4 – Satisfait')).not.toBe(unchecked);
});

test('reduced motion: no transition at all; otherwise a short one', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(fixture('plain'));
  const choice = page.locator('barometre-citoyen').getByRole('button', { name: 'Moyen' });
  expect(await choice.evaluate((button) => getComputedStyle(button).transitionDuration)).toBe('0s');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await choice.evaluate((button) => getComputedStyle(button).transitionDuration)).not.toBe('0s');
});
