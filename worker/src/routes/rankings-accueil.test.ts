/**
 * The Trophée de la qualité de l'accueil, through the public routes only: audits sent by an auditor
 * through `POST /v1/audits` under the team's campaign, the ranking read from
 * `GET /v1/rankings/accueil`, the palmarès published with `POST /v1/trophy/{year}/accueil/publish`.
 * The clock is set to March 2054: 2053 has ended (awaiting publication, then published), 2054
 * runs (provisional), 2052 is last year's ranking. No other test audits in these years.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AUDIT_GRID_V1, scoreAudit, type AuditChannel, type Observation } from '../../../survey/audit-grid.js';
import { MIN_AUDITS_RANKED, MIN_CHANNELS_RANKED, type AccueilRanking } from '../../../survey/audits.js';
import { OVERALL_SCORES } from '../../../survey/questionnaire.js';
import { call, register } from '../../test/fixtures.js';
import { seedAndPush, times } from '../../test/summaries.js';
import { freshTerritory } from '../../test/territories.js';
import { LOCAL_OPERATOR_TOKEN } from '../config.js';

const NOW = Date.UTC(2054, 2, 2, 11);
const CLOSED = 2053;
const CATEGORY = 'communes-moins-de-2000';
const operatorHeaders = { authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}`, 'cf-connecting-ip': '192.0.2.1', 'content-type': 'application/json' };

/**
 * Observations of one audit on a channel: the first `failed` items of its grid not met (a fact
 * « non », a measure far beyond its tolerance), every other one met.
 */
function observations(channel: AuditChannel, failed = 0): Record<string, Observation> {
  return Object.fromEntries(
    AUDIT_GRID_V1[channel].map((item, index) => [item.id, index < failed ? (item.kind === 'fact' ? 'non' : item.max) : item.kind === 'fact' ? 'oui' : 0]),
  );
}

interface Planned {
  territory: string;
  channel: AuditChannel;
  failed: number;
  year: number;
}

/** An audit's overall score in hundredths, as the grid scores it. */
const centiOf = (audit: Pick<Planned, 'channel' | 'failed'>) =>
  Math.round((scoreAudit(audit.channel, observations(audit.channel, audit.failed)).overall ?? 0) * 100);
/** The mean the Trophée ranks by: the sum of the audits' scores over their number, to the hundredth. */
const expectedScore = (audits: Pick<Planned, 'channel' | 'failed'>[]) =>
  Math.round(audits.reduce((sum, audit) => sum + centiOf(audit), 0) / audits.length) / 100;

const plan = (territory: string, year: number, channel: AuditChannel, count: number, failed = 0): Planned[] =>
  Array.from({ length: count }, () => ({ territory, channel, failed, year }));

let auditorToken = '';

