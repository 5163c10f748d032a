/**
 * The dashboard, the Trophée and the map, in Chromium against figures sent through the API: the
 * pages must show the API's numbers (compared, not only present), follow their filters, and pass
 * axe-core.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { readFileSync } from 'node:fs';
import type { Results } from '../survey/results.js';
import { lastTwelveMonths } from '../survey/months.js';
import { SERVICE_GROUP_LABELS_FR, SERVICE_GROUPS, SERVICE_LABELS_FR } from '../survey/questionnaire.js';
import { ServicesReplySchema } from '../survey/services.js';
import '../survey/reference-data.js';
import { allTerritories } from '../survey/territory-directory.js';
import { LOCAL_OPERATOR_TOKEN } from '../worker/src/local-defaults.js';
import { axeViolations, fixture } from './support.js';

const TOWN = 'commune:39131'; // La Chaux-du-Dombief, 574 inhabitants
const NEIGHBOURS = ['commune:39137', 'commune:39138'] as const;
/** The Trophée test ranks intercommunalités: no other browser test writes for them, so the ranking holds still. */
const EPCIS = ['epci:200026573', 'epci:200069615', 'epci:200010650'] as const;
/** The map test reads Lozère, where no other browser test writes: its figure holds still. */
const LOZERE = allTerritories()
  .filter((territory) => territory.kind === 'commune' && territory.departement === '48')
  .slice(0, 2)
  .map((territory) => territory.id);

// Spaces normalised: the page writes a narrow no-break space before « % ».
const percentFr = (rate: number) => `${Math.round(rate * 100)} %`;
const fr1 = (value: number) => value.toLocaleString('fr-FR', { maximumFractionDigits: 1 });

function answers(territory: string, count: number, overrides: Record<string, unknown> = {}) {
  return Array.from({ length: count }, (_, index) => ({
    id: crypto.randomUUID(),
    questionnaire: 'v1',
    territory,
    service: index % 3 === 0 ? 'bibliotheque' : 'mairie',
    channel: index % 2 === 0 ? 'guichet' : 'telephone',
    overall: index % 4 === 0 ? 'moyen' : 'tres-bien',
    criteria: { accueil: (index % 5) + 1, attente: 4 },
    source: ['site', 'affiche-a4', 'qr'][index % 3],
    ...overrides,
  }));
}

async function results(request: APIRequestContext, query = ''): Promise<Results> {
  const range = lastTwelveMonths(Date.now());
  const response = await request.get(`/v1/territories/${TOWN}/results?from=${range.from}&to=${range.to}${query}`);
  return ((await response.json()) as { data: Results }).data;
}

test.describe.configure({ mode: 'serial' });

