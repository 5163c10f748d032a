import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../../survey/api.js';
import { BenchmarksReplySchema } from '../../../survey/benchmarks.js';
import type { Answer } from '../../../survey/response.js';
import { wilsonInterval } from '../../../survey/scoring.js';
import { ServicesReplySchema } from '../../../survey/services.js';
import { membersOf } from '../../../survey/territory-directory.js';
import { call } from '../../test/fixtures.js';
import { seedAndPush, times } from '../../test/summaries.js';
import { freshTerritory } from '../../test/territories.js';

// A year no other Worker test file writes: the national figures of these services are this file's alone.
const YEAR = 2047;
const at = Date.UTC(YEAR, 2, 10, 9);

const servicesReply = async (path: string) => {
  const response = await call(path);
  expect(response.status, path).toBe(200);
  return ServicesReplySchema.parse(await response.json()).data;
};

const criteria = (level: 1 | 2 | 3 | 4 | 5): NonNullable<Answer['criteria']> => ({
  accessibilite: level,
  accueil: level,
  attente: level,
  efficacite: level,
  'en-ligne': null,
});

/** A figure computed here from the counts, not by the code under test's scoring. */
const figure = (n: number, scoreSum: number, satisfied: number) => ({
  n,
  score: Math.round((scoreSum / n) * 100) / 100,
  rate: Math.round((satisfied / n) * 10_000) / 10_000,
  interval: wilsonInterval(satisfied, n),
  suppressed: false,
});

