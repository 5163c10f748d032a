import { describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../../survey/api.js';
import type { Results } from '../../../survey/results.js';
import { answer, call, post } from '../../test/fixtures.js';

async function data(path: string): Promise<Results> {
  const response = await call(path);
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: Results }).data;
}

describe('GET /v1/territories/:id', () => {
  it('describes a commune from the reference data', async () => {
    const response = await call('/v1/territories/commune:25056');
    expect(await response.json()).toEqual({
      data: { id: 'commune:25056', kind: 'commune', name: 'Besançon', population: 118489, departement: '25' },
    });
  });

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    const malformed = await call('/v1/territories/paris/results');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorEnvelope).error.code).toBe('invalid_territory_id');
    const unknown = await call('/v1/territories/commune:99999/results');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorEnvelope).error.code).toBe('unknown_territory');
  });
});

describe('GET /v1/territories/:id/results', () => {
  it('computes exact figures from the tallies after a mix of answers', async () => {
    const territory = 'commune:39300';
    const mix = [
      answer({ territory, overall: 'tres-bien', criteria: { accueil: 5, attente: 4 } }),
      answer({ territory, overall: 'tres-bien', criteria: { accueil: 4, attente: 2 } }),
      answer({ territory, overall: 'moyen', criteria: { accueil: 3, attente: null } }),
      answer({ territory, overall: 'pas-bien', criteria: { accueil: 1 } }),
      answer({ territory, overall: 'tres-bien', criteria: { accueil: 5 }, channel: 'telephone' }),
      answer({ territory, overall: 'moyen', service: 'bibliotheque', criteria: { accueil: 4 } }),
    ];
    await post({ answers: mix });
    const all = await data(`/v1/territories/${territory}/results`);
    expect(all.answers).toBe(6);
    // overall: 3 × 10 + 2 × 5 + 0 = 40 / 6
    expect(all.overall).toEqual({
      n: 6,
      score: 6.67,
      rate: 0.5,
      interval: { low: 0.1876, high: 0.8124 },
      distribution: { 'pas-bien': 1, moyen: 2, 'tres-bien': 3 },
      suppressed: false,
    });
    // accueil: levels 5,4,3,1,5,4 → scores 10,7.5,5,0,10,7.5 = 40 / 6; satisfied 4 of 6
    expect(all.criteria.accueil).toMatchObject({ n: 6, score: 6.67, rate: 0.6667, notConcerned: 0 });
    // attente: two answers and one « Non concerné »: too few to publish.
    expect(all.criteria.attente).toEqual({
      n: 2, score: null, rate: null, interval: null, distribution: null, suppressed: true, notConcerned: 1,
    });

    const mairie = await data(`/v1/territories/${territory}/results?service=mairie`);
    expect(mairie.answers).toBe(5);
    expect(mairie.filters).toEqual({ service: 'mairie', channel: null });
    const phone = await data(`/v1/territories/${territory}/results?channel=telephone`);
    expect(phone.answers).toBe(1);
    expect(phone.overall.suppressed).toBe(true);
  });

  it('refuses an unknown filter value with 400 naming the query field', async () => {
    const response = await call('/v1/territories/commune:25056/results?service=piscine');
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorEnvelope;
    expect(error.issues?.[0]?.path).toEqual(['query', 'service']);
  });

  it('answers 404 in the envelope for an unknown route', async () => {
    const response = await call('/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(((await response.json()) as ErrorEnvelope).error.code).toBe('not_found');
  });
});
