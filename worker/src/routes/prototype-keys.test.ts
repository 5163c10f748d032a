// Input named like a property of Object.prototype (`constructor`, `__proto__`, `toString`…) must
// never be looked up through a plain object's prototype: stored as a source it is shown as text,
// and in a route or query parameter it gets a clean 4xx envelope, never a 500.
import { describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../../survey/api.js';
import type { Results } from '../../../survey/results.js';
import { scoreTallies } from '../../../survey/scoring.js';
import { answer, call, post } from '../../test/fixtures.js';
import { freshTerritory } from '../../test/territories.js';
import { resultsCsv } from '../results/results-csv.js';

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'] as const;
const PLACE = freshTerritory();
const TERRITORY = PLACE.id;

async function expectEnvelope(response: Response, status: number): Promise<ErrorEnvelope> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/json');
  const body = (await response.json()) as ErrorEnvelope;
  expect(typeof body.error.code).toBe('string');
  expect(typeof body.error.message).toBe('string');
  return body;
}

describe('answers whose source is a prototype name', () => {
  it('refuses the names the source pattern refuses, stores the others, and every results route answers 200', async () => {
    // The source pattern is lowercase letters, digits and dashes: of these names only `constructor` fits.
    // Pairs, not an object: `verdicts.__proto__ = 400` would be dropped.
    const verdicts: [string, number][] = [];
    for (const source of PROTOTYPE_NAMES) {
      const response = await post(answer({ territory: TERRITORY, source }));
      verdicts.push([source, response.status]);
      if (response.status === 400) {
        const body = await expectEnvelope(response, 400);
        expect(body.error.code).toBe('invalid_request');
        expect(body.error.issues?.some((issue) => issue.path.join('.') === 'source')).toBe(true);
      } else {
        expect(response.status).toBe(200);
        expect(((await response.json()) as { data: { results: { status: string }[] } }).data.results[0]?.status).toBe('accepted');
      }
    }
    expect(verdicts).toEqual([
      ['__proto__', 400],
      ['constructor', 200],
      ['toString', 400],
      ['hasOwnProperty', 400],
      ['valueOf', 400],
    ]);

    // Four more `constructor` (5 in all, over the suppression threshold) and two `prototype`, with comments named alike.
    const more = [
      ...Array.from({ length: 4 }, () => answer({ territory: TERRITORY, source: 'constructor', comment: 'constructor' })),
      answer({ territory: TERRITORY, source: 'prototype', comment: '__proto__' }),
      answer({ territory: TERRITORY, source: 'prototype', comment: 'toString' }),
    ];
    // Each from a connection of its own: one client's answers count only up to a daily cap.
    for (const [index, one] of more.entries()) {
      const stored = await post(one, { 'content-type': 'application/json', 'cf-connecting-ip': `198.51.100.${index + 10}` });
      expect(stored.status).toBe(200);
      expect(((await stored.json()) as { data: { results: { status: string }[] } }).data.results[0]?.status).toBe('accepted');
    }

    const response = await call(`/v1/territories/${TERRITORY}/results`);
    expect(response.status).toBe(200);
    const results = ((await response.json()) as { data: Results }).data;
    expect(results.answers).toBe(7);
    expect(Object.keys(results.breakdown.sources).sort()).toEqual(['constructor', 'prototype']);
    expect(results.breakdown.sources).toEqual({ constructor: 5, prototype: 2 });

    const csv = await call(`/v1/territories/${TERRITORY}/results.csv`);
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).split('\r\n');
    // The raw source name is its own label: no French name, and never a function's source text.
    expect(lines).toContain('constructor;constructor;5');
    expect(lines).toContain('prototype;prototype;2');
    expect(lines.join('\n')).not.toMatch(/function|native code/);

    const json = await call(`/v1/territories/${TERRITORY}/results.json`);
    expect(json.status).toBe(200);
    expect(((await json.json()) as { data: Results }).data.breakdown.sources).toEqual({ constructor: 5, prototype: 2 });

    // Filtered and period results read other slices: the same.
    for (const query of ['?service=mairie', '?channel=guichet', '?service=mairie&channel=guichet', '?from=2000-01']) {
      expect((await call(`/v1/territories/${TERRITORY}/results.csv${query}`)).status).toBe(200);
    }
  });

  it('refuses prototype names as object keys of an answer with a 400 envelope', async () => {
    const bodies = [
      '{"__proto__": {"source": "site"}, "id": "00000000-0000-4000-8000-000000000000"}',
      JSON.stringify({ ...answer({ territory: TERRITORY }), constructor: 'x' }),
      JSON.stringify({ ...answer({ territory: TERRITORY }), criteria: { constructor: 3 } }),
      JSON.stringify({ ...answer({ territory: TERRITORY }), criteria: { toString: 3, accueil: 4 } }),
      `{"id": "${crypto.randomUUID()}", "questionnaire": "v1", "territory": "${TERRITORY}", "service": "mairie", "overall": "tres-bien", "__proto__": {"channel": "guichet"}}`,
      `{"id": "${crypto.randomUUID()}", "questionnaire": "v1", "territory": "${TERRITORY}", "service": "mairie", "overall": "tres-bien", "criteria": {"__proto__": {"accueil": 5}}}`,
      JSON.stringify({ answers: [{ ...answer({ territory: TERRITORY }), hasOwnProperty: 1 }] }),
      JSON.stringify({ answers: { constructor: [] } }),
      ...(['territory', 'service', 'channel', 'overall', 'questionnaire', 'id', 'lang'] as const).flatMap((field) =>
        PROTOTYPE_NAMES.map((name) => JSON.stringify({ ...answer({ territory: TERRITORY }), [field]: name })),
      ),
    ];
    for (const body of bodies) {
      const response = await post(body);
      expect(response.status, body).toBeGreaterThanOrEqual(400);
      expect(response.status, body).toBeLessThan(500);
      await expectEnvelope(response, response.status);
    }
  });

  it('writes the CSV of a breakdown keyed by prototype names with the raw names', () => {
    const csv = resultsCsv({
      territory: PLACE,
      questionnaire: 'v1',
      filters: { service: null, channel: null, from: null, to: null },
      ...scoreTallies([{ question: 'overall', level: 'tres-bien', count: 5 }]),
      breakdown: {
        sources: Object.fromEntries(PROTOTYPE_NAMES.map((name) => [name, 1])),
        services: Object.fromEntries(PROTOTYPE_NAMES.map((name) => [name, 2])),
        channels: Object.fromEntries(PROTOTYPE_NAMES.map((name) => [name, 3])),
      },
      months: [],
      respondents: null,
      participation: null,
      excluded: { refused: 0, flagged: 0, capped: 0 },
    });
    const lines = csv.split('\r\n');
    for (const name of PROTOTYPE_NAMES) {
      expect(lines).toContain(`${name};${name};1`);
      expect(lines).toContain(`${name};2`);
      expect(lines).toContain(`${name};3`);
    }
    expect(csv).not.toMatch(/function|native code/);
  });
});

