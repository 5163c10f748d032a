/**
 * Every route's path and query parameters, generated: territory ids well-formed, malformed and
 * hostile; dates, filters, categories, metrics, limits, cursors and tokens of every shape. The
 * Worker may answer 200, 400, 401, 403, 404 or 422 — never a 5xx, and always the envelope on /v1;
 * and 429 on the routes behind a token, once the fuzz's wrong tokens have this client throttled
 * (worker/src/http/auth-throttle.ts).
 * @module
 */
import fc from 'fast-check';
import { CHANNELS, SERVICES } from '../../survey/questionnaire.js';
import { CATEGORY_IDS } from '../../survey/trophy.js';
import { PROTOTYPE_NAMES } from './bad-input.js';

export interface ParamCase {
  route: string;
  path: string;
  headers: Record<string, string>;
  /** Pages answer HTML; the API answers the envelope. */
  api: boolean;
}

export const PARAM_STATUSES = [200, 400, 401, 403, 404, 422];
/** Routes that check a token, where the wrong-token throttle may answer 429. */
export const throttled = (item: ParamCase) => /\/comments(?:\?|$)|^\/v1\/registrations/.test(item.path);
export const statusesOf = (item: ParamCase) => (throttled(item) ? [...PARAM_STATUSES, 429] : PARAM_STATUSES);

/** `constructor`, `__proto__`, `toString`…: a lookup into a plain object would find Object.prototype's. */
const prototypeName = fc.constantFrom(...PROTOTYPE_NAMES);
const junk = fc.oneof(
  prototypeName,
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '../..',
    '%00',
    '%ZZ',
    "' OR 1=1 --",
    '<script>alert(1)</script>',
    '${7*7}',
    '1e309',
    '-1',
    '0',
    '99999999999999999999',
    'NaN',
    'null',
    '[]',
    '{}',
    '💥',
  ),
);
const territory = fc.oneof(
  fc.constantFrom(
    'commune:25056',
    'epci:200067106',
    'departement:2A',
    'departement:974',
    'commune:99999',
    'commune:2A004',
    'commune:',
    'COMMUNE:25056',
    'region:27',
  ),
  fc.integer({ min: 0, max: 99999 }).map((code) => `commune:${String(code).padStart(5, '0')}`),
  junk,
);
const month = fc.oneof(fc.constantFrom('2026-01', '2025-12', '2026-13', '2026-00', '1999-01', '2026-1'), junk);
const value = (values: readonly string[]) => fc.oneof(fc.constantFrom(...values), junk);