async function operatorCall(path: string, method: string, body?: unknown): Promise<Response> {
  return call(path, { method, headers: operatorHeaders, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}

/** The team's campaign of a year, assigning the auditor every territory and channel the plan audits. */
async function campaign(year: number, audits: Planned[], auditor: string): Promise<void> {
  const keys = new Set(audits.filter((audit) => audit.year === year).map((audit) => `${audit.territory} ${audit.channel}`));
  const assignments = [...keys].map((key) => {
    const [territory, channel] = key.split(' ');
    return { auditor, territory, service: 'mairie', channel };
  });
  const response = await operatorCall(`/v1/campaigns/${year}`, 'PUT', { assignments });
  expect(response.status, await response.clone().text()).toBe(200);
}

/** One audit sent by the auditor’s app, on 10 February of its year in Paris (before the clock’s March 2054). */
async function send(audit: Planned): Promise<void> {
  const response = await call('/v1/audits', {
    method: 'POST',
    headers: { authorization: `Bearer ${auditorToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      id: crypto.randomUUID(),
      grid: 'v1',
      territory: audit.territory,
      service: 'mairie',
      channel: audit.channel,
      observedAt: `${audit.year}-02-10T10:00:00+01:00`,
      observations: observations(audit.channel, audit.failed),
    }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
}

async function ranking(query: string): Promise<AccueilRanking> {
  const response = await call(`/v1/rankings/accueil?${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return ((await response.json()) as { data: AccueilRanking }).data;
}

const publish = (year: number | string, body: unknown, headers: Record<string, string> = operatorHeaders) =>
  call(`/v1/trophy/${year}/accueil/publish`, { method: 'POST', headers, body: JSON.stringify(body) });

// Communes under 2,000 inhabitants, all candidates but `outsider`.
const first = freshTerritory({ population: { atLeast: 1, below: 2_000 } });
const second = freshTerritory({ population: { atLeast: 1, below: 2_000 } });
const third = freshTerritory({ population: { atLeast: 1, below: 2_000 } });
const oneChannel = freshTerritory({ population: { atLeast: 1, below: 2_000 } });
const few = freshTerritory({ population: { atLeast: 1, below: 2_000 } });
const outsider = freshTerritory({ population: { atLeast: 1, below: 2_000 } });
const larger = freshTerritory({ population: { atLeast: 2_000, below: 10_000 } });
// A département of this file's own, audited twice only: its map figure is suppressed.
const quiet = freshTerritory({ kind: 'departement' });
const audited = freshTerritory({ departement: quiet.departement });

const audits: Planned[] = [
  // Perfect on every audit: 10/10 both, `first` on six audits ahead of `second` on five.
  ...plan(first.id, CLOSED, 'accueil-physique', 3),
  ...plan(first.id, CLOSED, 'site-internet', 3),
  ...plan(second.id, CLOSED, 'telephone', 3),
  ...plan(second.id, CLOSED, 'courriel', 2),
  // Some items missed; ranked in 2052 too, its progression.
  ...plan(third.id, CLOSED, 'accueil-physique', 2, 2),
  ...plan(third.id, CLOSED, 'telephone', 3, 1),
  ...plan(third.id, CLOSED - 1, 'accueil-physique', 3, 4),
  ...plan(third.id, CLOSED - 1, 'courrier', 2, 1),
  // Six audits on one channel only; four audits on two channels: both under the minimum.
  ...plan(oneChannel.id, CLOSED, 'telephone', 6),
  ...plan(few.id, CLOSED, 'telephone', 2, 1),
  ...plan(few.id, CLOSED, 'courriel', 2, 1),
  // Audited enough, but no approved registration: not a candidate.
  ...plan(outsider.id, CLOSED, 'telephone', 3),
  ...plan(outsider.id, CLOSED, 'courriel', 3),
  // Another category altogether.
  ...plan(larger.id, CLOSED, 'telephone', 3),
  ...plan(larger.id, CLOSED, 'courriel', 3),
  ...plan(audited.id, CLOSED, 'telephone', 2),
  // The running year: provisional.
  ...plan(first.id, CLOSED + 1, 'telephone', 3, 1),
  ...plan(first.id, CLOSED + 1, 'courrier', 2, 1),
];
const ofTerritory = (territory: string, year = CLOSED) => audits.filter((audit) => audit.territory === territory && audit.year === year);

beforeAll(async () => {
  vi.setSystemTime(NOW);
  await Promise.all([first, second, third, oneChannel, few, larger].map((territory) => register(territory.id)));
  const created = await operatorCall('/v1/auditors', 'POST', { name: 'Camille Martin' });
  expect(created.status).toBe(201);
  const { auditor, token } = ((await created.json()) as { data: { auditor: { id: string }; token: string } }).data;
  auditorToken = token;
  // The late audit the publication test sends for `few` is in the campaign from the start.
  for (const year of [CLOSED - 1, CLOSED, CLOSED + 1]) await campaign(year, audits, auditor.id);
  for (const audit of audits) await send(audit);
  // The citizens of `third`, the same year: 4 « Très bien » and 2 « Moyen ».
  await seedAndPush([
    { territory: third.id, at: Date.UTC(CLOSED, 5, 1, 9), answers: times(4, { overall: 'tres-bien' }) },
    { territory: third.id, at: Date.UTC(CLOSED, 5, 1, 9), answers: times(2, { overall: 'moyen' }) },
  ]);
}, 60_000);

afterAll(() => {
  vi.useRealTimers();
});

describe('GET /v1/rankings/accueil', () => {
  it('ranks candidates audited enough on enough channels by their audits’ mean, more audits first on a tie, with the citizens’ score and progression', async () => {
    const data = await ranking(`year=${CLOSED}&category=${CATEGORY}`);
    const thirdScore = expectedScore(ofTerritory(third.id));
    // The grid's own arithmetic, so the test can fail: a missed item costs points.
    expect(thirdScore).toBeLessThan(10);
    expect(thirdScore).toBeGreaterThan(0);
    expect(data.territories.map((entry) => [entry.rank, entry.territory.id, entry.audits, entry.channels, entry.score])).toEqual([
      [1, first.id, 6, 2, 10],
      [2, second.id, 5, 2, 10],
      [3, third.id, 5, 2, thirdScore],
    ]);
    const citizens = (4 * OVERALL_SCORES['tres-bien'] + 2 * OVERALL_SCORES.moyen) / 6;
    expect(data.territories.map((entry) => entry.citizens)).toEqual([null, null, Math.round(citizens * 100) / 100]);
    expect(data.territories.map((entry) => entry.previous)).toEqual([null, null, { rank: 1, score: expectedScore(ofTerritory(third.id, CLOSED - 1)) }]);
    expect(data).toMatchObject({
      year: CLOSED,
      category: CATEGORY,
      label: 'Communes de moins de 2\u202f000 habitants',
      status: 'awaiting-publication',
      publishedAt: null,
      rules: { minimumAudits: MIN_AUDITS_RANKED, minimumChannels: MIN_CHANNELS_RANKED },
      total: 3,
      belowMinimum: 2,
      withdrawn: [],
      focus: null,
    });
  });

  it('says where a territory stands: below the minimum, not a candidate, ranked; none for another category', async () => {
    const focus = async (territory: string) => (await ranking(`year=${CLOSED}&category=${CATEGORY}&territory=${territory}`)).focus;
    expect(await focus(oneChannel.id)).toMatchObject({ status: 'below-minimum', rank: null, audits: 6, channels: 1, score: 10 });
    // Four audits: under the five to be ranked, yet above the three a published score needs.
    expect(await focus(few.id)).toMatchObject({ status: 'below-minimum', audits: 4, channels: 2, score: expectedScore(ofTerritory(few.id)) });
    expect(await focus(outsider.id)).toMatchObject({ status: 'not-candidate', rank: null, audits: 6, channels: 2, score: 10 });
    expect(await focus(third.id)).toMatchObject({ status: 'ranked', rank: 3 });
    expect(await focus(larger.id)).toBeNull();
    // Not audited at all: no score, nothing suppressed to reveal.
    expect(await focus(freshTerritory({ population: { atLeast: 1, below: 2_000 } }).id)).toMatchObject({ status: 'not-candidate', audits: 0, score: null });
    const larger2053 = await ranking(`year=${CLOSED}&category=communes-2000-10000`);
    expect(larger2053.territories.map((entry) => entry.territory.id)).toContain(larger.id);
  });

  it('pages with limit and offset, and is provisional while the year runs', async () => {
    const page = await ranking(`year=${CLOSED}&category=${CATEGORY}&limit=1&offset=1`);
    expect(page.territories.map((entry) => entry.territory.id)).toEqual([second.id]);
    expect(page.total).toBe(3);
    // The default year is the current one, in Paris.
    const running = await ranking(`category=${CATEGORY}`);
    expect(running).toMatchObject({ year: CLOSED + 1, status: 'provisional', total: 1 });
    expect(running.territories[0]).toMatchObject({ territory: { id: first.id }, audits: 5, score: expectedScore(ofTerritory(first.id, CLOSED + 1)) });
    expect(running.territories[0]?.previous).toEqual({ rank: 1, score: 10 });
  });

  it('refuses an unknown category and a malformed year with 400', async () => {
    expect((await call('/v1/rankings/accueil?category=villages')).status).toBe(400);
    expect((await call(`/v1/rankings/accueil?category=${CATEGORY}&year=20x0`)).status).toBe(400);
  });
});

describe('GET /v1/map?metric=audits', () => {
  it('colours each département by its audits’ mean out of 10, suppressed below three audits; the other metrics keep their reply', async () => {
    const response = await call(`/v1/map?metric=audits&year=${CLOSED}`);
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as {
      data: { metric: string; unit: string; regions: { code: string; value: number | null; score: number | null; suppressed: boolean; audits?: number }[] };
    };
    expect(data).toMatchObject({ metric: 'audits', unit: 'mystery audits’ overall score out of 10' });
    const region = (code: string) => data.regions.find((entry) => entry.code === code);
    // Every audit of the year counts, candidates or not, whatever their category.
    const byDepartement = new Map<string, Planned[]>();
    const places = new Map<string, string>(
      [first, second, third, oneChannel, few, outsider, larger, audited].map((territory) => [territory.id, territory.departement]),
    );
    for (const audit of audits.filter((entry) => entry.year === CLOSED)) {
      const code = places.get(audit.territory) as string;
      byDepartement.set(code, [...(byDepartement.get(code) ?? []), audit]);
    }
    expect(byDepartement.get(quiet.departement)).toHaveLength(2);
    for (const [code, planned] of byDepartement) {
      if (planned.length < 3) expect(region(code)).toMatchObject({ value: null, score: null, suppressed: true, audits: planned.length });
      else expect(region(code)).toMatchObject({ value: expectedScore(planned), score: expectedScore(planned), suppressed: false, audits: planned.length });
    }
    // The other metrics' regions carry no audits field: their reply is as it was.
    const satisfaction = (await (await call(`/v1/map?year=${CLOSED}`)).json()) as { data: { regions: object[] } };
    expect(satisfaction.data.regions.every((entry) => !('audits' in entry))).toBe(true);
  });
});

describe('POST /v1/trophy/{year}/accueil/publish', () => {
  it('publishes a closed year once, with withdrawals, then serves it unchanged whatever audits come later', async () => {
    expect((await publish(CLOSED, {}, { 'content-type': 'application/json' })).status).toBe(401);
    const running = await publish(CLOSED + 1, {});
    expect(running.status).toBe(409);
    expect(((await running.json()) as { error: { code: string } }).error.code).toBe('year_not_closed');

    const reason = 'Audits faits hors des horaires d’ouverture annoncés.';
    const published = await publish(CLOSED, { withdrawn: [{ territory: second.id, reason }] });
    expect(published.status, await published.clone().text()).toBe(201);
    const { data } = (await published.json()) as { data: { categories: { category: string; ranked: number; withdrawn: number }[] } };
    expect(data.categories.find((entry) => entry.category === CATEGORY)).toEqual({ category: CATEGORY, ranked: 2, withdrawn: 1 });
    expect(data.categories.find((entry) => entry.category === 'communes-2000-10000')).toEqual({ category: 'communes-2000-10000', ranked: 1, withdrawn: 0 });

    const palmares = await ranking(`year=${CLOSED}&category=${CATEGORY}&territory=${second.id}`);
    expect(palmares).toMatchObject({ status: 'published', total: 2, belowMinimum: 2, withdrawn: [{ territory: { id: second.id }, reason }] });
    expect(palmares.focus).toMatchObject({ status: 'withdrawn', rank: null });
    expect(palmares.publishedAt).toBe(new Date(NOW).toISOString());
    expect(palmares.territories.map((entry) => [entry.rank, entry.territory.id, entry.score])).toEqual([
      [1, first.id, 10],
      [2, third.id, expectedScore(ofTerritory(third.id))],
    ]);

    // A fifth audit for `few` and a poor one for `first`, arriving after publication: the palmarès does not move.
    await send({ territory: few.id, channel: 'courriel', failed: 1, year: CLOSED });
    await send({ territory: first.id, channel: 'site-internet', failed: 6, year: CLOSED });
    const after = await ranking(`year=${CLOSED}&category=${CATEGORY}&territory=${few.id}`);
    expect(after.territories.map((entry) => [entry.rank, entry.territory.id, entry.audits, entry.score])).toEqual([
      [1, first.id, 6, 10],
      [2, third.id, 5, expectedScore(ofTerritory(third.id))],
    ]);
    // The focus says where `few` stands: outside the palmarès as published, with its audits as they are now.
    expect(after.focus).toMatchObject({ status: 'below-minimum', audits: 5 });

    const again = await publish(CLOSED, {});
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('already_published');
    // The participation Trophée's palmarès is published apart: still awaiting its own publication.
    const participation = (await (await call(`/v1/rankings/participation?year=${CLOSED}&category=${CATEGORY}`)).json()) as { data: { status: string } };
    expect(participation.data.status).toBe('awaiting-publication');
  });

  it('refuses a withdrawal that names no territory, and a malformed year', async () => {
    expect((await publish(CLOSED - 1, { withdrawn: [{ territory: 'commune:99999', reason: 'inconnue' }] })).status).toBe(422);
    expect((await publish('20x0', {})).status).toBe(400);
  });
});
