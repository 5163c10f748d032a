/**
 * The OpenAPI document is the whole truth: a representative set of requests, valid and invalid,
 * goes through the Worker, and every reply is checked against the document the Worker serves
 * (worker/test/openapi-check.ts: status, content type, required headers, body schema).
 * A last test checks that every status the document lists was seen, but for the few that cannot
 * be reached cheaply (listed with the reason). Every territory written to is a fresh one
 * (worker/test/territories.ts).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { replyChecker, type OpenApiDocument, type ReplyChecker } from '../test/openapi-check.js';
import { answer, call, claimTerritory, operator, register } from '../test/fixtures.js';
import { freshTerritories } from '../test/territories.js';
import { LOCAL_OPERATOR_TOKEN as OPERATOR } from './config.js';
import { PENDING_REPLY_SCHEMAS } from './openapi.js';
import { LOGO_MAX_BYTES } from '../../survey/logo.js';

let document: OpenApiDocument;
let checker: ReplyChecker;
/** `method template status` of every reply checked, for the coverage test at the end. */
const seen = new Set<string>();

beforeAll(async () => {
  document = (await (await call('/v1/openapi.json')).json()) as OpenApiDocument;
  checker = replyChecker(document);
});

const templateOf = (path: string) => checker.templateOf(path);
const problemsWith = (method: string, url: string, response: Response) => checker.problemsWith(method, url, response);

/** Sends a request, expects the status the test means to provoke, and a reply the document describes. */
async function expectReply(status: number, path: string, init: RequestInit = {}): Promise<Response> {
  const method = (init.method ?? 'GET').toLowerCase();
  const response = await call(path, init);
  const problems = await problemsWith(method, path, response);
  expect(problems, `${method.toUpperCase()} ${path}`).toEqual([]);
  expect(response.status, `${method.toUpperCase()} ${path}: ${await response.clone().text()}`).toBe(status);
  seen.add(`${method} ${templateOf(new URL(path, 'http://barometre.test').pathname)} ${status}`);
  return response;
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const bearer = (token: string): RequestInit => ({ headers: { authorization: `Bearer ${token}` } });
const operatorPost = (token: string | undefined): RequestInit => ({ method: 'POST', ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}) });

const UNKNOWN = 'commune:99999' as const;
/** The first bytes of a PNG: enough for the logo's check, which reads the signature. */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const tooLarge = (bytes: number) => JSON.stringify({ padding: 'x'.repeat(bytes) });

describe('the validator', () => {
  it('refuses a status the operation does not list', async () => {
    const problems = await problemsWith('get', '/v1/health', new Response('{}', { status: 418, headers: { 'content-type': 'application/json' } }));
    expect(problems.join()).toContain('status not listed');
  });

  it('refuses a body that does not match, and a content type not listed', async () => {
    const body = await problemsWith('get', '/v1/health', Response.json({ data: { status: 'down' } }));
    expect(body.join()).toContain('body does not match');
    const type = await problemsWith('get', '/v1/health', new Response('ok', { headers: { 'content-type': 'text/plain' } }));
    expect(type.join()).toContain('content type text/plain not listed');
  });

  it('refuses a reply without a required header', async () => {
    const problems = await problemsWith('get', '/v1/registrations', Response.json({ error: { code: 'unauthorized', message: 'no' } }, { status: 401 }));
    expect(problems.join()).toContain('required header WWW-Authenticate missing');
  });

  it('accepts a body without a schema only where a TODO says one is coming', async () => {
    for (const pending of PENDING_REPLY_SCHEMAS) {
      const [method, path] = pending.split(' ') as [string, string];
      const ok = Object.entries(document.paths[path]?.[method]?.responses ?? {}).find(([status]) => status.startsWith('2'));
      // Once the schema is there, the entry must go: nothing else is skipped.
      expect(ok?.[1].content?.['application/json']?.schema, `${pending} now has a schema: drop it from PENDING_REPLY_SCHEMAS`).toBeUndefined();
    }
    const unlisted = await problemsWith('get', '/v1/map', Response.json({ data: {} }));
    expect(unlisted.join()).toContain('body does not match');
  });
});