describe('route and query parameters named like prototype properties', () => {
  const cases: [path: string, status: number][] = [
    ['/v1/territories/constructor', 400],
    ['/v1/territories/__proto__', 400],
    ['/v1/territories/toString/results', 400],
    ['/v1/territories/hasOwnProperty/results.csv', 400],
    ['/v1/territories/valueOf/results.json', 400],
    ['/v1/territories/prototype/comments', 400],
    [`/v1/territories/${TERRITORY}/results?service=constructor`, 400],
    [`/v1/territories/${TERRITORY}/results.csv?service=__proto__`, 400],
    [`/v1/territories/${TERRITORY}/results.json?channel=toString`, 400],
    [`/v1/territories/${TERRITORY}/results?channel=hasOwnProperty`, 400],
    [`/v1/territories/${TERRITORY}/results?from=valueOf`, 400],
    [`/v1/territories/${TERRITORY}/results?to=constructor`, 400],
    ['/v1/territories?q=constructor&limit=__proto__', 400],
    ['/v1/rankings/participation?category=toString', 400],
    ['/v1/rankings/participation?category=constructor', 400],
    ['/v1/rankings/participation?category=__proto__', 400],
    ['/v1/rankings/participation?year=valueOf', 400],
    ['/v1/map?metric=__proto__', 400],
    ['/v1/map?metric=constructor', 400],
    ['/v1/map?level=toString', 400],
    ['/v1/benchmarks?departement=constructor', 400],
    ['/v1/benchmarks?territory=__proto__', 400],
    ['/v1/registrations/constructor/approve', 401],
  ];

  for (const [path, status] of cases) {
    it(`${path} → ${status}`, async () => {
      await expectEnvelope(await call(path, { method: path.endsWith('/approve') ? 'POST' : 'GET' }), status);
    });
  }

  it('ignores unknown query parameters named like prototype properties', async () => {
    expect((await call(`/v1/territories/${TERRITORY}/results?constructor=1&__proto__=2&toString=3`)).status).toBe(200);
    expect((await call('/v1/map?hasOwnProperty=1&valueOf=2')).status).toBe(200);
    expect((await call('/v1/territories?q=constructor')).status).toBe(200);
    // No such route: whatever the static assets answer, never a server error.
    for (const path of ['/v1/constructor', '/v1/__proto__', '/v1/toString/results']) expect((await call(path)).status, path).toBeLessThan(500);
  });
});
