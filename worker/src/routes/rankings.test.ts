import { runDurableObjectAlarm } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { MIN_RESPONDENTS, participationRate } from '../../../survey/participation.js';
import type { Ranking } from '../../../survey/trophy.js';
import { answer, call, context, limits, operator, register, results } from '../../test/fixtures.js';
import { seedAndPush, times } from '../../test/summaries.js';
import { ledger } from '../ledger/shards.js';

async function ranking(query: string): Promise<Ranking> {
  const response = await call(`/v1/rankings/participation?${query}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: Ranking }).data;
}

/** Answers on consecutive days, as a campaign brings them, rather than all in one burst. */
const daily = (territory: string, from: number, count: number, extra: { withoutOrigin?: boolean } = {}) =>
  Array.from({ length: count }, (_, index) => ({ territory, at: from + index * 86_400_000, answers: times(1), ...extra }));

const publishBody = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: 'Bearer barometre-local-operator-token' },
  body: JSON.stringify(body),
});

describe('GET /v1/rankings/participation', () => {
  it('ranks approved candidates with enough respondents by respondents per 1,000 inhabitants, with progression', async () => {
    await Promise.all(['commune:01002', 'commune:01006', 'commune:01009', 'commune:01008'].map((territory) => register(territory)));
    const june2031 = Date.UTC(2031, 5, 1, 9);
    // Seeded answers each come from a client of their own: one respondent each.
    await seedAndPush([
      { territory: 'commune:01002', at: june2031, answers: times(25) },
      { territory: 'commune:01006', at: june2031, answers: times(22) },
      { territory: 'commune:01006', at: Date.UTC(2030, 5, 1), answers: times(MIN_RESPONDENTS + 1) },
      { territory: 'commune:01009', at: june2031, answers: times(30) },
      // One client bursting: five admitted (one respondent), two refused, then one flagged two minutes later.
      { territory: 'commune:01009', at: june2031, answers: times(7), client: 'burst', limits: limits(5, 100) },
      { territory: 'commune:01009', at: june2031 + 120_000, answers: times(1), client: 'burst', limits: limits(5, 100) },
      // Under the minimum of respondents: a candidate, not ranked.
      { territory: 'commune:01008', at: june2031, answers: times(MIN_RESPONDENTS - 8) },
      // Many respondents, but no approved registration: not a candidate.
      { territory: 'commune:01010', at: june2031, answers: times(40) },
      // A commune over 2,000 inhabitants belongs to another category.
      { territory: 'commune:01004', at: june2031, answers: times(50) },
    ]);
    const data = await ranking('year=2031&category=communes-moins-de-2000&territory=commune:01008');
    expect(data.territories.map((entry) => [entry.rank, entry.territory.id, entry.respondents, entry.answers, entry.rate])).toEqual([
      [1, 'commune:01006', 22, 22, participationRate(22, 115)],
      [2, 'commune:01002', 25, 25, participationRate(25, 270)],
      [3, 'commune:01009', 31, 35, participationRate(31, 348)],
    ]);
    expect(data.territories.map((entry) => entry.rate)).toEqual([191.3, 92.59, 89.08]);
    expect(data.territories[0]?.previous).toEqual({ rank: 1, rate: participationRate(MIN_RESPONDENTS + 1, 115) });
    expect(data.territories[1]?.previous).toBeNull();
    expect(data).toMatchObject({
      year: 2031,
      status: 'provisional',
      publishedAt: null,
      total: 3,
      belowMinimum: 1,
      excluded: { flagged: 1, refused: 2, capped: 0 },
    });
    expect(data.rules).toEqual({ minimumRespondents: MIN_RESPONDENTS, answersPerRespondentPerDay: 1_000_000 });
    expect(data.focus).toMatchObject({ status: 'below-minimum', rank: null, respondents: MIN_RESPONDENTS - 8, missing: 8 });
    expect((await ranking('year=2031&category=communes-moins-de-2000&territory=commune:01010')).focus).toMatchObject({
      status: 'not-candidate',
      respondents: 40,
    });
    expect((await ranking('year=2031&category=communes-moins-de-2000&territory=commune:01009')).focus).toMatchObject({ status: 'ranked', rank: 3, missing: 0 });
    // A territory of another category has no place here.
    expect((await ranking('year=2031&category=communes-moins-de-2000&territory=commune:01004')).focus).toBeNull();
  });

  it('one client flooding a commune of 5 inhabitants for a whole day weighs one respondent: not ranked, its score moved by 3 answers at most', async () => {
    const flooded = 'commune:04107'; // Majastres, 5 inhabitants
    await Promise.all([flooded, 'commune:01011', 'commune:01012', 'commune:01013'].map((territory) => register(territory)));
    const day = Date.UTC(2033, 2, 10, 0, 30);
    await seedAndPush([
      { territory: 'commune:01011', at: day, answers: times(MIN_RESPONDENTS) },
      { territory: 'commune:01012', at: day, answers: times(MIN_RESPONDENTS + 2) },
      { territory: 'commune:01013', at: day, answers: times(MIN_RESPONDENTS + 5) },
    ]);
    // As fast as the rate limits allow (10 a minute, 100 an hour) for 24 hours, never flagged.
    const stub = ledger(env, flooded);
    const defaults = { perMinute: 10, perHour: 100, perRespondentPerDay: 3 };
    const statuses = new Map<string, number>();
    for (let hour = 0; hour < 23; hour += 1) {
      for (let minute = 0; minute < 10; minute += 1) {
        const batch = Array.from({ length: 10 }, () => answer({ territory: flooded, overall: 'tres-bien' }));
        const replies = await stub.record(batch, context(flooded, day + hour * 3_600_000 + minute * 60_000, { client: 'one-script', limits: defaults }));
        for (const reply of replies) statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
      }
    }
    await runDurableObjectAlarm(stub);
    expect(Object.fromEntries(statuses)).toEqual({ accepted: 2300 });
    const figures = (await results(flooded, '?from=2033-03&to=2033-03')) as unknown as {
      answers: number;
      respondents: number;
      excluded: { capped: number; flagged: number };
    };
    expect(figures).toMatchObject({ answers: 3, respondents: 1, excluded: { capped: 2297, flagged: 0 } });
    const data = await ranking(`year=2033&category=communes-moins-de-2000&territory=${flooded}`);
    expect(data.territories.slice(0, 3).map((entry) => entry.territory.id)).not.toContain(flooded);
    expect(data.focus).toMatchObject({ status: 'below-minimum', respondents: 1, missing: MIN_RESPONDENTS - 1 });
  });

  it('refuses an unknown category with 400', async () => {
    const response = await call('/v1/rankings/participation?category=villages');
    expect(response.status).toBe(400);
  });
});

describe('the Trophée palmarès: review, then publication of a closed year', () => {
  it('lists suspicious patterns for the team, publishes a closed year once with withdrawals, then serves it unchanged', async () => {
    const year = 2021;
    const category = 'communes-2000-10000';
    await Promise.all(['commune:01007', 'commune:01014', 'commune:01024'].map((territory) => register(territory)));
    const march = Date.UTC(year, 2, 1, 9);
    await seedAndPush([
      ...daily('commune:01007', march, 30),
      ...daily('commune:01014', march, 40),
      // Every answer without an Origin header: no web page sent them.
      ...daily('commune:01024', march, 50, { withoutOrigin: true }),
    ]);
    expect(await ranking(`year=${year}&category=${category}`)).toMatchObject({ status: 'awaiting-publication', total: 3 });

    expect((await call(`/v1/trophy/review?year=${year}`)).status).toBe(401);
    const review = await operator(`/v1/trophy/review?year=${year}`);
    expect(review.status).toBe(200);
    const { territories } = (
      (await review.json()) as {
        data: { territories: { territory: { id: string }; rank: number | null; suspicions: { code: string }[]; evidence: { withoutOrigin: number } }[] };
      }
    ).data;
    const suspect = territories.find((entry) => entry.territory.id === 'commune:01024');
    expect(suspect).toMatchObject({ rank: 1, evidence: { withoutOrigin: 50 } });
    expect(suspect?.suspicions.map((entry) => entry.code)).toEqual(['without-origin']);
    expect(territories.some((entry) => entry.territory.id === 'commune:01007')).toBe(false);

    expect((await call(`/v1/trophy/${year}/publish`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
    const notClosed = await call('/v1/trophy/2031/publish', publishBody({}));
    expect(notClosed.status).toBe(409);
    expect(((await notClosed.json()) as { error: { code: string } }).error.code).toBe('year_not_closed');
    const reason = 'Réponses envoyées par un script, sans page web.';
    const published = await call(`/v1/trophy/${year}/publish`, publishBody({ withdrawn: [{ territory: 'commune:01024', reason }] }));
    expect(published.status).toBe(201);
    const { data } = (await published.json()) as { data: { categories: { category: string; ranked: number; withdrawn: number }[] } };
    expect(data.categories.find((entry) => entry.category === category)).toEqual({ category, ranked: 2, withdrawn: 1 });

    const palmares = await ranking(`year=${year}&category=${category}&territory=commune:01024`);
    expect(palmares).toMatchObject({
      status: 'published',
      total: 2,
      withdrawn: [{ territory: { id: 'commune:01024' }, reason }],
      focus: { status: 'withdrawn', rank: null },
    });
    expect(palmares.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(palmares.territories.map((entry) => [entry.rank, entry.territory.id])).toEqual([
      [1, 'commune:01014'],
      [2, 'commune:01007'],
    ]);

    // Answers arriving later change nothing in a published palmarès.
    await seedAndPush([{ territory: 'commune:01007', at: march, answers: times(100) }]);
    expect((await ranking(`year=${year}&category=${category}`)).territories.map((entry) => entry.territory.id)).toEqual(['commune:01014', 'commune:01007']);
    const again = await call(`/v1/trophy/${year}/publish`, publishBody({}));
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('already_published');
  });

  it('refuses a withdrawal that names no territory, and a malformed year', async () => {
    const unknown = await call('/v1/trophy/2020/publish', publishBody({ withdrawn: [{ territory: 'commune:99999', reason: 'inconnue' }] }));
    expect(unknown.status).toBe(422);
    expect((await call('/v1/trophy/20x0/publish', publishBody({}))).status).toBe(400);
    expect((await call('/v1/trophy/2020/publish', publishBody({ withdrawn: [{ territory: 'commune:01007' }] }))).status).toBe(400);
  });
});
