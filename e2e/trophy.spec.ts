/**
 * The Trophées as a mayor's office reads them on a desk and a citizen on a phone: homonyms told
 * apart by their département, the progression said in words, the accueil ranking's rows as the API
 * gives them, nothing wider than the screen, axe clean.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { LOCAL_OPERATOR_TOKEN } from '../worker/src/local-defaults.js';
import { AUDIT_GRID_V1, scoreAudit, type AuditChannel, type Observation } from '../survey/audit-grid.js';
import { assignedAuditor, axeViolations } from './support.js';

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

/** One audit of the accueil Trophée, sent by the auditor's app: the first `failed` items of its grid not met. */
const observationsOf = (channel: AuditChannel, failed: number): Record<string, Observation> =>
  Object.fromEntries(
    AUDIT_GRID_V1[channel].map((item, index) => [item.id, index < failed ? (item.kind === 'fact' ? 'non' : item.max) : item.kind === 'fact' ? 'oui' : 0]),
  );

async function audit(request: APIRequestContext, token: string, territory: string, channel: AuditChannel, failed: number): Promise<void> {
  const observations = observationsOf(channel, failed);
  const response = await request.post('/v1/audits', {
    headers: { ...CLIENT, authorization: `Bearer ${token}` },
    data: { id: crypto.randomUUID(), grid: 'v1', territory, service: 'mairie', channel, observedAt: new Date(Date.now() - 60_000).toISOString(), observations },
  });
  expect(response.status(), await response.text()).toBe(201);
}

/** The accueil Trophée's audits: five for Saint-Denis (93) on two channels, six for La Réunion's, each missing items of its own. */
const AUDITS: [string, AuditChannel, number][] = [
  ...Array.from({ length: 3 }, (): [string, AuditChannel, number] => [SEINE_SAINT_DENIS, 'accueil-physique', 1]),
  ...Array.from({ length: 2 }, (): [string, AuditChannel, number] => [SEINE_SAINT_DENIS, 'telephone', 2]),
  ...Array.from({ length: 3 }, (): [string, AuditChannel, number] => [REUNION, 'courriel', 0]),
  ...Array.from({ length: 3 }, (): [string, AuditChannel, number] => [REUNION, 'site-internet', 3]),
];

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
  // The team makes an auditor and adds its lines to this year's campaign; the auditor sends the audits.
  const lines = [...new Set(AUDITS.map(([territory, channel]) => `${territory} ${channel}`))].map((key) => {
    const [territory = '', channel] = key.split(' ');
    return { territory, service: 'mairie' as const, channel: channel as AuditChannel };
  });
  const { token } = await assignedAuditor(request, new Date().getFullYear(), lines, 'Dominique Auditrice');
  for (const [territory, channel, failed] of AUDITS) await audit(request, token, territory, channel, failed);
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

    test('the Trophée de la qualité de l’accueil: the API’s rows, the citizens’ score beside, its status, nothing wider than the screen', async ({
      page,
      request,
    }) => {
      const api = (
        (await (await request.get(`/v1/rankings/accueil?category=${CATEGORY}&limit=50`)).json()) as {
          data: {
            status: string;
            territories: {
              territory: { id: string; name: string; departement: string };
              rank: number;
              score: number;
              audits: number;
              channels: number;
              citizens: number | null;
            }[];
          };
        }
      ).data;
      expect(api.status).toBe('provisional');
      // The audits' means, worked out from the grid as the Worker does: each audit's score in hundredths, their mean to the hundredth.
      const expected = (territory: string) => {
        const mine = AUDITS.filter(([id]) => id === territory);
        const centi = mine.reduce((sum, [, channel, failed]) => sum + Math.round((scoreAudit(channel, observationsOf(channel, failed)).overall ?? 0) * 100), 0);
        return { audits: mine.length, channels: 2, score: Math.round(centi / mine.length) / 100 };
      };
      for (const territory of [SEINE_SAINT_DENIS, REUNION])
        expect(api.territories.find((entry) => entry.territory.id === territory)).toMatchObject(expected(territory));
      await page.goto(`/trophee?category=${CATEGORY}&territory=${SEINE_SAINT_DENIS}`);
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Trophée de la consultation citoyenne', 'Trophée de la qualité de l’accueil']);
      const accueil = page.locator('#accueil');
      await expect(accueil).toHaveAttribute('data-loaded', `${CATEGORY} ${new Date().getFullYear()}`);
      await expect(accueil.locator('[data-status="provisional"]')).toHaveText(
        'Classement provisoire\u202f: il évolue avec chaque audit jusqu’à la fin de l’année.',
      );
      const rows = await accueil
        .locator('tbody tr[data-territory]')
        .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-territory'), ...[...tr.querySelectorAll('td, th')].map((cell) => cell.textContent)]));
      const french = (value: number) => value.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      expect(rows).toEqual(
        api.territories.map((entry) => [
          entry.territory.id,
          String(entry.rank),
          `${entry.territory.name} (${entry.territory.departement})${entry.territory.id === SEINE_SAINT_DENIS ? ' (votre collectivité)' : ''}`,
          french(entry.score),
          String(entry.audits),
          String(entry.channels),
          entry.citizens === null ? 'données insuffisantes' : french(entry.citizens),
          'nouvelle au classement',
        ]),
      );
      await expect(accueil.locator(`tr[data-territory="${SEINE_SAINT_DENIS}"]`)).toHaveAttribute('aria-current', 'true');
      await expect(accueil.locator(`tr[data-territory="${SEINE_SAINT_DENIS}"] th`)).toHaveText('Saint-Denis (93) (votre collectivité)');
      await expect(accueil.locator(`tr[data-territory="${REUNION}"] th`)).toHaveText('Saint-Denis (974)');
      // The citizens' overall score of the year, out of 10, beside the audits' (all « Très bien » here).
      await expect(accueil.locator(`tr[data-territory="${REUNION}"] td.citizens`)).toHaveText('10,00');
      await expect(accueil.locator('#accueil-progression-note')).toContainText('«\u202fStable\u202f»\u202f: moins de 0,10\u202fpoint d’écart');
      await page.getByText('Comment ce trophée est attribué').click();
      await expect(page.getByText('au moins 5 audits sur au moins 2 canaux différents')).toBeVisible();
      const widths = await page.evaluate(() => {
        const table = document.querySelector('#accueil table');
        return {
          viewport: document.documentElement.clientWidth,
          page: document.documentElement.scrollWidth,
          tableBox: table?.getBoundingClientRect().right ?? Infinity,
          table: table?.scrollWidth ?? Infinity,
          container: document.querySelector('#accueil')?.clientWidth ?? 0,
        };
      });
      expect(widths.page).toBeLessThanOrEqual(widths.viewport);
      expect(widths.tableBox).toBeLessThanOrEqual(widths.viewport);
      expect(widths.table).toBeLessThanOrEqual(widths.container);
      for (const cell of await accueil.locator(`tr[data-territory="${SEINE_SAINT_DENIS}"]`).locator('td, th').all()) {
        const box = await cell.boundingBox();
        expect(box && box.x + box.width).toBeLessThanOrEqual(widths.viewport);
      }
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
