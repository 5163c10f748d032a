/**
 * Mystery audits beside the citizens (issue 20), in Chromium against audits sent through the API:
 * the dashboard's « Audits mystères et avis des usagers » and `<barometre-resultats>` show the
 * API's audit figures and the citizens' of the same year, with the verdict survey/audit-comparison.ts
 * gives (compared, not only present), an empty state without audits, nothing extra in the results
 * element then, and pass axe at 1280 and 390 px without sideways scrolling.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { AUDIT_GRID_V1, type AuditChannel, type Observation } from '../survey/audit-grid.js';
import { compareAuditsWithCitizens, type AuditComparison } from '../survey/audit-comparison.js';
import type { AuditResults } from '../survey/audits.js';
import { lastTwelveMonths, yearBounds } from '../survey/months.js';
import '../survey/reference-data.js';
import type { Results } from '../survey/results.js';
import { allTerritories } from '../survey/territory-directory.js';
import { assignedAuditor, axeViolations, fixture, typographyErrors } from './support.js';

/** Territoire de Belfort, where no other browser test writes: the figures hold still. */
const [AUDITED, UNAUDITED] = allTerritories()
  .filter((territory) => territory.kind === 'commune' && territory.departement === '90')
  .slice(0, 2)
  .map((territory) => territory.id) as [string, string];
/** The dashboard's year: the year of its default last month. */
const YEAR = Number(lastTwelveMonths(Date.now()).to.slice(0, 4));

// Spaces normalised: the page writes narrow no-break spaces inside « 7,5 / 10 ».
const scoreFr = (value: number) => `${value.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} / 10`;
const text = async (locator: ReturnType<Page['locator']>) => ((await locator.textContent()) ?? '').replace(/[\u202f\u00a0]/g, ' ');

/** Every item of the channel's grid observed: facts « oui » unless listed, measures at `measure`. */
function observations(channel: AuditChannel, failed: string[], measure: number): Record<string, Observation> {
  return Object.fromEntries(
    AUDIT_GRID_V1[channel].map((item) => [
      item.id,
      item.kind === 'measure' ? measure : failed.includes(item.id) ? 'non' : item.allowsNotApplicable ? 'na' : 'oui',
    ]),
  );
}

async function json<T>(request: APIRequestContext, url: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await request.get(url, { headers });
  expect(response.status(), url).toBe(200);
  return ((await response.json()) as { data: T }).data;
}

test.describe.configure({ mode: 'serial' });

let comparison: AuditComparison;
let audits: AuditResults;

test.beforeAll(async ({ request }) => {
  // The citizens: welcome rated low (1 to 5 in turn), efficiency high, every answer its own respondent.
  const answers = Array.from({ length: 10 }, (_, index) => ({
    id: crypto.randomUUID(),
    questionnaire: 'v1',
    territory: AUDITED,
    service: 'mairie',
    channel: 'telephone',
    overall: index % 2 ? 'tres-bien' : 'moyen',
    criteria: { accessibilite: 4, accueil: (index % 5) + 1, attente: 3, efficacite: 5 },
    source: 'site',
  }));
  expect((await request.post('/v1/dev/seed', { data: { at: Date.now(), answers } })).status()).toBe(200);

  const { token } = await assignedAuditor(request, YEAR, [
    { territory: AUDITED, service: 'mairie', channel: 'telephone' },
    { territory: AUDITED, service: 'mairie', channel: 'accueil-physique' },
  ]);

  // Three calls answered well, one visit with a long wait and no badge.
  const sent: [AuditChannel, string[], number][] = [
    ['telephone', [], 2],
    ['telephone', ['presentation'], 3],
    ['telephone', [], 1],
    ['accueil-physique', ['agent-identifiable'], 25],
  ];
  for (const [channel, failed, measure] of sent) {
    const response = await request.post('/v1/audits', {
      headers: { authorization: `Bearer ${token}` },
      data: {
        id: crypto.randomUUID(),
        grid: 'v1',
        territory: AUDITED,
        service: 'mairie',
        channel,
        observedAt: new Date(Date.now() - 60_000).toISOString(),
        observations: observations(channel, failed, measure),
      },
    });
    expect(response.status(), await response.text()).toBe(201);
  }

  audits = await json<AuditResults>(request, `/v1/territories/${AUDITED}/audits?year=${YEAR}`);
  const citizens = await json<Results>(request, `/v1/territories/${AUDITED}/results?${new URLSearchParams({ ...yearBounds(YEAR) })}`);
  comparison = compareAuditsWithCitizens(audits, citizens);
});