/** The Trophée's closed year, published by the team in beforeAll, so its podium has certificates. */
const CLOSED_YEAR = new Date().getFullYear() - 1;
const operator = { authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}` };

/**
 * Respondents for the Trophée: every browser test comes from one address, one respondent a day, so
 * the EPCIs' answers go through the local seeding route, where each answer is its own respondent.
 */
async function seed(request: APIRequestContext, territory: string, count: number, at: number): Promise<void> {
  const response = await request.post('/v1/dev/seed', { data: { at, answers: answers(territory, count) } });
  expect(response.status()).toBe(200);
}

/** A candidate: its claim, approved by the barometer's team. */
async function approve(request: APIRequestContext, territory: string): Promise<void> {
  const claimed = await request.post('/v1/territories', { data: { territory, contact: 'communication@example.fr' } });
  expect(claimed.status()).toBe(201);
  const { claim } = ((await claimed.json()) as { data: { claim: string } }).data;
  expect((await request.post(`/v1/registrations/${claim}/approve`, { headers: operator })).status()).toBe(200);
}

test.beforeAll(async ({ request }) => {
  for (const [territory, count] of [
    [TOWN, 12],
    [NEIGHBOURS[0], 6],
    [NEIGHBOURS[1], 3],
    [LOZERE[0] ?? '', 5],
    [LOZERE[1] ?? '', 2],
  ] as const) {
    const response = await request.post('/v1/responses', { data: { answers: answers(territory, count) } });
    expect(response.status()).toBe(200);
  }
  for (const [territory, count] of [
    [EPCIS[0], 30],
    [EPCIS[1], 26],
    [EPCIS[2], 22],
  ] as const) {
    await approve(request, territory);
    await seed(request, territory, count, Date.now());
    await seed(request, territory, count - 1, Date.UTC(CLOSED_YEAR, 5, 15));
  }
  // The ledgers push their summaries to D1 a couple of seconds after a write.
  await expect
    .poll(
      async () =>
        ((await (await request.get(`/v1/rankings/participation?category=intercommunalites&year=${CLOSED_YEAR}`)).json()) as { data: { total: number } }).data
          .total,
      { timeout: 20_000 },
    )
    .toBe(3);
  await expect
    .poll(async () => ((await (await request.get('/v1/rankings/participation?category=intercommunalites')).json()) as { data: { total: number } }).data.total, {
      timeout: 20_000,
    })
    .toBe(3);
  const published = await request.post(`/v1/trophy/${CLOSED_YEAR}/publish`, { headers: operator, data: {} });
  expect(published.status()).toBe(201);
});

async function openDashboard(page: Page, query = ''): Promise<void> {
  await page.goto(`/tableau-de-bord/${TOWN}${query}`);
  await expect(page.locator('barometre-resultats [data-tile="answers"] dd')).toBeVisible();
}

test('the dashboard shows the API’s figures in its tiles, charts and tables, with nothing for axe to flag', async ({ page, request }) => {
  const api = await results(request);
  await openDashboard(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('La Chaux-du-Dombief');
  const tiles = page.locator('barometre-resultats');
  await expect(tiles.locator('[data-tile="answers"] dd')).toContainText(String(api.answers));
  // Every browser test is one address: twelve answers today are one respondent.
  expect(api.respondents).toBe(1);
  await expect(tiles.locator('[data-tile="participation"] dd')).toContainText((api.participation ?? NaN).toLocaleString('fr-FR', { maximumFractionDigits: 2 }));
  await expect(tiles.locator('[data-tile="score"] dd')).toContainText(`${fr1(api.overall.score ?? NaN)}\u202f/\u202f10`);
  // Seven charts, each drawn on a canvas, each with its table.
  await expect(tiles.locator('canvas')).toHaveCount(7);
  await expect(tiles.locator('figure details table')).toHaveCount(7);
  const criteria = tiles.locator('figure', { hasText: 'Notes sur 10 par critère' });
  await criteria.getByText('Données du graphique').click();
  await expect(
    criteria
      .getByRole('row', { name: /Accueil et courtoisie/ })
      .getByRole('cell')
      .first(),
  ).toHaveText(`${fr1(api.criteria.accueil.score ?? NaN)}\u202f/\u202f10`);
  const sources = tiles.locator('figure', { hasText: 'Réponses par provenance' });
  await sources.getByText('Données du graphique').click();
  await expect(sources.getByRole('row', { name: /Kit : Affiche A4/ }).getByRole('cell')).toHaveText(String(api.breakdown.sources['affiche-a4']));
  await expect(sources.getByRole('row', { name: /Site internet/ }).getByRole('cell')).toHaveText(String(api.breakdown.sources.site));
  // The services compared: each row the API's service, answers and shares of satisfied answers.
  const range = lastTwelveMonths(Date.now());
  const compared = ServicesReplySchema.parse(await (await request.get(`/v1/territories/${TOWN}/services?from=${range.from}&to=${range.to}`)).json()).data;
  expect(compared.services.length).toBeGreaterThan(0);
  const matrix = page.getByRole('table', { name: 'Satisfaits par service' });
  await expect(matrix.locator('tbody tr')).toHaveCount(compared.services.length);
  const shown = await matrix
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].slice(0, 3).map((cell) => (cell.querySelector('.rate') ?? cell).textContent?.replace(/\s+/g, ' ').trim())),
    );
  expect(shown).toEqual(
    compared.services.map((row) => {
      const overall = row.territory.indicators.overall;
      return [
        SERVICE_LABELS_FR[row.service],
        String(row.territory.answers),
        overall.suppressed ? '— données insuffisantes (' + String(overall.n) + ' réponses)' : percentFr(overall.rate ?? NaN),
      ];
    }),
  );
  expect(await axeViolations(page)).toEqual([]);
});

test('filters change the figures, live in the URL, and the back button restores them', async ({ page, request }) => {
  const all = await results(request);
  const library = await results(request, '&service=bibliotheque');
  expect(library.answers).toBeLessThan(all.answers);
  await openDashboard(page);
  const answersTile = page.locator('barometre-resultats [data-tile="answers"] dd');
  await expect(answersTile).toContainText(String(all.answers));
  // The services come in their groups, as the survey lists them.
  const groups = page.locator('select#service optgroup');
  expect(await groups.evaluateAll((found) => found.map((group) => (group as HTMLOptGroupElement).label))).toEqual(
    SERVICE_GROUPS.map((group) => SERVICE_GROUP_LABELS_FR[group]),
  );
  await expect(groups.filter({ has: page.locator('option[value="caf"]') })).toHaveAttribute('label', SERVICE_GROUP_LABELS_FR['protection-sociale']);
  await page.locator('select#service').selectOption('bibliotheque');
  await page.getByRole('button', { name: 'Appliquer' }).click();
  await expect(page).toHaveURL(/service=bibliotheque/);
  await expect(answersTile).toContainText(String(library.answers));
  await expect(page.locator('#download-csv')).toHaveAttribute('href', /results\.csv\?.*service=bibliotheque/);
  await expect(page.locator('#download-indicators')).toHaveAttribute('href', /indicators\.csv\?.*service=bibliotheque/);
  await page.goBack();
  await expect(answersTile).toContainText(String(all.answers));
  await expect(page.locator('select#service')).toHaveValue('');
  // A shared link opens on the same filters.
  await openDashboard(page, '?service=bibliotheque');
  await expect(answersTile).toContainText(String(library.answers));
});

test('a source named like a prototype property shows as its own name under « Réponses par provenance »', async ({ page, request }) => {
  // Guéret: no other browser test writes there. Six answers, over the suppression threshold (the
  // browser tests' server lifts the per-respondent cap, since every test is one address).
  const territory = 'commune:23096';
  for (const one of answers(territory, 6, { source: 'constructor' })) {
    const response = await request.post('/v1/responses', { data: one });
    expect(response.status()).toBe(200);
  }
  const api = ((await (await request.get(`/v1/territories/${territory}/results`)).json()) as { data: Results }).data;
  expect(api.breakdown.sources).toEqual({ constructor: 6 });
  await page.goto(`/tableau-de-bord/${territory}`);
  const dashboard = page.locator('barometre-resultats');
  await expect(dashboard.locator('[data-tile="answers"] dd')).toContainText('6');
  const sources = dashboard.locator('figure', { hasText: 'Réponses par provenance' });
  await expect(sources.locator('canvas')).toHaveAttribute('aria-label', /constructor 6/);
  await sources.getByText('Données du graphique').click();
  await expect(sources.getByRole('row', { name: /^constructor/ }).getByRole('rowheader')).toHaveText('constructor');
  await expect(sources.getByRole('row', { name: /^constructor/ }).getByRole('cell')).toHaveText('6');
  // Nowhere on the page, shadow roots and chart descriptions included, a function's source text.
  const text = await page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const element of document.querySelectorAll('*')) {
      if (element.shadowRoot) parts.push(element.shadowRoot.textContent ?? '');
      for (const attribute of ['aria-label', 'title']) parts.push(element.getAttribute(attribute) ?? '');
    }
    for (const element of document.querySelectorAll('barometre-resultats')) {
      for (const inner of element.shadowRoot?.querySelectorAll('[aria-label]') ?? []) parts.push(inner.getAttribute('aria-label') ?? '');
    }
    return parts.join('\n');
  });
  expect(text).toContain('constructor');
  expect(text).not.toMatch(/function Object|\[native code\]/);
  // The CSV download of the same page answers too, with the raw name as its label.
  const csv = await request.get(`/v1/territories/${territory}/results.csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('constructor;constructor;6');
});

