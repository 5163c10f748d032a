// Security hardening through the Worker's own fetch: headers, 404/405, token throttling and
// rotation, the dev routes' guard, and the batch's territory limit.
import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../../survey/api.js';
import { MAX_BATCH_TERRITORIES } from '../../../survey/response.js';
import { answer, call, claimTerritory, post, register } from '../../test/fixtures.js';
import { freshTerritory } from '../../test/territories.js';
import { LOCAL_OPERATOR_TOKEN } from '../config.js';
import { AUTH_FAILURE_WINDOW_MS, MAX_AUTH_FAILURES } from '../db/auth-failures.js';
import { hex, sha256 } from '../db/registrations.js';
import type { Env } from '../env.js';
import worker, { app } from '../index.js';
import { HOSTED_PAGE_CSP } from '../pages/hosted-survey.js';
import { clientHash } from './client-id.js';
import { API_CSP } from './security-headers.js';

const error = async (response: Response) => ((await response.json()) as ErrorEnvelope).error;
const bearer = (token: string, ip: string) => ({ authorization: `Bearer ${token}`, 'cf-connecting-ip': ip });

describe('security headers', () => {
  it('make every JSON and CSV reply inert and unframeable, errors and preflights included', async () => {
    const replies = [
      await call('/v1/health'),
      await call(`/v1/territories/${freshTerritory().id}/results.csv`),
      await call('/v1/territories/paris'),
      await call('/v1/nothing-here'),
      await post('{', { 'content-type': 'application/json' }),
    ];
    for (const response of replies) {
      expect(response.headers.get('x-content-type-options'), response.url).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('content-security-policy')).toBe(API_CSP);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
    const preflight = await call('/v1/responses', {
      method: 'OPTIONS',
      headers: { origin: 'https://ville.example.fr', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('keep the hosted survey’s own policy and let any town frame it', async () => {
    const page = await call(`/s/${freshTerritory().id}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(HOSTED_PAGE_CSP);
    expect(page.headers.get('x-frame-options')).toBeNull();
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('unknown routes and methods', () => {
  it('answers 404 without echoing the request', async () => {
    const response = await call('/v1/%3Cscript%3Ealert(1)%3C/script%3E');
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ error: { code: 'not_found', message: 'No route matches this request.' } });
    expect(body).not.toMatch(/script/i);
  });

  it('answers 405 with Allow when the path is a route under another method', async () => {
    const territory = freshTerritory().id;
    for (const [method, path, allow] of [
      ['GET', '/v1/responses', 'POST, OPTIONS'],
      ['DELETE', '/v1/responses', 'POST, OPTIONS'],
      ['POST', `/v1/territories/${territory}/results`, 'GET, HEAD, OPTIONS'],
      ['PUT', `/v1/territories/${territory}/comments`, 'GET, HEAD, OPTIONS'],
      ['DELETE', '/v1/territories', 'GET, POST, HEAD, OPTIONS'],
      ['GET', `/v1/territories/${territory}/token`, 'POST, OPTIONS'],
      ['POST', `/s/${territory}`, 'GET, HEAD'],
    ] as const) {
      const response = await call(path, { method });
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.get('allow')).toBe(allow);
      expect((await error(response)).code).toBe('method_not_allowed');
    }
    expect((await call('/v1/health', { method: 'HEAD' })).status).toBe(200);
  });
});

describe('wrong tokens', () => {
  it(`are refused with 429 after ${MAX_AUTH_FAILURES} within the window, right ones too, until it passes`, async () => {
    const ip = '198.51.100.7';
    const territory = freshTerritory().id;
    const adminToken = await register(territory);
    // A missing token is not a guess: it counts for nothing.
    for (let i = 0; i < 3; i += 1) expect((await call(`/v1/territories/${territory}/comments`, { headers: { 'cf-connecting-ip': ip } })).status).toBe(401);
    for (let i = 0; i < MAX_AUTH_FAILURES; i += 1) {
      expect((await call(`/v1/territories/${territory}/comments`, { headers: bearer(`wrong-${i}`, ip) })).status).toBe(403);
    }
    const refused = await call(`/v1/territories/${territory}/comments`, { headers: bearer(adminToken, ip) });
    expect(refused.status).toBe(429);
    expect((await error(refused)).code).toBe('rate_limited');
    const wait = Number(refused.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(AUTH_FAILURE_WINDOW_MS / 1000 - 60);
    expect(wait).toBeLessThanOrEqual(AUTH_FAILURE_WINDOW_MS / 1000);
    // One client for every token route, and rotation cannot be used to get around it.
    expect((await call('/v1/registrations', { headers: bearer(LOCAL_OPERATOR_TOKEN, ip) })).status).toBe(429);
    expect((await call(`/v1/territories/${territory}/token`, { method: 'POST', headers: bearer(adminToken, ip) })).status).toBe(429);
    // Another connection is not affected.
    expect((await call(`/v1/territories/${territory}/comments`, { headers: bearer(adminToken, '198.51.100.8') })).status).toBe(200);
    // Only the salted daily hash is stored, never the IP.
    const client = await clientHash(new Request('http://x', { headers: { 'cf-connecting-ip': ip } }), 'barometre-local-development-salt', Date.now());
    const rows = await env.DB.prepare('SELECT client FROM auth_failures').all<{ client: string }>();
    expect(rows.results.filter((row) => row.client === client)).toHaveLength(MAX_AUTH_FAILURES);
    expect(JSON.stringify(rows.results)).not.toContain(ip);
    // The window passes.
    await env.DB.prepare('UPDATE auth_failures SET at = at - ? WHERE client = ?').bind(AUTH_FAILURE_WINDOW_MS, client).run();
    expect((await call(`/v1/territories/${territory}/comments`, { headers: bearer(adminToken, ip) })).status).toBe(200);
  });

  it('of the operator count the same way', async () => {
    const ip = '198.51.100.9';
    for (let i = 0; i < MAX_AUTH_FAILURES; i += 1)
      expect((await call('/v1/registrations', { headers: bearer(`not-the-operator-token-${i}`, ip) })).status).toBe(403);
    const refused = await call('/v1/registrations', { headers: bearer(LOCAL_OPERATOR_TOKEN, ip) });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await call('/v1/registrations', { headers: bearer(LOCAL_OPERATOR_TOKEN, '198.51.100.10') })).status).toBe(200);
  });

  it('are forgotten by the daily cron after 48 h', async () => {
    const now = Date.now();
    await env.DB.prepare("INSERT INTO auth_failures (client, at) VALUES ('old-guesser', ?), ('recent-guesser', ?)")
      .bind(now - 49 * 3_600_000, now - 47 * 3_600_000)
      .run();
    await worker.scheduled(createScheduledController({ scheduledTime: now, cron: '0 3 * * *' }), env as Env);
    const clients = (await env.DB.prepare('SELECT client FROM auth_failures').all<{ client: string }>()).results.map((row) => row.client);
    expect(clients).toContain('recent-guesser');
    expect(clients).not.toContain('old-guesser');
  });
});

describe('POST /v1/territories/:id/token (rotation)', () => {
  it('gives a new token once, stores only its hash, and the old one stops working at once', async () => {
    const territory = freshTerritory().id;
    const ip = '198.51.100.20';
    const old = await register(territory);
    const rotated = await call(`/v1/territories/${territory}/token`, { method: 'POST', headers: bearer(old, ip) });
    expect(rotated.status).toBe(201);
    expect(rotated.headers.get('cache-control')).toBe('no-store');
    const { data } = (await rotated.json()) as { data: { territory: string; adminToken: string } };
    expect(data.territory).toBe(territory);
    expect(data.adminToken).toMatch(/^[\w-]{43}$/);
    expect(data.adminToken).not.toBe(old);
    const stored = await env.DB.prepare('SELECT admin_token_hash FROM territories WHERE id = ?').bind(territory).first<{ admin_token_hash: string }>();
    expect(stored?.admin_token_hash).toBe(hex(await sha256(data.adminToken)));
    expect((await call(`/v1/territories/${territory}/comments`, { headers: bearer(old, ip) })).status).toBe(403);
    expect((await call(`/v1/territories/${territory}/token`, { method: 'POST', headers: bearer(old, ip) })).status).toBe(403);
    expect((await call(`/v1/territories/${territory}/comments`, { headers: bearer(data.adminToken, ip) })).status).toBe(200);
  });

  it('needs the token of an approved registration', async () => {
    const ip = '198.51.100.21';
    const claimed = freshTerritory().id;
    const other = freshTerritory().id;
    expect((await call(`/v1/territories/${claimed}/token`, { method: 'POST', headers: { 'cf-connecting-ip': ip } })).status).toBe(401);
    const claim = await claimTerritory({ territory: claimed, contact: 'mairie@ville.example.fr', origins: [] });
    const { adminToken } = ((await claim.json()) as { data: { adminToken: string } }).data;
    const pending = await call(`/v1/territories/${claimed}/token`, { method: 'POST', headers: bearer(adminToken, ip) });
    expect(pending.status).toBe(403);
    expect((await error(pending)).code).toBe('registration_pending');
    expect((await call(`/v1/territories/${other}/token`, { method: 'POST', headers: bearer(adminToken, ip) })).status).toBe(403);
  });
});

describe('/v1/dev/seed', () => {
  const devEnv = () => ({ ...(env as Env), DEV_ROUTES: 'true' });
  const seed = (host: string, body: unknown) =>
    app.fetch(
      new Request(`http://${host}/v1/dev/seed`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      devEnv(),
    );

  it('answers only on a loopback host, as if absent elsewhere', async () => {
    const territory = freshTerritory().id;
    const body = { at: Date.UTC(2025, 0, 15), answers: [answer({ territory })] };
    for (const host of ['barometre.test', '127.0.0.1.example.com', '10.0.0.1:8787']) {
      const response = await seed(host, body);
      expect(response.status, host).toBe(404);
      expect(await error(response)).toEqual({ code: 'not_found', message: 'No route matches this request.' });
    }
    for (const host of ['127.0.0.1:8787', 'localhost:8787', '[::1]:8787']) {
      expect((await seed(host, { at: body.at, answers: [answer({ territory })] })).status, host).toBe(200);
    }
  });

  it('masks comments exactly as the public route does', async () => {
    const territory = freshTerritory().id;
    const adminToken = await register(territory);
    const seeded = await seed('127.0.0.1:8787', {
      at: Date.UTC(2025, 0, 15),
      answers: [answer({ territory, comment: 'Écrivez à jean@example.fr ou au 06 12 34 56 78' })],
    });
    expect(seeded.status).toBe(200);
    const comments = await call(`/v1/territories/${territory}/comments`, { headers: bearer(adminToken, '198.51.100.30') });
    const { data } = (await comments.json()) as { data: { comments: { comment: string }[] } };
    expect(data.comments.map((item) => item.comment)).toEqual(['Écrivez à [courriel masqué] ou au [téléphone masqué]']);
  });
});

describe(`a batch naming more than ${MAX_BATCH_TERRITORIES} territories`, () => {
  it('is refused whole, with an issue per answer beyond the first territories', async () => {
    const [a, b, c, d, e] = [freshTerritory().id, freshTerritory().id, freshTerritory().id, freshTerritory().id, freshTerritory().id];
    // Seven answers, five territories: the fifth and sixth name a fourth and a fifth, the seventh one already named.
    const batch = [a, b, a, c, d, e, b].map((territory) => answer({ territory }));
    for (const path of ['/v1/responses', '/v1/responses/validate']) {
      const response = await post({ answers: batch }, undefined, path);
      expect(response.status).toBe(400);
      const { code, issues } = await error(response);
      expect(code).toBe('invalid_request');
      expect(issues?.map((issue) => issue.path)).toEqual([
        ['answers', 4, 'territory'],
        ['answers', 5, 'territory'],
      ]);
    }
    const results = await call(`/v1/territories/${a}/results`);
    expect(((await results.json()) as { data: { answers: number } }).data.answers).toBe(0);
    const within = await post({ answers: batch.slice(0, 4) });
    expect(within.status).toBe(200);
  });
});