describe('the document', () => {
  it('gives every success a schema, declares the bearer schemes and where they apply', () => {
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const successes = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
        // An audit is idempotent: 201 the first time, 200 when the same audit comes again.
        expect(successes.length, `${method} ${path}`).toBe(`${method} ${path}` === 'post /v1/audits' ? 2 : 1);
        for (const [, reply] of successes) {
          const schemas = Object.values(reply.content ?? {}).map((media) => media.schema);
          if (!PENDING_REPLY_SCHEMAS.includes(`${method} ${path}`)) expect(schemas.every(Boolean) && schemas.length > 0, `${method} ${path}`).toBe(true);
        }
        const security = operation.security?.flatMap((requirement) => Object.keys(requirement)) ?? [];
        // The operator's routes want its token; every other route that can answer 401 wants a territory's admin token.
        const expected = ['/v1/registrations', '/v1/trophy', '/v1/kiosks', '/v1/auditors', '/v1/campaigns'].some((prefix) => path.startsWith(prefix))
          ? ['operatorToken']
          : path.startsWith('/v1/audits')
            ? ['auditorToken']
            : operation.responses['401']
              ? ['adminToken']
              : [];
        expect(security, `${method} ${path}`).toEqual(expected);
        if (operation.responses['401']) expect(operation.responses['401'].headers?.['WWW-Authenticate']?.required, `${method} ${path}`).toBe(true);
        if (operation.responses['429']) expect(operation.responses['429'].headers?.['Retry-After'], `${method} ${path}`).toBeDefined();
      }
    }
    expect(document.components.securitySchemes).toEqual({
      adminToken: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
      operatorToken: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
      auditorToken: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    });
    expect(document.paths['/v1/territories/{id}/results.csv']?.get?.responses['200']?.content).toEqual({ 'text/csv': { schema: { type: 'string' } } });
  });

  it('states the parameters with the constraints the routes parse them with', () => {
    const parameters = (path: string) =>
      Object.fromEntries((document.paths[path]?.get?.parameters ?? []).map((parameter) => [`${parameter.in} ${parameter.name}`, parameter]));
    const search = parameters('/v1/territories');
    expect(search['query q']).toMatchObject({ required: true, schema: { type: 'string', minLength: 2, maxLength: 80 } });
    expect(search['query limit']).toMatchObject({ required: false, schema: { type: 'integer', minimum: 1, maximum: 50, default: 10 } });
    const comments = parameters('/v1/territories/{id}/comments');
    expect(comments['path id']).toMatchObject({ required: true, schema: { type: 'string', pattern: expect.stringContaining('commune') } });
    expect(comments['query limit']).toMatchObject({ schema: { minimum: 1, maximum: 200 } });
    expect(comments['query before']?.schema.pattern).toBeDefined();
    const benchmarks = parameters('/v1/benchmarks');
    expect(Object.keys(benchmarks).sort()).toEqual([
      'query channel',
      'query departement',
      'query from',
      'query service',
      'query territory',
      'query to',
      'query year',
    ]);
    expect(benchmarks['query departement']?.schema.pattern).toBeDefined();
    expect(benchmarks['query year']).toMatchObject({ required: false, schema: { type: 'integer', minimum: 2020, maximum: 2100 } });
    expect(parameters('/v1/map')['query metric']).toMatchObject({ schema: { enum: ['satisfaction', 'participation', 'audits'], default: 'satisfaction' } });
    expect(parameters('/v1/territories/{id}/results')['query service']?.schema.enum).toContain('mairie');
  });
});

