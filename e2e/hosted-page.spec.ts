/**
 * The hosted survey page (`/s/:territory`), the target of the kit's QR codes, as a citizen reads it
 * on a phone: in their language from end to end (`?lang=`, else the browser's, else French), with
 * a language switcher, the service rated named, the link to the territory's results, the legal
 * pages, preview tags for shared links, and the three overall answers on one line at 360 px in
 * every language.
 */
import { expect, test } from '@playwright/test';
import { LANGUAGE_NAMES, SURVEY_LANGUAGES } from '../survey/languages.js';
import { axeViolations, htmlcsErrors, typographyErrors } from './support.js';

const TERRITORY = 'commune:25056';

test.describe('in French, on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });

  test('the page speaks French, names the service, links to the results, the legal pages and the other languages', async ({ page, request }) => {
    await page.goto(`/s/${TERRITORY}?src=affiche-a4&service=etat-civil`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page).toHaveTitle('Votre avis — Besançon');
    const survey = page.locator('barometre-citoyen');
    await expect(survey.locator('.rated')).toHaveText('Service évalué\u202f: État civil');
    await expect(page.getByRole('link', { name: 'Les résultats de Besançon' })).toHaveAttribute('href', '/tableau-de-bord/commune%3A25056');

    // The switcher: folded, each language named in itself, the current one marked.
    const switcher = page.getByRole('navigation', { name: 'Langue' });
    await switcher.getByText('Langue\u202f: Français').click();
    await expect(switcher.getByRole('link')).toHaveText(SURVEY_LANGUAGES.map((language) => LANGUAGE_NAMES[language]));
    await expect(switcher.getByRole('link', { name: 'Français', exact: true })).toHaveAttribute('aria-current', 'true');
    await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute('href', `/s/${TERRITORY}?src=affiche-a4&service=etat-civil&lang=en`);
    expect(await axeViolations(page)).toEqual([]);
    expect(await htmlcsErrors(page)).toEqual([]);
    expect(await typographyErrors(page)).toEqual([]);

    // Preview tags for a shared link, with an image that exists.
    const og = async (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
    expect(await og('og:title')).toBe('Votre avis — Besançon');
    expect(await og('og:description')).toContain('Besançon');
    const image = await request.get((await og('og:image')) ?? '');
    expect(image.headers()['content-type']).toBe('image/png');
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');

    for (const [name, heading] of [
      ['Mentions légales', 'Mentions légales'],
      ['Données personnelles', 'Données personnelles'],
      ['Accessibilité\u202f: non conforme', 'Déclaration d’accessibilité'],
    ] as const) {
      await page.goto(`/s/${TERRITORY}`);
      await page.getByRole('contentinfo').getByRole('link', { name }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      expect(await axeViolations(page), heading).toEqual([]);
      expect(await htmlcsErrors(page), heading).toEqual([]);
      expect(await typographyErrors(page), heading).toEqual([]);
    }
  });
});

test.describe('in Arabic, from the browser’s languages', () => {
  test.use({ viewport: { width: 390, height: 844 }, locale: 'ar' });

  test('the whole page reads right to left in Arabic; ?lang= overrides the browser', async ({ page }) => {
    await page.goto(`/s/${TERRITORY}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page).toHaveTitle('رأيك — Besançon');
    await expect(page.locator('barometre-citoyen').getByRole('button', { name: 'جيد جدًا' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`/s/${TERRITORY}?lang=en`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('barometre-citoyen').getByRole('button', { name: 'Very well' })).toBeVisible();
  });
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the three overall answers share one line in every language', async ({ page }) => {
    for (const language of SURVEY_LANGUAGES) {
      await page.goto(`/s/${TERRITORY}?lang=${language}`);
      const choices = page.locator('barometre-citoyen').locator('button.choice');
      await expect(choices).toHaveCount(3);
      const tops = await choices.evaluateAll((buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().top)));
      expect(new Set(tops).size, language).toBe(1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, language).toBeLessThanOrEqual(0);
    }
  });

  test('the criteria step is about half its old 1,333 px, one row per criterion, the scale’s ends labelled, here and at 1280 px', async ({ page }) => {
    for (const [width, language] of [360, 1280].flatMap((width) => SURVEY_LANGUAGES.map((language) => [width, language] as const))) {
      await page.setViewportSize({ width, height: 740 });
      await page.goto(`/s/${TERRITORY}?lang=${language}&service=mairie`);
      const widget = page.locator('barometre-citoyen');
      await widget.locator('button.choice').first().click();
      await expect(widget.locator('fieldset')).toHaveCount(5);
      // The whole step, frame included: 1,333 px before, five rows of numbers each with « Non concerné » below.
      const step = await widget.locator('.base').boundingBox();
      if (width === 360) expect(step?.height, language).toBeLessThanOrEqual(740);
      // « Non concerné » is on the row of the five levels, one tap away.
      const rows = await widget
        .locator('fieldset .scale')
        .evaluateAll((scales) =>
          scales.map((scale) => new Set([...scale.querySelectorAll('span')].map((span) => Math.round(span.getBoundingClientRect().top))).size),
        );
      expect(rows, `${language} at ${width} px`).toEqual([1, 1, 1, 1, 1]);
      // Set apart, not hidden: a dashed border in the accent colour, as visible as the levels' solid one.
      const borders = await widget.evaluate((element) =>
        [...(element.shadowRoot?.querySelectorAll('fieldset .option span') ?? [])].slice(4, 6).map((span) => {
          const style = getComputedStyle(span);
          return `${style.borderTopStyle} ${style.borderTopColor}`;
        }),
      );
      expect(borders, `${language} at ${width} px`).toEqual(['solid rgb(0, 0, 145)', 'dashed rgb(0, 0, 145)']);
      // The meaning of 1 and 5 over their columns: the first label starts with 1's box, the last ends with 5's.
      const ends = await widget.evaluate((element) => {
        const root = element.shadowRoot;
        const labels = [...(root?.querySelectorAll('.scale-ends .ends span') ?? [])].map((span) => span.getBoundingClientRect());
        const levels = [...(root?.querySelectorAll('fieldset .scale') ?? [])][0]?.querySelectorAll('.option span');
        const [one, five] = [levels?.[0]?.getBoundingClientRect(), levels?.[4]?.getBoundingClientRect()];
        const rtl = getComputedStyle(root?.querySelector('.root') ?? element).direction === 'rtl';
        const edge = (box: DOMRect | undefined, side: 'start' | 'end') => ((side === 'start') !== rtl ? box?.left : box?.right) ?? NaN;
        return [edge(labels[0], 'start') - edge(one, 'start'), edge(labels[1], 'end') - edge(five, 'end')].map((gap) => Math.abs(Math.round(gap)));
      });
      expect(ends, `${language} at ${width} px`).toEqual([0, 0]);
    }
  });
});
