import { runDurableObjectAlarm } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { MIN_RESPONDENTS, participationRate } from '../../../survey/participation.js';
import type { Ranking } from '../../../survey/trophy.js';
import { answer, call, context, limits, operator, register, results } from '../../test/fixtures.js';
import { seedAndPush, times } from '../../test/summaries.js';
import { freshTerritory } from '../../test/territories.js';
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
    // Under 2,000 inhabitants, in population bands that set the order of their rates (22 of 100–129, 25 of 200–249, 31 of 330–399).
    const first = freshTerritory({ population: { atLeast: 100, below: 130 } });
    const second = freshTerritory({ population: { atLeast: 200, below: 250 } });
    const third = freshTerritory({ population: { atLeast: 330, below: 400 } });
    const few = freshTerritory({ population: { atLeast: 1, below: 2_000 } });
    const unregistered = freshTerritory({ population: { atLeast: 1, below: 2_000 } });
    const larger = freshTerritory({ population: { atLeast: 2_000 } });
    await Promise.all([first, second, third, few].map((territory) => register(territory.id)));
    const june2031 = Date.UTC(2031, 5, 1, 9);
    // Seeded answers each come from a client of their own: one respondent each.
    await seedAndPush([
      { territory: second.id, at: june2031, answers: times(25) },
      { territory: first.id, at: june2031, answers: times(22) },
      { territory: first.id, at: Date.UTC(2030, 5, 1), answers: times(MIN_RESPONDENTS + 1) },
      { territory: third.id, at: june2031, answers: times(30) },
      // One client bursting: five admitted (one respondent), two refused, then one flagged two minutes later.
      { territory: third.id, at: june2031, answers: times(7), client: 'burst', limits: limits(5, 100) },
      { territory: third.id, at: june2031 + 120_000, answers: times(1), client: 'burst', limits: limits(5, 100) },
      // Under the minimum of respondents: a candidate, not ranked.
      { territory: few.id, at: june2031, answers: times(MIN_RESPONDENTS - 8) },
      // Many respondents, but no approved registration: not a candidate.
      { territory: unregistered.id, at: june2031, answers: times(40) },
      // A commune of 2,000 inhabitants or more belongs to another category.
      { territory: larger.id, at: june2031, answers: times(50) },
    ]);
    const data = await ranking(`year=2031&category=communes-moins-de-2000&territory=${few.id}`);
    expect(data.territories.map((entry) => [entry.rank, entry.territory.id, entry.respondents, entry.answers, entry.rate])).toEqual([
      [1, first.id, 22, 22, participationRate(22, first.population)],
      [2, second.id, 25, 25, participationRate(25, second.population)],
      [3, third.id, 31, 35, participationRate(31, third.population)],
    ]);
    // Respondents per 1,000 inhabitants, to the hundredth.
    expect(data.territories.map((entry) => entry.rate)).toEqual([
      expect.closeTo((22 * 1_000) / first.population, 2),
      expect.closeTo((25 * 1_000) / second.population, 2),
      expect.closeTo((31 * 1_000) / third.population, 2),
    ]);
    expect(data.territories[0]?.previous).toEqual({ rank: 1, rate: participationRate(MIN_RESPONDENTS + 1, first.population) });
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
    expect((await ranking(`year=2031&category=communes-moins-de-2000&territory=${unregistered.id}`)).focus).toMatchObject({
      status: 'not-candidate',
      respondents: 40,
    });
    expect((await ranking(`year=2031&category=communes-moins-de-2000&territory=${third.id}`)).focus).toMatchObject({ status: 'ranked', rank: 3, missing: 0 });
    // A territory of another category has no place here.
    expect((await ranking(`year=2031&category=communes-moins-de-2000&territory=${larger.id}`)).focus).toBeNull();
  });

  it('one client flooding a commune of a few inhabitants for a whole day weighs one respondent: not ranked, its score moved by 3 answers at most', async () => {
    const flooded = freshTerritory({ population: { atLeast: 1, below: 50 } }).id;
    const ranked = [0, 1, 2].map(() => freshTerritory({ population: { atLeast: 1, below: 2_000 } }).id);
    await Promise.all([flooded, ...ranked].map((territory) => register(territory)));
    const day = Date.UTC(2033, 2, 10, 0, 30);
    await seedAndPush([0, 2, 5].map((more, index) => ({ territory: ranked[index] as string, at: day, answers: times(MIN_RESPONDENTS + more) })));
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
    // From 2,000 to 10,000 inhabitants, in population bands that set the order of their rates (50 of 2,000–2,499, 40 of 2,500–3,199, 30 of 3,300–4,999).
    const scripted = freshTerritory({ population: { atLeast: 2_000, below: 2_500 } }).id;
    const winner = freshTerritory({ population: { atLeast: 2_500, below: 3_200 } }).id;
    const runnerUp = freshTerritory({ population: { atLeast: 3_300, below: 5_000 } }).id;
    await Promise.all([runnerUp, winner, scripted].map((territory) => register(territory)));
    const march = Date.UTC(year, 2, 1, 9);
    await seedAndPush([
      ...daily(runnerUp, march, 30),
      ...daily(winner, march, 40),
      // Every answer without an Origin header: no web page sent them.
      ...daily(scripted, march, 50, { withoutOrigin: true }),
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
    const suspect = territories.find((entry) => entry.territory.id === scripted);
    // No kiosk answered for it: its kiosk share is 0 (kiosks.test.ts checks a real share).
    expect(suspect).toMatchObject({ rank: 1, evidence: { withoutOrigin: 50, kioskShare: 0 } });
    expect(suspect?.suspicions.map((entry) => entry.code)).toEqual(['without-origin']);
    expect(territories.some((entry) => entry.territory.id === runnerUp)).toBe(false);

    expect((await call(`/v1/trophy/${year}/publish`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
    const notClosed = await call('/v1/trophy/2031/publish', publishBody({}));
    expect(notClosed.status).toBe(409);
    expect(((await notClosed.json()) as { error: { code: string } }).error.code).toBe('year_not_closed');
    const reason = 'Réponses envoyées par un script, sans page web.';
    const published = await call(`/v1/trophy/${year}/publish`, publishBody({ withdrawn: [{ territory: scripted, reason }] }));
    expect(published.status).toBe(201);
    const { data } = (await published.json()) as { data: { categories: { category: string; ranked: number; withdrawn: number }[] } };
    expect(data.categories.find((entry) => entry.category === category)).toEqual({ category, ranked: 2, withdrawn: 1 });

    const palmares = await ranking(`year=${year}&category=${category}&territory=${scripted}`);
    expect(palmares).toMatchObject({
      status: 'published',
      total: 2,
      withdrawn: [{ territory: { id: scripted }, reason }],
      focus: { status: 'withdrawn', rank: null },
    });
    expect(palmares.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(palmares.territories.map((entry) => [entry.rank, entry.territory.id])).toEqual([
      [1, winner],
      [2, runnerUp],
    ]);

    // Answers arriving later change nothing in a published palmarès.
    await seedAndPush([{ territory: runnerUp, at: march, answers: times(100) }]);
    expect((await ranking(`year=${year}&category=${category}`)).territories.map((entry) => entry.territory.id)).toEqual([winner, runnerUp]);
    const again = await call(`/v1/trophy/${year}/publish`, publishBody({}));
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('already_published');
  });

  it('refuses a withdrawal that names no territory, and a malformed year', async () => {
    const unknown = await call('/v1/trophy/2020/publish', publishBody({ withdrawn: [{ territory: 'commune:99999', reason: 'inconnue' }] }));
    expect(unknown.status).toBe(422);
    expect((await call('/v1/trophy/20x0/publish', publishBody({}))).status).toBe(400);
    expect((await call('/v1/trophy/2020/publish', publishBody({ withdrawn: [{ territory: freshTerritory().id }] }))).status).toBe(400);
  });
});
