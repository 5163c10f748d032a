/**
 * The Trophée as a mayor's office reads it on a desk and a citizen on a phone: homonyms told apart
 * by their département, the progression said in words, nothing wider than the screen, axe clean.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { LOCAL_OPERATOR_TOKEN } from '../worker/src/local-defaults.js';
import { axeViolations } from './support.js';

/** Two communes named Saint-Denis, both over 100,000 inhabitants: no other browser test writes for them. */
const SEINE_SAINT_DENIS = 'commune:93066';
const REUNION = 'commune:97411';
const CATEGORY = 'communes-plus-de-100000';
const LAST_YEAR = new Date().getFullYear() - 1;
/** Each connection may make five claims a day: this file claims from an address of its own. */
const CLIENT = { 'x-forwarded-for': '198.51.100.90' };
const operator = { ...CLIENT, authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}` };

test.use({ extraHTTPHeaders: CLIENT });
test.describe.configure({ mode: 'serial' });

const answers = (territory: string, count: number) =>
  Array.from({ length: count }, () => ({
    id: crypto.randomUUID(),
    questionnaire: 'v1',
    territory,
    service: 'mairie',
    channel: 'guichet',
    overall: 'tres-bien',
    criteria: { accueil: 5, attente: 4 },
    source: 'site',
  }));

/** Respondents through the local seeding route, where each answer is its own respondent. */
async function seed(request: APIRequestContext, territory: string, count: number, at: number): Promise<void> {
  expect((await request.post('/v1/dev/seed', { headers: CLIENT, data: { at, answers: answers(territory, count) } })).status()).toBe(200);
}

/** A candidate: its claim, approved by the barometer's team. */
async function approve(request: APIRequestContext, territory: string): Promise<void> {
  const claimed = await request.post('/v1/territories', { headers: CLIENT, data: { territory, contact: 'communication@example.fr' } });
  expect(claimed.status()).toBe(201);
  const { claim } = ((await claimed.json()) as { data: { claim: string } }).data;
  expect((await request.post(`/v1/registrations/${claim}/approve`, { headers: operator })).status()).toBe(200);
}

test.beforeAll(async ({ request }) => {
  // Seine-Saint-Denis (149,077 inhabitants) climbs from 20 to 120 respondents: +0.67 per 1,000, « en hausse ».
  // La Réunion's (155,634) from 30 to 40: +0.06, « stable ».
  for (const [territory, now, before] of [
    [SEINE_SAINT_DENIS, 120, 20],
    [REUNION, 40, 30],
  ] as const) {
    await approve(request, territory);
    await seed(request, territory, now, Date.now());
    await seed(request, territory, before, Date.UTC(LAST_YEAR, 5, 15));
  }
  // The ledgers push their summaries to D1 a couple of seconds after a write.
  await expect
    .poll(
      async () => {
        const body = (await (await request.get(`/v1/rankings/participation?category=${CATEGORY}`)).json()) as {
          data: { territories: { territory: { id: string }; previous: unknown }[] };
        };
        return body.data.territories.filter((entry) => [SEINE_SAINT_DENIS, REUNION].includes(entry.territory.id) && entry.previous !== null).length;
      },
      { timeout: 20_000 },
    )
    .toBe(2);
});

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('homonyms carry their département, the progression is in words, nothing is wider than the screen', async ({ page }) => {
      await page.goto(`/trophee?category=${CATEGORY}`);
      const ranking = page.locator('barometre-trophee');
      const row = (territory: string) => ranking.locator(`tr[data-territory="${territory}"]`);
      await expect(row(SEINE_SAINT_DENIS).getByRole('rowheader')).toHaveText('Saint-Denis (93)');
      await expect(row(REUNION).getByRole('rowheader')).toHaveText('Saint-Denis (974)');
      await expect(row(SEINE_SAINT_DENIS).locator('td.progression')).toContainText('en hausse de 0,7\u202fpoint');
      await expect(row(REUNION).locator('td.progression')).toContainText('stable (+0,1\u202fpoint)');
      await expect(ranking.locator('#progression-note')).toContainText('«\u202fStable\u202f»\u202f: moins de 0,5\u202fpoint d’écart');
      // Every figure visible, none behind a scroll: the page, the element and its table all fit.
      const widths = await page.evaluate(() => {
        const element = document.querySelector('barometre-trophee');
        const table = element?.shadowRoot?.querySelector('table');
        return {
          viewport: document.documentElement.clientWidth,
          page: document.documentElement.scrollWidth,
          element: element?.scrollWidth ?? Infinity,
          elementBox: element?.getBoundingClientRect().right ?? Infinity,
          table: table?.scrollWidth ?? Infinity,
          tableBox: table?.getBoundingClientRect().right ?? Infinity,
        };
      });
      expect(widths.page).toBeLessThanOrEqual(widths.viewport);
      expect(widths.elementBox).toBeLessThanOrEqual(widths.viewport);
      expect(widths.tableBox).toBeLessThanOrEqual(widths.viewport);
      expect(widths.table).toBeLessThanOrEqual(widths.element);
      // Each figure sits inside the screen, whichever layout the width chose.
      for (const cell of await row(SEINE_SAINT_DENIS).locator('td, th').all()) {
        const box = await cell.boundingBox();
        expect(box && box.x + box.width).toBeLessThanOrEqual(widths.viewport);
      }
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