test('the audits the API counts are published, and the comparison has a disagreement, an agreement and a criterion it cannot compare', () => {
  expect(audits.audits).toBe(4);
  expect(audits.figures.overall).toMatchObject({ audits: 4, suppressed: false });
  const verdicts = comparison.criteria.map((line) => line.verdict);
  expect(verdicts).toContain('auditors-higher');
  expect(verdicts).toContain('agree');
  // No audit observed online procedures (« non applicable » throughout), and the citizens did not rate them.
  expect(comparison.criteria.find((line) => line.indicator === 'en-ligne')?.verdict).toBe('not-comparable');
});

for (const width of [1280, 390]) {
  test(`at ${width} px, the dashboard’s audit table shows the API’s figures and the comparison’s verdicts, with nothing for axe to flag`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/tableau-de-bord/${AUDITED}`);
    const section = page.locator('#audits');
    await expect(section.locator('table.audits-table')).toBeVisible();
    await expect(page.locator('#audits-year')).toHaveText(String(YEAR));
    expect(await text(page.locator('#audits-note'))).toContain('Moins de 3 audits : non publié');
    for (const line of [comparison.overall, ...comparison.criteria]) {
      const row = section.locator(`tr[data-indicator="${line.indicator}"]`);
      const [auditors, citizens, verdict] = [row.locator('td').nth(0), row.locator('td').nth(1), row.locator('td').nth(2)];
      expect(await text(auditors.locator('.score'))).toBe(line.auditors.score === null ? 'non publié' : scoreFr(line.auditors.score));
      expect(await text(auditors.locator('.basis'))).toBe(`${line.auditors.audits} audit${line.auditors.audits > 1 ? 's' : ''}`);
      expect(await text(citizens.locator('.score'))).toBe(line.citizens.score === null ? 'non publié' : scoreFr(line.citizens.score));
      expect(await text(citizens.locator('.basis'))).toBe(`${line.citizens.n} réponse${line.citizens.n > 1 ? 's' : ''}`);
      await expect(verdict).toHaveAttribute('data-verdict', line.verdict);
      // The verdict in a symbol and words, never colour alone.
      expect(await text(verdict.locator('.words'))).toMatch(/\p{L}/u);
      // The results element above says the same.
      await expect(page.locator(`barometre-resultats figure.audits tr[data-indicator="${line.indicator}"] td.verdict`)).toHaveAttribute(
        'data-verdict',
        line.verdict,
      );
    }
    for (const channel of audits.channels.filter((line) => line.overall.audits > 0)) {
      expect(await text(section.locator(`li[data-channel="${channel.channel}"]`))).toContain(`${channel.overall.audits} audit`);
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(await typographyErrors(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
}

test('a territory without audits that year says so on its dashboard, and its results element shows nothing more', async ({ page }) => {
  await page.goto(`/tableau-de-bord/${UNAUDITED}`);
  await expect(page.locator('#audits-note')).toHaveText(`Aucun audit mystère en ${YEAR} pour cette collectivité.`);
  await expect(page.locator('#audits table')).toHaveCount(0);
  await expect(page.locator('barometre-resultats .tiles')).toBeVisible();
  await expect(page.locator('barometre-resultats figure.audits')).toHaveCount(0);
});

test('on an Arabic, right-to-left host page, the results element and its audits stay French and left to right', async ({ page }) => {
  await page.goto(fixture('results-rtl', { territory: AUDITED }));
  const figure = page.locator('barometre-resultats figure.audits');
  await expect(figure).toBeVisible();
  const root = page.locator('barometre-resultats .root');
  await expect(root).toHaveAttribute('lang', 'fr');
  expect(await root.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
  // The criterion reads first, at the left: the table is not mirrored.
  const [head, verdict] = await Promise.all([
    figure.locator('tr[data-indicator="accueil"] th').boundingBox(),
    figure.locator('tr[data-indicator="accueil"] td.verdict').boundingBox(),
  ]);
  expect(head!.x).toBeLessThan(verdict!.x);
  expect(await axeViolations(page)).toEqual([]);
});
