import { describe, expect, it } from 'vitest';
import { call } from '../../test/fixtures.js';
import { seedAndPush, times } from '../../test/summaries.js';
import { freshTerritory } from '../../test/territories.js';

describe('GET /v1/benchmarks and GET /v1/map', () => {
  it('pools every answer of the period nationally and within the département, and maps each département', async () => {
    // Départements of this test's own, whole: what their figures pool is this test's answers only.
    const pooled = freshTerritory({ kind: 'departement' });
    const other = freshTerritory({ kind: 'departement' });
    const untouched = freshTerritory({ kind: 'departement' });
    const first = freshTerritory({ departement: pooled.departement }).id;
    const second = freshTerritory({ departement: pooled.departement }).id;
    const elsewhere = freshTerritory({ departement: other.departement }).id;
    const at = Date.UTC(2032, 2, 3, 9);
    await seedAndPush([
      { territory: first, at, answers: times(5, { overall: 'tres-bien', criteria: { accueil: 5 } }) },
      { territory: second, at, answers: times(2, { overall: 'moyen', criteria: { accueil: 3 } }) },
      { territory: elsewhere, at, answers: times(5, { overall: 'pas-bien', criteria: { accueil: 1 } }) },
    ]);
    const response = await call(`/v1/benchmarks?year=2032&territory=${first}`);
    const { data } = (await response.json()) as {
      data: {
        national: { answers: number; indicators: Record<string, unknown> };
        departement: { code: string; name: string; answers: number; indicators: Record<string, unknown> };
      };
    };
    // National: (5 × 10 + 2 × 5 + 0) / 12 = 5; 5 of 12 « Très bien »
    expect(data.national.answers).toBe(12);
    expect(data.national.indicators.overall).toEqual({ n: 12, score: 5, rate: 0.4167, suppressed: false });
    // The first two communes' département only: (50 + 10) / 7 = 8.57; accueil (5 × 10 + 2 × 5) / 7 = 8.57, 5 of 7 satisfied
    expect(data.departement).toMatchObject({ code: pooled.departement, name: pooled.name, answers: 7 });
    expect(data.departement.indicators.overall).toEqual({ n: 7, score: 8.57, rate: 0.7143, suppressed: false });
    expect(data.departement.indicators.accueil).toEqual({ n: 7, score: 8.57, rate: 0.7143, suppressed: false });
    expect(data.departement.indicators.attente).toEqual({ n: 0, score: null, rate: null, suppressed: true });

    const satisfaction = (await (await call('/v1/map?metric=satisfaction&year=2032')).json()) as {
      data: { regions: { code: string; answers: number; value: number | null; suppressed: boolean; population: number }[] };
    };
    expect(satisfaction.data.regions).toHaveLength(109);
    expect(satisfaction.data.regions.find((region) => region.code === pooled.departement)).toMatchObject({ answers: 7, value: 0.7143, suppressed: false });
    expect(satisfaction.data.regions.find((region) => region.code === other.departement)).toMatchObject({ answers: 5, value: 0, suppressed: false });
    expect(satisfaction.data.regions.find((region) => region.code === untouched.departement)).toMatchObject({ answers: 0, value: null, suppressed: true });

    const participation = (await (await call('/v1/map?metric=participation&year=2032')).json()) as typeof satisfaction;
    const region = participation.data.regions.find((entry) => entry.code === pooled.departement);
    expect([region?.answers, region?.population]).toEqual([7, pooled.population]);
    expect(region?.value).toBe(Math.round((7 / pooled.population) * 100_000) / 100);
  });

  it('refuses a malformed code or id with 400 and one that names nothing with 422, saying which parameter', async () => {
    expect((await call('/v1/benchmarks?departement=1')).status).toBe(400);
    const malformed = await call('/v1/benchmarks?territory=paris');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { issues: { path: unknown[] }[] } }).error.issues[0]?.path).toEqual(['query', 'territory']);
    const unknown = await call('/v1/benchmarks?departement=96');
    expect(unknown.status).toBe(422);
    expect(((await unknown.json()) as { error: { issues: { path: unknown[] }[] } }).error.issues[0]?.path).toEqual(['query', 'departement']);
    expect((await call('/v1/benchmarks?territory=commune:99999')).status).toBe(422);
    expect((await call('/v1/map?metric=bonheur')).status).toBe(400);
  });
});