/** A query string from optional parameters, each sometimes absent, sometimes repeated. */
function query(parameters: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<string> {
  return fc
    .record(
      Object.fromEntries(Object.entries(parameters).map(([key, arbitrary]) => [key, fc.option(arbitrary, { nil: undefined })])) as Record<
        string,
        fc.Arbitrary<string | undefined>
      >,
    )
    .map((values) => {
      const search = new URLSearchParams();
      for (const [key, item] of Object.entries(values)) if (item !== undefined) search.append(key, item);
      return search.size > 0 ? `?${search}` : '';
    });
}

const id = (raw: string) => encodeURIComponent(raw);
const filters = query({ service: value(SERVICES), channel: value(CHANNELS), from: month, to: month });

/** Every route with a prototype name as each path and query parameter (and as unknown query keys). */
const prototypeEverywhere = fc
  .tuple(prototypeName, prototypeName, fc.constantFrom(...PROTOTYPE_NAMES.map((name) => `${encodeURIComponent(name)}=1`)), fc.nat())
  .map(([name, other, extra, pick]): ParamCase => {
    const value = encodeURIComponent(name);
    const paths = [
      `/v1/territories/${value}`,
      ...['results', 'results.json', 'results.csv'].map((kind) => `/v1/territories/${value}/${kind}`),
      ...['results', 'results.json', 'results.csv'].map(
        (kind) => `/v1/territories/commune:25056/${kind}?service=${value}&channel=${encodeURIComponent(other)}&from=${value}&to=${value}`,
      ),
      `/v1/territories/commune:25056/results.csv?service=${value}`,
      `/v1/territories/commune:25056/results?channel=${value}`,
      `/v1/territories/commune:25056/results?${extra}`,
      `/v1/territories/${value}/comments?limit=${value}&before=${value}`,
      `/v1/territories/${value}/logo`,
      `/v1/territories?q=${value}&limit=${encodeURIComponent(other)}`,
      `/v1/territories?q=${value}`,
      `/v1/benchmarks?departement=${value}&territory=${encodeURIComponent(other)}&year=${value}`,
      `/v1/benchmarks?territory=${value}`,
      `/v1/benchmarks?territory=commune:25056&service=${value}&channel=${value}`,
      `/v1/territories/${value}/services?channel=${value}&year=${value}`,
      `/v1/territories/commune:25056/themes?service=${value}&channel=${encodeURIComponent(other)}&from=${value}`,
      `/v1/rankings/participation?category=${value}`,
      `/v1/rankings/participation?category=${CATEGORY_IDS[0] ?? ''}&territory=${value}&year=${value}&limit=${value}&offset=${value}`,
      `/v1/map?metric=${value}`,
      `/v1/map?metric=participation&level=${value}&year=${value}&from=${value}&to=${value}`,
      `/v1/map?${extra}`,
      `/s/${value}`,
      `/s/commune:25056?src=${value}&service=${value}&channel=${value}&lang=${value}`,
    ];
    const path = paths[pick % paths.length] ?? `/v1/territories/${value}`;
    return {
      route: 'every route, prototype names as parameters',
      path,
      headers: name === other ? { authorization: `Bearer ${name}` } : {},
      api: !path.startsWith('/s/'),
    };
  });

export const paramCase: fc.Arbitrary<ParamCase> = fc.oneof(
  fc.tuple(territory).map(([raw]): ParamCase => ({ route: 'GET /v1/territories/:id', path: `/v1/territories/${id(raw)}`, headers: {}, api: true })),
  fc.tuple(territory, filters, fc.constantFrom('results', 'results.json', 'results.csv')).map(([raw, search, kind]): ParamCase => ({
    route: `GET /v1/territories/:id/${kind}`,
    path: `/v1/territories/${id(raw)}/${kind}${search}`,
    headers: {},
    api: true,
  })),
  fc
    .tuple(
      territory,
      query({ limit: value(['1', '50', '200', '201']), before: value(['0_00000000-0000-4000-8000-000000000000', '12']) }),
      fc.oneof(fc.constant(''), junk, fc.string({ minLength: 20, maxLength: 80 })),
    )
    .map(([raw, search, token]): ParamCase => ({
      route: 'GET /v1/territories/:id/comments',
      path: `/v1/territories/${id(raw)}/comments${search}`,
      headers: token ? { authorization: `Bearer ${token.replace(/[^\x21-\x7e]/g, '')}` } : {},
      api: true,
    })),
  fc.oneof(fc.constant(''), junk, fc.string({ minLength: 20, maxLength: 80 })).map((token): ParamCase => ({
    route: 'GET /v1/registrations',
    path: '/v1/registrations',
    headers: token ? { authorization: `Bearer ${token.replace(/[^\x21-\x7e]/g, '')}` } : {},
    api: true,
  })),
  query({ q: junk, limit: value(['1', '10', '50', '51']) }).map((search): ParamCase => ({
    route: 'GET /v1/territories?q=',
    path: `/v1/territories${search}`,
    headers: {},
    api: true,
  })),
  query({ departement: value(['25', '2A', '974', '96', '1']), territory, year: value(['2026', '2019', '2101']), from: month, to: month }).map(
    (search): ParamCase => ({ route: 'GET /v1/benchmarks', path: `/v1/benchmarks${search}`, headers: {}, api: true }),
  ),
  fc
    .tuple(territory, query({ channel: value(CHANNELS), year: value(['2026', '2019']), from: month, to: month }), fc.constantFrom('services', 'themes'))
    .map(([raw, search, kind]): ParamCase => ({
      route: `GET /v1/territories/:id/${kind}`,
      path: `/v1/territories/${id(raw)}/${kind}${search}`,
      headers: {},
      api: true,
    })),
  query({ territory, service: value(SERVICES), channel: value(CHANNELS), from: month, to: month }).map((search): ParamCase => ({
    route: 'GET /v1/benchmarks (filtered)',
    path: `/v1/benchmarks${search}`,
    headers: {},
    api: true,
  })),
  query({
    category: value(CATEGORY_IDS),
    territory,
    year: value(['2026', '1900']),
    limit: value(['1', '1000', '1001']),
    offset: value(['0', '5', '-1']),
    from: month,
    to: month,
  }).map((search): ParamCase => ({ route: 'GET /v1/rankings/participation', path: `/v1/rankings/participation${search}`, headers: {}, api: true })),
  query({ metric: value(['satisfaction', 'participation']), level: value(['departement', 'region']), year: value(['2026']), from: month, to: month }).map(
    (search): ParamCase => ({ route: 'GET /v1/map', path: `/v1/map${search}`, headers: {}, api: true }),
  ),
  fc
    .tuple(territory, query({ src: value(['affiche-a4', 'qr']), service: value(SERVICES), channel: value(CHANNELS), lang: value(['fr', 'ar', 'fr-x-falc']) }))
    .map(([raw, search]): ParamCase => ({ route: 'GET /s/:territory', path: `/s/${id(raw)}${search}`, headers: {}, api: false })),
  prototypeEverywhere,
);