describe('every reply matches the document', () => {
  // T(1) to T(18): eighteen territories of this file's own.
  const territories = freshTerritories(18);
  const T = (n: number) => {
    const territory = territories[n - 1];
    if (!territory) throw new Error(`T(${n}): ${territories.length} territories only`);
    return territory.id;
  };
  let adminToken = '';

  it('health and the document itself', async () => {
    await expectReply(200, '/v1/health');
    await expectReply(200, '/v1/openapi.json');
  });

  it('POST /v1/territories and the operator routes', async () => {
    adminToken = await register(T(2), ['https://www.ville.example.fr']);
    const claimed = await claimTerritory({ territory: T(4), contact: 'mairie@ville.example.fr' });
    expect(claimed.status).toBe(201);
    expect(await problemsWith('post', '/v1/territories', claimed)).toEqual([]);
    seen.add('post /v1/territories 201');
    const { claim } = ((await claimed.json()) as { data: { claim: string } }).data;
    await expectReply(400, '/v1/territories', json({ territory: T(4), contact: 'not an address' }, { 'cf-connecting-ip': '198.51.100.210' }));
    await expectReply(409, '/v1/territories', json({ territory: T(2), contact: 'x@ville.example.fr' }, { 'cf-connecting-ip': '198.51.100.211' }));
    await expectReply(413, '/v1/territories', json(tooLarge(20 * 1024), { 'cf-connecting-ip': '198.51.100.212' }));
    await expectReply(415, '/v1/territories', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'cf-connecting-ip': '198.51.100.212' },
      body: 'hello',
    });
    await expectReply(422, '/v1/territories', json({ territory: UNKNOWN, contact: 'x@ville.example.fr' }, { 'cf-connecting-ip': '198.51.100.213' }));
    // One connection: 5 claims a day, the 6th is a 429 with Retry-After.
    for (const n of [5, 6, 7, 8, 9])
      await expectReply(201, '/v1/territories', json({ territory: T(n), contact: 'x@ville.example.fr' }, { 'cf-connecting-ip': '198.51.100.214' }));
    await expectReply(429, '/v1/territories', json({ territory: T(10), contact: 'x@ville.example.fr' }, { 'cf-connecting-ip': '198.51.100.214' }));

    await expectReply(200, '/v1/registrations', bearer(OPERATOR));
    await expectReply(401, '/v1/registrations');
    await expectReply(403, '/v1/registrations', bearer('not-the-operator-token-at-all'));
    await expectReply(200, '/v1/registrations/territories', bearer(OPERATOR));
    await expectReply(401, '/v1/registrations/territories');
    await expectReply(403, '/v1/registrations/territories', bearer('not-the-operator-token-at-all'));
    for (const action of ['approve', 'reject']) {
      await expectReply(400, `/v1/registrations/not-a-claim/${action}`, operatorPost(OPERATOR));
      await expectReply(401, `/v1/registrations/${crypto.randomUUID()}/${action}`, operatorPost(undefined));
      await expectReply(403, `/v1/registrations/${crypto.randomUUID()}/${action}`, operatorPost('not-the-operator-token-at-all'));
      await expectReply(404, `/v1/registrations/${crypto.randomUUID()}/${action}`, operatorPost(OPERATOR));
    }
    await expectReply(200, `/v1/registrations/${claim}/approve`, operatorPost(OPERATOR));
    const other = await claimTerritory({ territory: T(11), contact: 'y@ville.example.fr' });
    const { claim: rejected } = ((await other.json()) as { data: { claim: string } }).data;
    await expectReply(200, `/v1/registrations/${rejected}/reject`, operatorPost(OPERATOR));
    // The operator route as the fixture calls it, for good measure.
    expect(await problemsWith('get', '/v1/registrations', await operator('/v1/registrations'))).toEqual([]);
  });

  it('POST /v1/responses and /v1/responses/validate', async () => {
    for (const path of ['/v1/responses', '/v1/responses/validate']) {
      await expectReply(200, path, json(answer({ territory: T(1) })));
      await expectReply(400, path, json({ answers: 'none' }));
      await expectReply(413, path, json(tooLarge(300 * 1024)));
      await expectReply(415, path, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(answer({ territory: T(1) })) });
      await expectReply(422, path, json(answer({ territory: UNKNOWN })));
    }
    // Registered with one origin: an answer from another site is refused.
    await expectReply(403, '/v1/responses', json(answer({ territory: T(2) }), { origin: 'https://ailleurs.example.org' }));
    // 20 answers from one connection: 10 accepted, 10 refused (200 with Retry-After), then a 429.
    const burst = { 'cf-connecting-ip': '198.51.100.220' };
    const partly = await expectReply(200, '/v1/responses', json({ answers: Array.from({ length: 20 }, () => answer({ territory: T(3) })) }, burst));
    expect(partly.headers.get('retry-after')).not.toBeNull();
    await expectReply(429, '/v1/responses', json(answer({ territory: T(3) }), burst));
  });

  it('GET /v1/territories…', async () => {
    await expectReply(200, '/v1/territories?q=Abzac');
    await expectReply(200, '/v1/territories?q=33&limit=50');
    await expectReply(400, '/v1/territories?q=a');
    await expectReply(400, '/v1/territories?q=Abzac&limit=0');
    await expectReply(200, `/v1/territories/${T(1)}`);
    await expectReply(400, '/v1/territories/nowhere');
    await expectReply(404, `/v1/territories/${UNKNOWN}`);
    await expectReply(200, '/v1/open-data/figures.csv');
    await expectReply(200, '/v1/open-data/figures.schema.json');
    await expectReply(200, '/v1/open-data/datapackage.json');
    await expectReply(200, '/v1/territories/departement:25/members');
    await expectReply(200, '/v1/territories/epci:242500361/members?from=2026-01&to=2026-03');
    await expectReply(400, '/v1/territories/commune:25056/members');
    await expectReply(400, '/v1/territories/departement:25/members?year=1999');
    await expectReply(404, `/v1/territories/${UNKNOWN}/members`);
    await expectReply(200, `/v1/territories/${T(1)}/services`);
    await expectReply(200, `/v1/territories/${T(1)}/services?channel=guichet&from=2026-01&to=2026-12`);
    await expectReply(400, `/v1/territories/${T(1)}/services?channel=nope`);
    await expectReply(404, `/v1/territories/${UNKNOWN}/services`);
    for (const download of ['results', 'results.json', 'results.csv', 'indicators.csv']) {
      await expectReply(200, `/v1/territories/${T(1)}/${download}`);
      await expectReply(200, `/v1/territories/${T(1)}/${download}?service=mairie&from=2026-01&to=2026-12`);
      await expectReply(400, `/v1/territories/${T(1)}/${download}?service=nope`);
      await expectReply(400, `/v1/territories/${T(1)}/${download}?from=2026-06&to=2026-01`);
      await expectReply(400, `/v1/territories/nowhere/${download}`);
      await expectReply(404, `/v1/territories/${UNKNOWN}/${download}`);
    }
  });

  it('GET /v1/territories/{id}/themes', async () => {
    // Five comments sharing words, so that the reply checked carries themes, not an empty list.
    const sent = Array.from({ length: 5 }, (_, index) => answer({ territory: T(18), comment: `Temps d’attente trop long au guichet (${index})` }));
    expect((await call('/v1/responses', json({ answers: sent }))).status).toBe(200);
    const reply = await expectReply(200, `/v1/territories/${T(18)}/themes`);
    expect(((await reply.json()) as { data: { themes: unknown[] } }).data.themes.length).toBeGreaterThan(0);
    await expectReply(200, `/v1/territories/${T(18)}/themes?service=mairie&channel=guichet&from=2026-01&to=2026-12`);
    await expectReply(400, `/v1/territories/${T(18)}/themes?service=nope`);
    await expectReply(400, `/v1/territories/${T(18)}/themes?from=2026-06&to=2026-01`);
    await expectReply(400, '/v1/territories/nowhere/themes');
    await expectReply(404, `/v1/territories/${UNKNOWN}/themes`);
  });

  it('GET /v1/territories/{id}/comments', async () => {
    await expectReply(200, `/v1/territories/${T(2)}/comments`, bearer(adminToken));
    await expectReply(200, `/v1/territories/${T(2)}/comments?limit=1`, bearer(adminToken));
    await expectReply(400, `/v1/territories/${T(2)}/comments?limit=0`, bearer(adminToken));
    await expectReply(400, '/v1/territories/nowhere/comments', bearer(adminToken));
    await expectReply(401, `/v1/territories/${T(2)}/comments`);
    await expectReply(403, `/v1/territories/${T(2)}/comments`, bearer('a-token-that-opens-nothing'));
    await expectReply(404, `/v1/territories/${UNKNOWN}/comments`, bearer(adminToken));
  });

  it('the territory’s own routes: comments.csv, answers.csv, registration, origins', async () => {
    // From a connection of its own: the file's has used up its wrong tokens on the routes above.
    const own = (init: RequestInit = {}): RequestInit => ({
      ...init,
      headers: { 'cf-connecting-ip': '198.51.100.252', ...(init.headers as Record<string, string> | undefined) },
    });
    const csv = await expectReply(200, `/v1/territories/${T(2)}/comments.csv?rating=moyen&from=2026-01`, own(bearer(adminToken)));
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    await expectReply(400, `/v1/territories/${T(2)}/comments.csv?rating=bien`, own(bearer(adminToken)));
    await expectReply(401, `/v1/territories/${T(2)}/comments.csv`, own());
    await expectReply(403, `/v1/territories/${T(2)}/comments.csv`, own({ headers: { authorization: 'Bearer nope', 'cf-connecting-ip': '198.51.100.250' } }));
    await expectReply(404, `/v1/territories/${UNKNOWN}/comments.csv`, own(bearer(adminToken)));
    const answers = await expectReply(200, `/v1/territories/${T(2)}/answers.csv?service=mairie&from=2026-01`, own(bearer(adminToken)));
    expect(answers.headers.get('content-disposition')).toContain('attachment');
    await expectReply(400, `/v1/territories/${T(2)}/answers.csv?to=2026-00`, own(bearer(adminToken)));
    await expectReply(401, `/v1/territories/${T(2)}/answers.csv`, own());
    await expectReply(403, `/v1/territories/${T(2)}/answers.csv`, own({ headers: { authorization: 'Bearer nope', 'cf-connecting-ip': '198.51.100.250' } }));
    await expectReply(404, `/v1/territories/${UNKNOWN}/answers.csv`, own(bearer(adminToken)));

    const claimed = await claimTerritory({ territory: T(13), contact: 'mairie@ville.example.fr', origins: ['https://ville.example.fr'] });
    const pending = ((await claimed.json()) as { data: { adminToken: string } }).data.adminToken;
    await expectReply(200, `/v1/territories/${T(13)}/registration`, own(bearer(pending)));
    await expectReply(200, `/v1/territories/${T(2)}/registration`, own(bearer(adminToken)));
    await expectReply(400, '/v1/territories/nowhere/registration', own(bearer(adminToken)));
    await expectReply(401, `/v1/territories/${T(2)}/registration`, own());
    await expectReply(403, `/v1/territories/${T(2)}/registration`, own({ headers: { authorization: 'Bearer nope', 'cf-connecting-ip': '198.51.100.251' } }));
    await expectReply(404, `/v1/territories/${UNKNOWN}/registration`, own(bearer(adminToken)));

    const put = (token: string | undefined, body: unknown, type = 'application/json'): RequestInit => ({
      method: 'PUT',
      headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const ownToken = await register(T(14), ['https://www.ville.example.fr']);
    await expectReply(
      200,
      `/v1/territories/${T(14)}/origins`,
      own(put(ownToken, { origins: ['https://www.ville.example.fr', 'https://demarches.ville.example.fr'] })),
    );
    await expectReply(400, `/v1/territories/${T(14)}/origins`, own(put(ownToken, { origins: ['https://www.ville.example.fr/'] })));
    await expectReply(400, '/v1/territories/nowhere/origins', own(put(ownToken, { origins: [] })));
    await expectReply(401, `/v1/territories/${T(14)}/origins`, own(put(undefined, { origins: [] })));
    await expectReply(403, `/v1/territories/${T(13)}/origins`, own(put(pending, { origins: [] })));
    await expectReply(404, `/v1/territories/${UNKNOWN}/origins`, own(put(ownToken, { origins: [] })));
    await expectReply(413, `/v1/territories/${T(14)}/origins`, own(put(ownToken, tooLarge(20 * 1024))));
    await expectReply(415, `/v1/territories/${T(14)}/origins`, own(put(ownToken, 'origins', 'text/plain')));

    const other = await claimTerritory({ territory: T(10), contact: 'z@ville.example.fr' });
    const { claim } = ((await other.json()) as { data: { claim: string } }).data;
    await expectReply(413, `/v1/registrations/${claim}/reject`, own(json(tooLarge(5 * 1024), { authorization: `Bearer ${OPERATOR}` })));
    await expectReply(
      415,
      `/v1/registrations/${claim}/reject`,
      own({ method: 'POST', headers: { authorization: `Bearer ${OPERATOR}`, 'content-type': 'text/plain' }, body: 'non' }),
    );
    await expectReply(400, `/v1/registrations/${claim}/reject`, own(json({ reason: '' }, { authorization: `Bearer ${OPERATOR}` })));
    const rejected = await expectReply(
      200,
      `/v1/registrations/${claim}/reject`,
      own(json({ reason: 'Adresse sans lien avec la mairie' }, { authorization: `Bearer ${OPERATOR}` })),
    );
    expect(((await rejected.json()) as { data: { reason?: string } }).data.reason).toBe('Adresse sans lien avec la mairie');
  });

  it('GET /v1/benchmarks, /v1/map and /v1/rankings/participation', async () => {
    await expectReply(200, '/v1/benchmarks');
    await expectReply(200, `/v1/benchmarks?territory=${T(1)}`);
    await expectReply(200, '/v1/benchmarks?departement=33&from=2026-01&to=2026-06');
    await expectReply(400, '/v1/benchmarks?year=1900');
    await expectReply(400, '/v1/benchmarks?departement=Gironde');
    await expectReply(422, `/v1/benchmarks?territory=${UNKNOWN}`);
    await expectReply(422, '/v1/benchmarks?departement=96');
    await expectReply(200, '/v1/map');
    await expectReply(200, '/v1/map?metric=participation&year=2026');
    await expectReply(200, '/v1/map?metric=audits&year=2026');
    await expectReply(400, '/v1/map?metric=nope');
    await expectReply(200, '/v1/rankings/participation?category=communes-2000-10000');
    await expectReply(400, '/v1/rankings/participation');
    await expectReply(200, `/v1/rankings/accueil?category=communes-2000-10000&territory=${T(1)}`);
    await expectReply(400, '/v1/rankings/accueil?category=villages');
  });

  it('POST /v1/territories/{id}/token, and wrong tokens slowed down on every token route', async () => {
    const from = (ip: string, init: RequestInit = {}): RequestInit => ({
      ...init,
      headers: { ...(init.headers as Record<string, string> | undefined), 'cf-connecting-ip': ip },
    });
    const token = await register(T(12));
    await expectReply(400, '/v1/territories/nowhere/token', from('198.51.100.230', operatorPost(token)));
    await expectReply(401, `/v1/territories/${T(12)}/token`, from('198.51.100.230', operatorPost(undefined)));
    await expectReply(403, `/v1/territories/${T(12)}/token`, from('198.51.100.231', operatorPost('a-token-that-opens-nothing')));
    await expectReply(404, `/v1/territories/${UNKNOWN}/token`, from('198.51.100.230', operatorPost(token)));
    const rotated = await expectReply(201, `/v1/territories/${T(12)}/token`, from('198.51.100.230', operatorPost(token)));
    const { adminToken: fresh } = ((await rotated.json()) as { data: { adminToken: string } }).data;
    await expectReply(403, `/v1/territories/${T(12)}/comments`, from('198.51.100.232', bearer(token)));
    await expectReply(200, `/v1/territories/${T(12)}/comments`, from('198.51.100.230', bearer(fresh)));
    // Five wrong tokens from one connection: every token route then answers 429 with Retry-After.
    const throttled = '198.51.100.233';
    for (let attempt = 0; attempt < 5; attempt += 1) await expectReply(403, `/v1/territories/${T(12)}/comments`, from(throttled, bearer(`wrong-${attempt}`)));
    await expectReply(429, `/v1/territories/${T(12)}/comments`, from(throttled, bearer(fresh)));
    await expectReply(429, `/v1/territories/${T(12)}/token`, from(throttled, operatorPost(fresh)));
    await expectReply(429, `/v1/territories/${T(12)}/comments.csv`, from(throttled, bearer(fresh)));
    await expectReply(429, `/v1/territories/${T(12)}/answers.csv`, from(throttled, bearer(fresh)));
    await expectReply(429, `/v1/territories/${T(12)}/registration`, from(throttled, bearer(fresh)));
    await expectReply(
      429,
      `/v1/territories/${T(12)}/origins`,
      from(throttled, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${fresh}` }, body: '{"origins":[]}' }),
    );
    await expectReply(
      429,
      `/v1/territories/${T(12)}/logo`,
      from(throttled, { method: 'PUT', headers: { 'content-type': 'image/png', authorization: `Bearer ${fresh}` }, body: PNG }),
    );
    await expectReply(429, `/v1/territories/${T(12)}/logo`, from(throttled, { method: 'DELETE', headers: { authorization: `Bearer ${fresh}` } }));
    await expectReply(429, '/v1/registrations', from(throttled, bearer(OPERATOR)));
    await expectReply(429, '/v1/registrations/territories', from(throttled, bearer(OPERATOR)));
    for (const action of ['approve', 'reject'])
      await expectReply(429, `/v1/registrations/${crypto.randomUUID()}/${action}`, from(throttled, operatorPost(OPERATOR)));
    await expectReply(429, '/v1/trophy/review?year=2022', from(throttled, bearer(OPERATOR)));
    for (const path of ['/v1/trophy/2022/publish', '/v1/trophy/2022/accueil/publish'])
      await expectReply(429, path, from(throttled, { ...json({}), headers: { 'content-type': 'application/json', authorization: `Bearer ${OPERATOR}` } }));
  });

  it('the logo: PUT, GET (and 304) and DELETE /v1/territories/{id}/logo', async () => {
    const ip = '198.51.100.245';
    const as = (method: string, token?: string, body?: BodyInit, type = 'image/png', headers: Record<string, string> = {}): RequestInit => ({
      method,
      headers: { 'cf-connecting-ip': ip, 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      ...(body === undefined ? {} : { body }),
    });
    const token = await register(T(17));
    const path = `/v1/territories/${T(17)}/logo`;
    await expectReply(404, path);
    await expectReply(200, path, as('PUT', token, PNG));
    const logo = await expectReply(200, path);
    await expectReply(304, path, { headers: { 'if-none-match': logo.headers.get('etag') ?? '' } });
    await expectReply(200, path, as('PUT', token, '<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml'));
    await expectReply(200, path);
    await expectReply(400, '/v1/territories/nowhere/logo');
    await expectReply(400, '/v1/territories/nowhere/logo', as('PUT', token, PNG));
    await expectReply(400, path, as('PUT', token, new Uint8Array()));
    await expectReply(401, path, as('PUT', undefined, PNG));
    await expectReply(403, path, as('PUT', 'a-token-that-opens-nothing', PNG, 'image/png', { 'cf-connecting-ip': '198.51.100.246' }));
    await expectReply(404, `/v1/territories/${UNKNOWN}/logo`, as('PUT', token, PNG));
    await expectReply(413, path, as('PUT', token, new Uint8Array(LOGO_MAX_BYTES + 1)));
    await expectReply(415, path, as('PUT', token, PNG, 'image/gif'));
    await expectReply(415, path, as('PUT', token, PNG, 'image/jpeg'));
    await expectReply(400, '/v1/territories/nowhere/logo', as('DELETE', token));
    await expectReply(401, path, as('DELETE'));
    await expectReply(403, path, as('DELETE', 'a-token-that-opens-nothing', undefined, 'image/png', { 'cf-connecting-ip': '198.51.100.247' }));
    await expectReply(404, `/v1/territories/${UNKNOWN}/logo`, as('DELETE', token));
    await expectReply(200, path, as('DELETE', token));
    await expectReply(404, path);
  });

  it('kiosk keys: POST, GET /v1/territories/{id}/kiosks and DELETE …/kiosks/{kiosk}', async () => {
    const as = (ip: string, method: string, token?: string, body?: unknown, type = 'application/json'): RequestInit => ({
      method,
      headers: { 'cf-connecting-ip': ip, 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const ip = '198.51.100.250';
    const token = await register(T(15));
    const path = `/v1/territories/${T(15)}/kiosks`;
    const created = await expectReply(201, path, as(ip, 'POST', token, { label: 'Accueil' }));
    const { id } = ((await created.json()) as { data: { id: string } }).data;
    await expectReply(400, path, as(ip, 'POST', token, { label: '' }));
    await expectReply(400, '/v1/territories/nowhere/kiosks', as(ip, 'POST', token, { label: 'Accueil' }));
    await expectReply(401, path, as(ip, 'POST', undefined, { label: 'Accueil' }));
    await expectReply(403, path, as('198.51.100.251', 'POST', 'a-token-that-opens-nothing', { label: 'Accueil' }));
    await expectReply(404, `/v1/territories/${UNKNOWN}/kiosks`, as(ip, 'POST', token, { label: 'Accueil' }));
    await expectReply(413, path, as(ip, 'POST', token, tooLarge(8 * 1024)));
    await expectReply(415, path, as(ip, 'POST', token, 'hello', 'text/plain'));
    for (let index = 1; index < 50; index += 1) await call(path, as(ip, 'POST', token, { label: `Borne ${index}` }));
    await expectReply(409, path, as(ip, 'POST', token, { label: 'Une de trop' }));
    await expectReply(200, path, as(ip, 'GET', token));
    await expectReply(400, '/v1/territories/nowhere/kiosks', as(ip, 'GET', token));
    await expectReply(401, path, as(ip, 'GET'));
    await expectReply(403, path, as('198.51.100.251', 'GET', 'a-token-that-opens-nothing'));
    await expectReply(404, `/v1/territories/${UNKNOWN}/kiosks`, as(ip, 'GET', token));
    await expectReply(200, `${path}/${id}`, as(ip, 'DELETE', token));
    await expectReply(400, `${path}/not-a-kiosk-id`, as(ip, 'DELETE', token));
    await expectReply(401, `${path}/${id}`, as(ip, 'DELETE'));
    await expectReply(403, `${path}/${id}`, as('198.51.100.251', 'DELETE', 'a-token-that-opens-nothing'));
    await expectReply(404, `${path}/${crypto.randomUUID()}`, as(ip, 'DELETE', token));
    // Five wrong tokens from one connection: the kiosk routes answer 429 too.
    const throttled = '198.51.100.252';
    for (let attempt = 0; attempt < 5; attempt += 1) await expectReply(403, path, as(throttled, 'GET', `wrong-${attempt}`));
    await expectReply(429, path, as(throttled, 'GET', token));
    await expectReply(429, path, as(throttled, 'POST', token, { label: 'Accueil' }));
    await expectReply(429, `${path}/${id}`, as(throttled, 'DELETE', token));
  });

  it('the team’s kiosks (operator token)', async () => {
    const as = (ip: string, method: 'GET' | 'DELETE', token?: string): RequestInit => ({
      method,
      headers: { 'cf-connecting-ip': ip, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    const token = await register(T(16));
    const created = await call(`/v1/territories/${T(16)}/kiosks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'cf-connecting-ip': '198.51.100.170' },
      body: JSON.stringify({ label: 'Accueil' }),
    });
    const { id } = ((await created.json()) as { data: { id: string } }).data;
    await expectReply(200, '/v1/kiosks', as('198.51.100.170', 'GET', OPERATOR));
    await expectReply(401, '/v1/kiosks', as('198.51.100.170', 'GET'));
    await expectReply(403, '/v1/kiosks', as('198.51.100.171', 'GET', 'not-the-operator-token-at-all'));
    await expectReply(200, `/v1/kiosks/${id}`, as('198.51.100.170', 'DELETE', OPERATOR));
    await expectReply(400, '/v1/kiosks/not-a-kiosk-id', as('198.51.100.170', 'DELETE', OPERATOR));
    await expectReply(401, `/v1/kiosks/${id}`, as('198.51.100.170', 'DELETE'));
    await expectReply(403, `/v1/kiosks/${id}`, as('198.51.100.171', 'DELETE', 'not-the-operator-token-at-all'));
    await expectReply(404, `/v1/kiosks/${crypto.randomUUID()}`, as('198.51.100.170', 'DELETE', OPERATOR));
    const throttled = '198.51.100.172';
    for (let attempt = 0; attempt < 5; attempt += 1) await expectReply(403, '/v1/kiosks', as(throttled, 'GET', `wrong-${attempt}`));
    await expectReply(429, '/v1/kiosks', as(throttled, 'GET', OPERATOR));
    await expectReply(429, `/v1/kiosks/${id}`, as(throttled, 'DELETE', OPERATOR));
  });

  it('the Trophée review and publication (operator token)', async () => {
    const as = (ip: string, token?: string, body?: unknown, type = 'application/json'): RequestInit => ({
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'cf-connecting-ip': ip, 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    await expectReply(200, '/v1/trophy/review?year=2022', as('198.51.100.240', OPERATOR));
    await expectReply(400, '/v1/trophy/review?year=1900', as('198.51.100.240', OPERATOR));
    await expectReply(401, '/v1/trophy/review?year=2022', as('198.51.100.240'));
    await expectReply(403, '/v1/trophy/review?year=2022', as('198.51.100.241', 'not-the-operator-token-at-all'));
    await expectReply(400, '/v1/trophy/2022/publish', as('198.51.100.240', OPERATOR, { withdrawn: 'all' }));
    await expectReply(401, '/v1/trophy/2022/publish', as('198.51.100.240', undefined, {}));
    await expectReply(403, '/v1/trophy/2022/publish', as('198.51.100.242', 'not-the-operator-token-at-all', {}));
    await expectReply(413, '/v1/trophy/2022/publish', as('198.51.100.240', OPERATOR, tooLarge(70 * 1024)));
    await expectReply(415, '/v1/trophy/2022/publish', as('198.51.100.240', OPERATOR, 'hello', 'text/plain'));
    await expectReply(422, '/v1/trophy/2022/publish', as('198.51.100.240', OPERATOR, { withdrawn: [{ territory: UNKNOWN, reason: 'inconnue' }] }));
    await expectReply(409, '/v1/trophy/2100/publish', as('198.51.100.240', OPERATOR, {}));
    await expectReply(201, '/v1/trophy/2022/publish', as('198.51.100.240', OPERATOR, {}));
    await expectReply(200, '/v1/rankings/participation?category=departements&year=2022');
    // The Trophée de la qualité de l'accueil's palmarès, published apart.
    const accueil = '/v1/trophy/2022/accueil/publish';
    await expectReply(400, accueil, as('198.51.100.240', OPERATOR, { withdrawn: 'all' }));
    await expectReply(401, accueil, as('198.51.100.240', undefined, {}));
    await expectReply(403, accueil, as('198.51.100.243', 'not-the-operator-token-at-all', {}));
    await expectReply(413, accueil, as('198.51.100.240', OPERATOR, tooLarge(70 * 1024)));
    await expectReply(415, accueil, as('198.51.100.240', OPERATOR, 'hello', 'text/plain'));
    await expectReply(422, accueil, as('198.51.100.240', OPERATOR, { withdrawn: [{ territory: UNKNOWN, reason: 'inconnue' }] }));
    await expectReply(409, '/v1/trophy/2100/accueil/publish', as('198.51.100.240', OPERATOR, {}));
    await expectReply(201, accueil, as('198.51.100.240', OPERATOR, {}));
    await expectReply(200, '/v1/rankings/accueil?category=departements&year=2022');
  });

  // Forty-odd requests, many through the auth throttle: longer than one route's test on a busy machine.
  it('mystery audits: auditors and campaigns (operator token), the auditor’s routes, a territory’s audit figures', async () => {
    // Audits may not be dated in the future: the clock stands in this file's audit year.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2051, 11, 1, 12));
    try {
      const [audited, other] = freshTerritories(2);
      if (!audited || !other) throw new Error('needs two territories');
      const as = (ip: string, method: string, token?: string, body?: unknown, type = 'application/json'): RequestInit => ({
        method,
        headers: { 'cf-connecting-ip': ip, 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
      const team = '198.51.100.190';
      const created = await expectReply(201, '/v1/auditors', as(team, 'POST', OPERATOR, { name: 'Camille' }));
      const { auditor, token } = ((await created.json()) as { data: { auditor: { id: string }; token: string } }).data;
      await expectReply(400, '/v1/auditors', as(team, 'POST', OPERATOR, { name: 'C' }));
      await expectReply(401, '/v1/auditors', as(team, 'POST', undefined, { name: 'Camille' }));
      await expectReply(403, '/v1/auditors', as('198.51.100.191', 'POST', 'not-the-operator-token-at-all', { name: 'Camille' }));
      await expectReply(413, '/v1/auditors', as(team, 'POST', OPERATOR, tooLarge(8 * 1024)));
      await expectReply(415, '/v1/auditors', as(team, 'POST', OPERATOR, 'hello', 'text/plain'));
      await expectReply(200, '/v1/auditors', as(team, 'GET', OPERATOR));
      await expectReply(401, '/v1/auditors', as(team, 'GET'));
      await expectReply(403, '/v1/auditors', as('198.51.100.191', 'GET', 'not-the-operator-token-at-all'));

      const line = { auditor: auditor.id, territory: audited.id, service: 'mairie', channel: 'site-internet' };
      await expectReply(200, '/v1/campaigns/2051', as(team, 'PUT', OPERATOR, { assignments: [line] }));
      await expectReply(400, '/v1/campaigns/2051', as(team, 'PUT', OPERATOR, { assignments: [{ ...line, auditor: crypto.randomUUID() }] }));
      await expectReply(400, '/v1/campaigns/1999', as(team, 'PUT', OPERATOR, { assignments: [] }));
      await expectReply(401, '/v1/campaigns/2051', as(team, 'PUT', undefined, { assignments: [] }));
      await expectReply(403, '/v1/campaigns/2051', as('198.51.100.191', 'PUT', 'not-the-operator-token-at-all', { assignments: [] }));
      await expectReply(413, '/v1/campaigns/2051', as(team, 'PUT', OPERATOR, tooLarge(1100 * 1024)));
      await expectReply(415, '/v1/campaigns/2051', as(team, 'PUT', OPERATOR, 'hello', 'text/plain'));
      await expectReply(200, '/v1/campaigns/2051', as(team, 'GET', OPERATOR));
      await expectReply(400, '/v1/campaigns/1999', as(team, 'GET', OPERATOR));
      await expectReply(401, '/v1/campaigns/2051', as(team, 'GET'));
      await expectReply(403, '/v1/campaigns/2051', as('198.51.100.191', 'GET', 'not-the-operator-token-at-all'));
      await expectReply(200, '/v1/campaigns/2051/assignments', as(team, 'POST', OPERATOR, { assignments: [line] }));
      await expectReply(400, '/v1/campaigns/2051/assignments', as(team, 'POST', OPERATOR, { assignments: [{ ...line, channel: 'fax' }] }));
      await expectReply(401, '/v1/campaigns/2051/assignments', as(team, 'POST', undefined, { assignments: [] }));
      await expectReply(403, '/v1/campaigns/2051/assignments', as('198.51.100.189', 'POST', 'not-the-operator-token-at-all', { assignments: [] }));
      await expectReply(413, '/v1/campaigns/2051/assignments', as(team, 'POST', OPERATOR, tooLarge(1100 * 1024)));
      await expectReply(415, '/v1/campaigns/2051/assignments', as(team, 'POST', OPERATOR, 'hello', 'text/plain'));

      const app = '198.51.100.192';
      await expectReply(200, '/v1/audits/assignments?year=2051', as(app, 'GET', token));
      await expectReply(400, '/v1/audits/assignments?year=1999', as(app, 'GET', token));
      await expectReply(401, '/v1/audits/assignments', as(app, 'GET'));
      await expectReply(403, '/v1/audits/assignments', as('198.51.100.193', 'GET', 'not-an-auditor-token'));
      const audit = {
        id: crypto.randomUUID(),
        grid: 'v1',
        territory: audited.id,
        service: 'mairie',
        channel: 'site-internet',
        observedAt: '2051-03-10T10:00:00+01:00',
        observations: {
          'coordonnees-trouvables': 'oui',
          'declaration-accessibilite': 'non',
          'contact-propose': 'oui',
          'langage-clair': 'oui',
          'demarche-trouvable': 'oui',
          'demarche-aboutie': 'na',
        },
        notes: 'RAS',
      };
      await expectReply(201, '/v1/audits', as(app, 'POST', token, audit));
      await expectReply(200, '/v1/audits', as(app, 'POST', token, audit));
      await expectReply(409, '/v1/audits', as(app, 'POST', token, { ...audit, notes: 'autre chose' }));
      await expectReply(400, '/v1/audits', as(app, 'POST', token, { ...audit, observations: {} }));
      await expectReply(401, '/v1/audits', as(app, 'POST', undefined, audit));
      await expectReply(403, '/v1/audits', as(app, 'POST', token, { ...audit, id: crypto.randomUUID(), territory: other.id }));
      await expectReply(404, '/v1/audits', as(app, 'POST', token, { ...audit, id: crypto.randomUUID(), territory: UNKNOWN }));
      await expectReply(413, '/v1/audits', as(app, 'POST', token, tooLarge(20 * 1024)));
      await expectReply(415, '/v1/audits', as(app, 'POST', token, 'hello', 'text/plain'));

      const adminToken = await register(audited.id);
      await expectReply(200, `/v1/territories/${audited.id}/audits?year=2051`);
      await expectReply(200, `/v1/territories/${audited.id}/audits?year=2051`, as(app, 'GET', adminToken));
      await expectReply(400, `/v1/territories/${audited.id}/audits?year=1999`);
      await expectReply(401, `/v1/territories/${audited.id}/audits`, { headers: { authorization: 'Basic eDp5' } });
      await expectReply(403, `/v1/territories/${audited.id}/audits`, as('198.51.100.193', 'GET', 'not-the-admin-token'));
      await expectReply(404, `/v1/territories/${UNKNOWN}/audits`);

      await expectReply(200, `/v1/auditors/${auditor.id}`, as(team, 'DELETE', OPERATOR));
      await expectReply(400, '/v1/auditors/not-an-auditor', as(team, 'DELETE', OPERATOR));
      await expectReply(401, `/v1/auditors/${auditor.id}`, as(team, 'DELETE'));
      await expectReply(403, `/v1/auditors/${auditor.id}`, as('198.51.100.191', 'DELETE', 'not-the-operator-token-at-all'));
      await expectReply(404, `/v1/auditors/${crypto.randomUUID()}`, as(team, 'DELETE', OPERATOR));

      // Five wrong tokens from one connection: every audit route answers 429, right token or not.
      const throttled = '198.51.100.194';
      for (let attempt = 0; attempt < 5; attempt += 1) await expectReply(403, '/v1/audits/assignments', as(throttled, 'GET', `wrong-${attempt}`));
      await expectReply(429, '/v1/auditors', as(throttled, 'GET', OPERATOR));
      await expectReply(429, '/v1/auditors', as(throttled, 'POST', OPERATOR, { name: 'Camille' }));
      await expectReply(429, `/v1/auditors/${auditor.id}`, as(throttled, 'DELETE', OPERATOR));
      await expectReply(429, '/v1/campaigns/2051', as(throttled, 'GET', OPERATOR));
      await expectReply(429, '/v1/campaigns/2051', as(throttled, 'PUT', OPERATOR, { assignments: [] }));
      await expectReply(429, '/v1/campaigns/2051/assignments', as(throttled, 'POST', OPERATOR, { assignments: [] }));
      await expectReply(429, '/v1/audits/assignments', as(throttled, 'GET', token));
      await expectReply(429, '/v1/audits', as(throttled, 'POST', token, audit));
      await expectReply(429, `/v1/territories/${audited.id}/audits`, as(throttled, 'GET', adminToken));
    } finally {
      vi.useRealTimers();
    }
  }, 90_000);

  it('covered every status the document lists, but those that cannot be reached cheaply', () => {
    const unreached: Record<string, string> = {
      'post /v1/responses 503': 'a ledger unavailable',
      'get /v1/registrations 503': 'no operator token configured (tests run with the local one)',
      'get /v1/registrations/territories 503': 'no operator token configured',
      'post /v1/registrations/{claim}/approve 503': 'no operator token configured',
      'post /v1/registrations/{claim}/reject 503': 'no operator token configured',
      'post /v1/registrations/{claim}/approve 409': 'another claim approved in between (a race: approving drops the other claims)',
      'get /v1/trophy/review 503': 'no operator token configured',
      'post /v1/trophy/{year}/publish 503': 'no operator token configured',
      'post /v1/trophy/{year}/accueil/publish 503': 'no operator token configured',
      'get /v1/kiosks 503': 'no operator token configured',
      'delete /v1/kiosks/{kiosk} 503': 'no operator token configured',
      'get /v1/auditors 503': 'no operator token configured',
      'post /v1/auditors 503': 'no operator token configured',
      'delete /v1/auditors/{auditor} 503': 'no operator token configured',
      'get /v1/campaigns/{year} 503': 'no operator token configured',
      'put /v1/campaigns/{year} 503': 'no operator token configured',
      'post /v1/campaigns/{year}/assignments 503': 'no operator token configured',
    };
    const listed = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).flatMap(([method, operation]) => Object.keys(operation.responses).map((status) => `${method} ${path} ${status}`)),
    );
    const missing = listed.filter((entry) => !seen.has(entry) && !(entry in unreached));
    expect(missing).toEqual([]);
    expect(Object.keys(unreached).filter((entry) => !listed.includes(entry))).toEqual([]);
  });
});