test('the Trophée ranks as the API does, says it is provisional, and highlights the territory from its dashboard', async ({ page, request }) => {
  const [mine] = EPCIS;
  const api = (
    (await (await request.get(`/v1/rankings/participation?category=intercommunalites&territory=${mine}`)).json()) as {
      data: { status: string; territories: { territory: { id: string } }[] };
    }
  ).data;
  expect(api.status).toBe('provisional');
  expect(api.territories).toHaveLength(3);
  await page.goto(`/tableau-de-bord/${mine}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CC Haut-Jura Saint-Claude');
  await page.getByRole('link', { name: 'Trophée' }).click();
  await expect(page).toHaveURL(new RegExp(`category=intercommunalites&territory=${encodeURIComponent(mine)}`));
  const ranking = page.locator('barometre-trophee');
  await expect(ranking.locator('tbody tr[data-territory]')).toHaveCount(3);
  const shown = await ranking.locator('tbody tr[data-territory]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-territory')));
  expect(shown).toEqual(api.territories.map((entry) => entry.territory.id));
  await expect(ranking.locator(`tr[data-territory="${mine}"]`)).toHaveAttribute('aria-current', 'true');
  await expect(ranking.locator('[data-status="provisional"]')).toContainText('Classement provisoire');
  // No certificate for a ranking that may still change.
  await expect(ranking.getByRole('button', { name: /Certificat/ })).toHaveCount(0);
  await page.getByText('Les règles du Trophée').click();
  await expect(page.getByText('Il faut au moins 20 répondants')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a published palmarès gives its podium certificates', async ({ page, request }) => {
  const api = (
    (await (await request.get(`/v1/rankings/participation?category=intercommunalites&year=${CLOSED_YEAR}`)).json()) as {
      data: { status: string; territories: { territory: { id: string; name: string } }[] };
    }
  ).data;
  expect(api.status).toBe('published');
  await page.goto(`/trophee?category=intercommunalites&year=${CLOSED_YEAR}`);
  const ranking = page.locator('barometre-trophee');
  await expect(ranking.locator('[data-status="published"]')).toContainText('Palmarès publié le');
  await expect(ranking.getByRole('button', { name: /Certificat/ })).toHaveCount(3);
  const first = api.territories[0];
  const downloading = page.waitForEvent('download');
  await ranking
    .locator('tbody tr')
    .first()
    .getByRole('button', { name: /Certificat/ })
    .click();
  const download = await downloading;
  const pdf = await PDFDocument.load(readFileSync(await download.path()));
  expect(pdf.getTitle()).toContain(first?.territory.name ?? '?');
  expect([Math.round((pdf.getPage(0).getWidth() * 25.4) / 72), Math.round((pdf.getPage(0).getHeight() * 25.4) / 72)]).toEqual([297, 210]);
  expect(await axeViolations(page)).toEqual([]);
});

test('the map gives every département its figures, by keyboard and in the table', async ({ page, request }) => {
  const year = new Date().getFullYear();
  const regionOf = async () =>
    (
      (await (await request.get(`/v1/map?metric=participation&year=${year}`)).json()) as {
        data: { regions: { code: string; answers: number; value: number | null }[] };
      }
    ).data;
  await expect.poll(async () => (await regionOf()).regions.find((region) => region.code === '48')?.answers, { timeout: 20_000 }).toBe(7);
  const api = await regionOf();
  const lozere = api.regions.find((region) => region.code === '48');
  await page.goto('/carte');
  await expect(page.locator('body[data-map-ready="satisfaction"]')).toBeAttached();
  await page.getByLabel('Participation (répondants pour 1\u202f000 habitants)').check();
  await expect(page.locator('body[data-map-ready="participation"]')).toBeAttached();
  const region = page.locator('#map path[data-code="48"]');
  await expect(region).toHaveAttribute(
    'aria-label',
    `Lozère (48)\u202f: ${(lozere?.value ?? 0).toLocaleString('fr-FR', { maximumFractionDigits: 2 })} répondants pour 1\u202f000 habitants, 7 réponses`,
  );
  await region.focus();
  await expect(page.locator('#region-detail')).toContainText('Lozère (48)');
  // A département without answers is hatched, and says why.
  await page.getByLabel('Satisfaction (part de «\u202fTrès bien\u202f»)').check();
  await expect(page.locator('body[data-map-ready="satisfaction"]')).toBeAttached();
  await expect(page.locator('#map path[data-code="2A"]')).toHaveAttribute('aria-label', /^Corse-du-Sud \(2A\)\u202f: données insuffisantes/u);
  await expect(page.locator('#map path[data-code="2A"]')).toHaveAttribute('fill', 'url(#hatch)');
  await page.getByLabel('Participation (répondants pour 1\u202f000 habitants)').check();
  // The 101 départements; the overseas collectivities in their own table, TAAF and Clipperton in neither.
  await expect(page.locator('#table tbody tr')).toHaveCount(101);
  await expect(page.locator('#table tr[data-code="48"] td').nth(2)).toHaveText('7');
  expect(await axeViolations(page)).toEqual([]);
});

for (const width of [1280, 390]) {
  test(`at ${width} px, a dashboard without a territory, or with one that does not exist, offers the search and asks the API nothing about it`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const asked: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/v1/')) asked.push(url.pathname);
    });
    const response = await page.goto('/tableau-de-bord/commune:99999');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Collectivité introuvable');
    await expect(page.getByText('Aucune collectivité n’a le code commune:99999')).toBeVisible();
    await expect(page.locator('barometre-resultats, #filters, .comments')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/tableau-de-bord');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tableau de bord');
    const search = page.getByRole('search', { name: 'Trouver une collectivité' });
    await search.getByRole('button', { name: 'Voir son tableau de bord' }).click();
    await expect(search.getByRole('alert')).toHaveText('Saisissez le nom, le code postal ou le code INSEE d’une collectivité.');
    // Typing shows the matches (the API's search); a match chosen from the list leads to its dashboard.
    const input = search.getByLabel(/Nom, code postal ou code INSEE/);
    await input.fill('Besan');
    await expect(search.locator('datalist option[value="Besançon (commune:25056)"]')).toHaveCount(1);
    await input.fill('Besançon (commune:25056)');
    await search.getByRole('button', { name: 'Voir son tableau de bord' }).click();
    await expect(page).toHaveURL(/\/tableau-de-bord\/commune%3A25056$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Besançon');
    // Only the known territory's figures were asked for: nothing about commune:99999, no empty id.
    expect(asked.filter((path) => path.includes('99999') || path.includes('//'))).toEqual([]);
  });
}

test('a territory with too few answers sees its first steps, each opened on it, and its answers counted as they arrive', async ({ page, request }) => {
  const territory = 'commune:39401'; // Oussières: no other browser test writes for it
  // The Worker puts the first steps in the page's HTML: they are there before any script runs.
  const html = await (await request.get(`/tableau-de-bord/${territory}`)).text();
  expect(html).toMatch(/<section id="first-steps" class="first-steps" aria-labelledby="first-steps-title"\s*>/);
  await page.clock.install();
  await page.goto(`/tableau-de-bord/${territory}`);
  const steps = page.getByRole('region', { name: 'Les premiers pas' });
  await expect(steps).toBeVisible();
  await expect(steps.locator('#first-count')).toHaveText('Aucune réponse pour l’instant. Les premiers chiffres s’afficheront ici à partir de 5 réponses.');
  await expect(steps.getByRole('link', { name: 'Intégrez le questionnaire à votre site' })).toHaveAttribute('href', '/integrer?territory=commune%3A39401');
  await expect(steps.getByRole('link', { name: 'Imprimez et diffusez le kit de communication' })).toHaveAttribute(
    'href',
    '/kit.html?territory=commune%3A39401',
  );
  await expect(steps.getByRole('link', { name: /\/s\/commune%3A39401$/ })).toHaveAttribute('href', '/s/commune%3A39401');
  expect(await axeViolations(page)).toEqual([]);

  // The first answers are counted on the open page, read again every 30 s.
  await seed(request, territory, 2, Date.now());
  await page.clock.runFor(30_000);
  await expect(steps.locator('#first-count')).toHaveText('2 réponses reçues\u202f: encore 3 et les premiers chiffres s’afficheront ici.');
  await seed(request, territory, 3, Date.now());
  await page.clock.runFor(30_000);
  await expect(steps).toBeHidden();
  await expect(page.locator('barometre-resultats [data-tile="answers"] dd')).toContainText('5');

  // With a filter of the reader's choosing, few answers say nothing about the start: no first steps.
  await page.goto(`/tableau-de-bord/${territory}?service=culture`);
  await expect(page.locator('barometre-resultats [data-tile="answers"] dd')).toContainText('0');
  await expect(steps).toBeHidden();
});

test('a town embeds its results and its Trophée rank on its own site; the survey never loads chart.js', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(fixture('results', { territory: TOWN }));
  await expect(page.locator('barometre-resultats canvas')).toHaveCount(7);
  await expect(page.locator(`barometre-trophee tr[data-territory="${TOWN}"]`)).toHaveAttribute('aria-current', 'true');
  expect(await axeViolations(page)).toEqual([]);
  expect(requested).toContain('/resultats.js');

  const survey: string[] = [];
  page.on('request', (request) => survey.push(new URL(request.url()).pathname));
  await page.goto(fixture('plain'));
  await expect(page.locator('barometre-citoyen').getByRole('button', { name: 'Très bien' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(survey.filter((path) => path.includes('resultats') || path.includes('/elements/') || path.includes('trophee'))).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the dashboard, the Trophée and the map reflow without horizontal scrolling', async ({ page }) => {
    for (const path of [`/tableau-de-bord/${TOWN}`, '/tableau-de-bord/departement:48', `/trophee?category=intercommunalites&territory=${EPCIS[0]}`, '/carte']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('charts far below the screen are drawn as the reader scrolls to them, and all of them before printing', async ({ page }) => {
    await page.addInitScript(() =>
      document.addEventListener('barometre-results-loaded', () => document.documentElement.setAttribute('data-results-loaded', '')),
    );
    await page.goto(`/tableau-de-bord/${TOWN}`);
    await expect(page.locator('html')).toHaveAttribute('data-results-loaded');
    const canvases = page.locator('barometre-resultats canvas');
    await expect(canvases).toHaveCount(7);
    // chart.js sizes a canvas it draws on (its style attribute); a canvas still waiting has none.
    const state = () =>
      canvases.evaluateAll((elements) =>
        elements.map((canvas) => ({ drawn: canvas.hasAttribute('style'), below: canvas.getBoundingClientRect().top - innerHeight })),
      );
    // On a phone the tiles fill the first screen: every chart is further down, none drawn yet.
    expect(await state()).toEqual(Array.from({ length: 7 }, () => ({ drawn: false, below: expect.any(Number) })));
    expect(Math.min(...(await state()).map((canvas) => canvas.below))).toBeGreaterThan(300);
    await canvases.nth(5).scrollIntoViewIfNeeded();
    await expect.poll(async () => (await state())[5]?.drawn).toBe(true);
    expect((await state())[0]?.drawn).toBe(false);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect((await state()).map((canvas) => canvas.drawn)).toEqual(Array.from({ length: 7 }, () => true));
  });
});

test('a département’s dashboard lists its communes and intercommunalités as the API counts them, sortable', async ({ page, request }) => {
  const { from, to } = lastTwelveMonths(Date.now());
  const api = (await (await request.get(`/v1/territories/departement:48/members?from=${from}&to=${to}`)).json()) as {
    data: { communes: { territory: { id: string; name: string }; answers: number }[]; epci: unknown[] };
  };
  const [busiest, second] = api.data.communes;
  expect([busiest?.territory.id, busiest?.answers, second?.territory.id, second?.answers]).toEqual([LOZERE[0], 5, LOZERE[1], 2]);
  await page.goto('/tableau-de-bord/departement:48');
  const section = page.locator('#members');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('Les communes et intercommunalités du département');
  // At a glance: a tile per commune with answers, its score written and its band named, not only coloured.
  const tiles = section.locator('.members-grid li');
  await expect(tiles).toHaveCount(api.data.communes.filter((member) => member.answers > 0).length);
  await expect(tiles.filter({ hasText: busiest?.territory.name ?? '' })).toContainText('8\u202f/\u202f10 · très satisfaisant · 5\u00a0réponses');
  await expect(tiles.filter({ hasText: second?.territory.name ?? '' })).toContainText('Données insuffisantes (2\u00a0réponses)');
  const communes = section.locator('table').first();
  await expect(communes.locator('caption')).toHaveText(`Communes (${api.data.communes.length})`);
  // Most answers first: the API's order, its figures, suppressed under five answers.
  const firstRows = communes.locator('tbody tr');
  await expect(firstRows).toHaveCount(20);
  await expect(firstRows.nth(0).locator('th')).toHaveText(busiest?.territory.name ?? '');
  await expect(firstRows.nth(0).locator('td').first()).toHaveText('5');
  await expect(firstRows.nth(1).locator('td').nth(2)).toHaveText('Données insuffisantes');
  await expect(firstRows.nth(0).getByRole('link')).toHaveAttribute('href', `/tableau-de-bord/${encodeURIComponent(LOZERE[0] ?? '')}`);
  await expect(section.locator('#members-note')).toContainText('pas celles de ses membres');
  // Sorted by name on a click, A to Z, which the header says to a screen reader.
  await communes.getByRole('button', { name: 'Nom' }).click();
  await expect(communes.locator('thead th').first()).toHaveAttribute('aria-sort', 'ascending');
  const names = [...api.data.communes.map((member) => member.territory.name)].sort((a, b) => a.localeCompare(b, 'fr')).slice(0, 3);
  await expect(firstRows.locator('th').first()).toHaveText(names[0] ?? '');
  await section.getByRole('button', { name: `Afficher les ${api.data.communes.length} communes` }).click();
  await expect(firstRows).toHaveCount(api.data.communes.length);
  await expect(section.locator('table').nth(1).locator('caption')).toHaveText(`Intercommunalités (${api.data.epci.length})`);
  expect(await axeViolations(page)).toEqual([]);
  // A commune's dashboard has no members' section.
  await page.goto(`/tableau-de-bord/${TOWN}`);
  await expect(page.locator('barometre-resultats [data-tile="answers"] dd')).toBeVisible();
  await expect(page.locator('#members')).toBeHidden();
});
