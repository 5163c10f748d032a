import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../../survey/api.js';
import { OriginsReplySchema, OwnRegistrationReplySchema } from '../../../survey/registration.js';
import { LOCAL_OPERATOR_TOKEN } from '../config.js';
import { answer, call, claimTerritory, operator, post, register } from '../../test/fixtures.js';
import { freshTerritory } from '../../test/territories.js';

const bearer = (token: string, ip?: string): RequestInit => ({ headers: { authorization: `Bearer ${token}`, ...(ip ? { 'cf-connecting-ip': ip } : {}) } });

async function claimOf(territory: string, contact: string, origins: string[]): Promise<{ adminToken: string; claim: string }> {
  const claimed = await claimTerritory({ territory, contact, origins });
  expect(claimed.status).toBe(201);
  return ((await claimed.json()) as { data: { adminToken: string; claim: string } }).data;
}

function putOrigins(territory: string, token: string, body: unknown, type = 'application/json'): Promise<Response> {
  return call(`/v1/territories/${territory}/origins`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function errorOf(response: Response): Promise<ErrorEnvelope['error']> {
  return ((await response.json()) as ErrorEnvelope).error;
}

describe('GET /v1/territories/:id/registration', () => {
  it('shows a pending claim to its own token, then the approved registration, never to another token', async () => {
    const place = freshTerritory();
    const before = Date.now();
    const town = await claimOf(place.id, 'dgs@ville.example.fr', ['https://www.ville.example.fr']);
    const stranger = await claimOf(place.id, 'squat@example.com', ['https://squat.example']);

    const pending = await call(`/v1/territories/${place.id}/registration`, bearer(town.adminToken));
    expect(pending.status).toBe(200);
    expect(pending.headers.get('cache-control')).toBe('no-store');
    const seen = OwnRegistrationReplySchema.parse(await pending.json()).data;
    expect(seen).toEqual({
      territory: place.id,
      name: place.name,
      status: 'pending',
      claim: town.claim,
      contact: 'dgs@ville.example.fr',
      origins: ['https://www.ville.example.fr'],
      createdAt: expect.any(String),
    });
    expect(Date.parse(seen.status === 'pending' ? seen.createdAt : '')).toBeGreaterThanOrEqual(before - 1000);
    // Each claim sees its own, not its rival's.
    const rival = OwnRegistrationReplySchema.parse(await (await call(`/v1/territories/${place.id}/registration`, bearer(stranger.adminToken))).json()).data;
    expect(rival).toMatchObject({ status: 'pending', claim: stranger.claim, contact: 'squat@example.com' });

    expect((await operator(`/v1/registrations/${town.claim}/approve`, 'POST')).status).toBe(200);
    const active = OwnRegistrationReplySchema.parse(await (await call(`/v1/territories/${place.id}/registration`, bearer(town.adminToken))).json()).data;
    expect(active).toEqual({
      territory: place.id,
      name: place.name,
      status: 'active',
      contact: 'dgs@ville.example.fr',
      origins: ['https://www.ville.example.fr'],
      registeredAt: expect.any(String),
    });
    // Approval dropped the stranger's claim: its token opens nothing, but its space learns why.
    const dropped = OwnRegistrationReplySchema.parse(await (await call(`/v1/territories/${place.id}/registration`, bearer(stranger.adminToken))).json()).data;
    expect(dropped).toEqual({
      territory: place.id,
      name: place.name,
      status: 'rejected',
      claim: stranger.claim,
      reason: 'Une autre demande pour cette collectivité a été validée.',
      rejectedAt: expect.any(String),
    });
    const comments = await call(`/v1/territories/${place.id}/comments`, bearer(stranger.adminToken, '198.51.100.70'));
    expect(comments.status).toBe(403);
    expect((await errorOf(comments)).code).toBe('registration_rejected');
  });

  it('tells a refused claim the team’s reason, or none, for 30 days, and never its contact again', async () => {
    const place = freshTerritory();
    const refused = await claimOf(place.id, 'quelquun@example.com', ['https://example.com']);
    const silent = await claimOf(place.id, 'autre@example.com', []);
    const reject = (claim: string, body?: unknown) =>
      call(`/v1/registrations/${claim}/reject`, {
        method: 'POST',
        headers: { authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    expect((await reject(refused.claim, { reason: 'Adresse sans lien avec la mairie.' })).status).toBe(200);
    expect((await reject(silent.claim)).status).toBe(200);
    const seen = async (token: string) =>
      OwnRegistrationReplySchema.parse(await (await call(`/v1/territories/${place.id}/registration`, bearer(token))).json()).data;
    expect(await seen(refused.adminToken)).toEqual({
      territory: place.id,
      name: place.name,
      status: 'rejected',
      claim: refused.claim,
      reason: 'Adresse sans lien avec la mairie.',
      rejectedAt: expect.any(String),
    });
    expect(await seen(silent.adminToken)).toMatchObject({ status: 'rejected', claim: silent.claim, reason: null });
    const stored = await env.DB.prepare('SELECT * FROM registration_rejections WHERE claim = ?').bind(refused.claim).first();
    expect(JSON.stringify(stored)).not.toContain('quelquun@example.com');
    // Thirty days on, the refusal is forgotten and the token is simply wrong.
    await env.DB.prepare('UPDATE registration_rejections SET rejected_at = rejected_at - ? WHERE claim = ?')
      .bind(31 * 24 * 60 * 60 * 1000, refused.claim)
      .run();
    expect((await call(`/v1/territories/${place.id}/registration`, bearer(refused.adminToken, '198.51.100.72'))).status).toBe(403);
  });

  it('answers 401 without a token, 403 with a wrong one or for a territory nobody claimed, 400 and 404 for bad ids', async () => {
    const territory = freshTerritory().id;
    const adminToken = await register(territory);
    const missing = await call(`/v1/territories/${territory}/registration`);
    expect(missing.status).toBe(401);
    expect((await errorOf(missing)).code).toBe('unauthorized');
    expect((await call(`/v1/territories/${territory}/registration`, bearer('wrong-token', '198.51.100.71'))).status).toBe(403);
    expect((await call(`/v1/territories/${freshTerritory().id}/registration`, bearer(adminToken, '198.51.100.71'))).status).toBe(403);
    expect((await call('/v1/territories/nowhere/registration', bearer(adminToken))).status).toBe(400);
    expect((await call('/v1/territories/commune:99999/registration', bearer(adminToken))).status).toBe(404);
  });
});

describe('PUT /v1/territories/:id/origins', () => {
  it('replaces the origins of an approved registration, lower-cased and each once, enforced at once by this instance', async () => {
    const territory = freshTerritory().id;
    const adminToken = await register(territory, ['https://www.ville.example.fr']);
    const from = (origin: string) => post(answer({ territory }), { 'content-type': 'application/json', origin });
    // Read once, so this isolate caches the old origins: the change must not wait for the cache to expire.
    expect((await from('https://www.ville.example.fr')).status).toBe(200);
    expect((await from('https://demarches.ville.example.fr')).status).toBe(403);

    const replaced = await putOrigins(territory, adminToken, {
      origins: ['HTTPS://Demarches.Ville.Example.fr', 'https://demarches.ville.example.fr', 'http://localhost:8080'],
    });
    expect(replaced.status).toBe(200);
    expect(replaced.headers.get('cache-control')).toBe('no-store');
    expect(OriginsReplySchema.parse(await replaced.json()).data).toEqual({
      territory,
      origins: ['https://demarches.ville.example.fr', 'http://localhost:8080'],
    });
    const stored = await env.DB.prepare('SELECT origins FROM territories WHERE id = ?').bind(territory).first<{ origins: string }>();
    expect(JSON.parse(stored?.origins ?? 'null')).toEqual(['https://demarches.ville.example.fr', 'http://localhost:8080']);
    expect((await from('https://demarches.ville.example.fr')).status).toBe(200);
    expect((await from('https://www.ville.example.fr')).status).toBe(403);
    const registration = OwnRegistrationReplySchema.parse(await (await call(`/v1/territories/${territory}/registration`, bearer(adminToken))).json());
    expect(registration.data).toMatchObject({ status: 'active', origins: ['https://demarches.ville.example.fr', 'http://localhost:8080'] });

    // No origin at all: any site may send answers again, as for a registration that declared none.
    expect((await putOrigins(territory, adminToken, { origins: [] })).status).toBe(200);
    expect((await from('https://ailleurs.example.org')).status).toBe(200);
  });

  it('refuses bad bodies with the issues, and tokens that are not an approved registration’s', async () => {
    const territory = freshTerritory().id;
    const adminToken = await register(territory);
    const issuesOf = async (body: unknown) => {
      const response = await putOrigins(territory, adminToken, body);
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe('invalid_request');
      return error.issues?.map((issue) => issue.path);
    };
    expect(await issuesOf({ origins: ['https://ok.example.fr', 'https://ok.example.fr/path'] })).toEqual([['origins', 1]]);
    expect(await issuesOf({ origins: Array.from({ length: 21 }, (_, index) => `https://site${index}.example.fr`) })).toEqual([['origins']]);
    expect(await issuesOf({})).toEqual([['origins']]);
    expect(await issuesOf({ origins: [], extra: true })).toEqual([[]]);
    const json = await putOrigins(territory, adminToken, '{"origins": [');
    expect(json.status).toBe(400);
    expect((await errorOf(json)).code).toBe('invalid_json');
    expect((await putOrigins(territory, adminToken, 'https://ok.example.fr', 'text/plain')).status).toBe(415);

    const claimed = freshTerritory().id;
    const { adminToken: pendingToken } = await claimOf(claimed, 'mairie@ville.example.fr', []);
    const pending = await putOrigins(claimed, pendingToken, { origins: ['https://www.ville.example.fr'] });
    expect(pending.status).toBe(403);
    expect((await errorOf(pending)).code).toBe('registration_pending');
    const wrong = await call(`/v1/territories/${territory}/origins`, {
      method: 'PUT',
      headers: { authorization: 'Bearer wrong-token', 'content-type': 'application/json', 'cf-connecting-ip': '198.51.100.72' },
      body: '{"origins":[]}',
    });
    expect(wrong.status).toBe(403);
    expect((await errorOf(wrong)).code).toBe('forbidden');
    const none = await call(`/v1/territories/${territory}/origins`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"origins":[]}' });
    expect(none.status).toBe(401);
  });

  it('is allowed by CORS preflights, since the territory’s space may run on another origin', async () => {
    const preflight = await call(`/v1/territories/${freshTerritory().id}/origins`, {
      method: 'OPTIONS',
      headers: { origin: 'https://espace.example.fr', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
  });
});