describe('GET /v1/territories/:id/services', () => {
  it('compares each service with the same service in the département and the nation, marking only meaningful differences', async () => {
    const departement = freshTerritory({ kind: 'departement' });
    const [own, neighbour] = membersOf(departement.id).communes;
    // A commune of another département of this file's, not a whole département: with 40-odd test
    // files, a file may own only two, and the tests below still need communes.
    const far = freshTerritory();
    if (!own || !neighbour || far.departement === departement.departement) throw new Error('needs two communes in one département and one in another');
    await seedAndPush([
      // 6 « Très bien » (4 at the counter, 2 by phone) and 4 « Pas bien » (by phone): 6.0/10, 60 %.
      {
        territory: own.id,
        at,
        answers: [
          ...times(4, { service: 'mairie', channel: 'guichet', overall: 'tres-bien', criteria: criteria(5) }),
          ...times(2, { service: 'mairie', channel: 'telephone', overall: 'tres-bien', criteria: criteria(4) }),
          ...times(4, { service: 'mairie', channel: 'telephone', overall: 'pas-bien', criteria: criteria(1) }),
          // Three answers: the service is listed, its figures suppressed.
          ...times(3, { service: 'bibliotheque', overall: 'tres-bien' }),
        ],
      },
      { territory: neighbour.id, at, answers: times(20, { service: 'mairie', channel: 'guichet', overall: 'tres-bien', criteria: criteria(5) }) },
      { territory: far.id, at, answers: times(30, { service: 'mairie', channel: 'guichet', overall: 'pas-bien', criteria: criteria(2) }) },
    ]);

    const reply = await servicesReply(`/v1/territories/${own.id}/services?year=${YEAR}`);
    expect(reply.territory.id).toBe(own.id);
    expect(reply.period).toEqual({ from: `${YEAR}-01`, to: `${YEAR}-12`, year: YEAR });
    expect(reply.departement).toEqual({ code: departement.departement, name: departement.name });
    expect(reply.significance).toMatch(/hasard/);
    expect(reply.services.map((row) => [row.service, row.territory.answers])).toEqual([
      ['mairie', 10],
      ['bibliotheque', 3],
    ]);
    const [mairie, bibliotheque] = reply.services;
    // The territory: 6 × 10 + 4 × 0 = 60 points over 10 answers, 6 satisfied.
    expect(mairie?.territory.indicators.overall).toEqual(figure(10, 60, 6));
    // Accueil: levels 5 (×4), 4 (×2), 1 (×4) score 10, 7.5 and 0; 4 and 5 are satisfied.
    expect(mairie?.territory.indicators.accueil).toEqual(figure(10, 4 * 10 + 2 * 7.5, 6));
    // « Non concerné » only: no answer to the criterion, suppressed.
    expect(mairie?.territory.indicators['en-ligne']).toEqual({ n: 0, score: null, rate: null, interval: null, suppressed: true });
    // The département: this commune and its neighbour, 30 answers, 26 satisfied.
    expect(mairie?.departement.indicators.overall).toEqual(figure(30, 260, 26));
    // The nation: the three communes, 60 answers, 26 satisfied.
    expect(mairie?.national.indicators.overall).toEqual(figure(60, 260, 26));
    // 60 % [31 %–83 %]: the département's 87 % lies above the interval, the nation's 43 % within it.
    expect(mairie?.differences.overall).toEqual({ departement: 'lower', national: 'same' });
    expect(mairie?.differences['en-ligne']).toEqual({ departement: null, national: null });
    expect(bibliotheque?.territory.indicators.overall).toEqual({ n: 3, score: null, rate: null, interval: null, suppressed: true });
    expect(bibliotheque?.differences.overall).toEqual({ departement: null, national: null });

    // Like with like: under a channel, all three sides count that channel only.
    const byPhone = await servicesReply(`/v1/territories/${own.id}/services?year=${YEAR}&channel=telephone`);
    expect(byPhone.filters).toEqual({ channel: 'telephone' });
    expect(byPhone.services.map((row) => row.service)).toEqual(['mairie']);
    expect(byPhone.services[0]?.territory.indicators.overall).toEqual(figure(6, 20, 2));
    // Nobody else answered by phone: the département's and the nation's are this commune's own.
    expect(byPhone.services[0]?.departement.indicators.overall).toEqual(figure(6, 20, 2));
    expect(byPhone.services[0]?.national.indicators.overall).toEqual(figure(6, 20, 2));
    expect(byPhone.services[0]?.differences.overall).toEqual({ departement: 'same', national: 'same' });

    // The benchmarks under the same filters give the same références, so every page compares like with like.
    const averages = async (query: string) => {
      const { data } = BenchmarksReplySchema.parse(await (await call(`/v1/benchmarks?year=${YEAR}&territory=${own.id}${query}`)).json());
      return { filters: data.filters, national: data.national.indicators.overall, departement: data.departement?.indicators.overall };
    };
    const summary = ({ n, score, rate, suppressed }: { n: number; score: number | null; rate: number | null; suppressed: boolean }) => ({
      n,
      score,
      rate,
      suppressed,
    });
    expect(await averages('&service=mairie')).toEqual({
      filters: { service: 'mairie', channel: null },
      national: summary(figure(60, 260, 26)),
      departement: summary(figure(30, 260, 26)),
    });
    expect(await averages('&service=mairie&channel=telephone')).toEqual({
      filters: { service: 'mairie', channel: 'telephone' },
      national: summary(figure(6, 20, 2)),
      departement: summary(figure(6, 20, 2)),
    });
    // A channel alone: the library's three answers (at the counter, the fixture's default) join the mairies'.
    expect((await averages('&channel=guichet')).national).toEqual(summary(figure(4 + 20 + 30 + 3, 40 + 200 + 30, 24 + 3)));
    // Without a filter, every answer of the year: this file's own year.
    expect((await averages('')).national).toEqual(summary(figure(63, 290, 29)));

    // Another year: nothing.
    expect((await servicesReply(`/v1/territories/${own.id}/services?year=${YEAR - 1}`)).services).toEqual([]);
  });

  it('follows an answer moved to another service by its update: the D1 slices it left fall back', async () => {
    const commune = freshTerritory();
    const id = crypto.randomUUID();
    await seedAndPush([
      { territory: commune.id, at, answers: [{ id, service: 'culture', channel: 'courrier' }, ...times(5, { service: 'culture', channel: 'courrier' })] },
    ]);
    const before = await servicesReply(`/v1/territories/${commune.id}/services?year=${YEAR}&channel=courrier`);
    expect(before.services[0]?.national.indicators.overall.n).toBe(6);
    // Within 24 h, a fuller version of the same id (its criteria added) with another service replaces the first everywhere.
    await seedAndPush([{ territory: commune.id, at: at + 60_000, answers: [{ id, service: 'sport', channel: 'courrier', criteria: criteria(4) }] }]);
    const after = await servicesReply(`/v1/territories/${commune.id}/services?year=${YEAR}&channel=courrier`);
    expect(after.services.map((row) => [row.service, row.territory.answers, row.national.answers])).toEqual([
      ['culture', 5, 5],
      ['sport', 1, 1],
    ]);
  });

  it('pushes to D1 only the slices a write changed since the last push', async () => {
    const commune = freshTerritory();
    await seedAndPush([{ territory: commune.id, at, answers: times(5, { service: 'urbanisme', channel: 'courriel' }) }]);
    const rows = async (service: string) =>
      (
        await env.DB.prepare("SELECT SUM(n) AS n FROM slice_month WHERE territory_id = ?1 AND service = ?2 AND channel = '' AND indicator = 'overall'")
          .bind(commune.id, service)
          .first<{ n: number | null }>()
      )?.n ?? null;
    expect(await rows('urbanisme')).toBe(5);
    // A marker no push would write: if the next push rewrote every slice, it would be gone.
    await env.DB.prepare("UPDATE slice_month SET n = 999 WHERE territory_id = ?1 AND service = 'urbanisme' AND channel = '' AND indicator = 'overall'")
      .bind(commune.id)
      .run();
    await seedAndPush([{ territory: commune.id, at, answers: times(2, { service: 'sport', channel: 'courriel' }) }]);
    expect(await rows('sport')).toBe(2);
    expect(await rows('urbanisme')).toBe(999);
  });

  it('refuses a malformed channel, id or period, and names an unknown territory', async () => {
    const commune = freshTerritory();
    const refused = await call(`/v1/territories/${commune.id}/services?channel=pigeon`);
    expect(refused.status).toBe(400);
    const { error } = (await refused.json()) as ErrorEnvelope;
    expect(error.code).toBe('invalid_request');
    expect(error.issues?.[0]?.path).toEqual(['query', 'channel']);
    expect((await call('/v1/territories/nowhere/services')).status).toBe(400);
    expect((await call(`/v1/territories/${commune.id}/services?from=2026-06&to=2026-01`)).status).toBe(400);
    expect((await call('/v1/territories/commune:00000/services')).status).toBe(404);
  });
});
