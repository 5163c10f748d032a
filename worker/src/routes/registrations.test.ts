import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../../survey/api.js';
import { ClaimDecisionReplySchema, LOCAL_OPERATOR_TOKEN, RegisteredTerritoriesReplySchema, type RegisteredTerritory } from '../../../survey/registration.js';
import { call, claimTerritory, operator, register } from '../../test/fixtures.js';
import { freshTerritory } from '../../test/territories.js';

async function listed(): Promise<{ territories: RegisteredTerritory[]; text: string }> {
  const response = await operator('/v1/registrations/territories');
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  const text = await response.text();
  return { territories: RegisteredTerritoriesReplySchema.parse(JSON.parse(text)).data.territories, text };
}

describe('GET /v1/registrations/territories', () => {
  it('needs the operator token: 401 without, 403 with another', async () => {
    expect((await call('/v1/registrations/territories')).status).toBe(401);
    expect((await call('/v1/registrations/territories', { headers: { authorization: 'Bearer not-the-operator-token' } })).status).toBe(403);
  });

  it('lists the approved territories by id, as the reference data describes them, without contact or token', async () => {
    const commune = freshTerritory();
    const epci = freshTerritory({ kind: 'epci' });
    const pending = freshTerritory();
    const before = Date.now();
    const adminToken = await register(commune.id, ['https://www.ville.example.fr'], 'secret-contact@ville.example.fr');
    await register(epci.id);
    expect((await claimTerritory({ territory: pending.id, contact: 'pending@ville.example.fr' })).status).toBe(201);

    const { territories, text } = await listed();
    const ids = territories.map((territory) => territory.id);
    expect(ids).toEqual([...ids].sort());
    // A claim is not a registration until the team approves it.
    expect(ids).not.toContain(pending.id);
    const mine = territories.find((territory) => territory.id === commune.id);
    expect(mine).toEqual({ ...commune, origins: ['https://www.ville.example.fr'], registeredAt: expect.any(String) });
    expect(Date.parse(mine?.registeredAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(territories.find((territory) => territory.id === epci.id)).toMatchObject({ ...epci, origins: [] });
    expect(text).not.toContain('secret-contact');
    expect(text).not.toContain(adminToken);
    expect(text).not.toMatch(/contact|token|hash/i);
  });

  it('still lists a registration whose id the reference data no longer knows, by its id', async () => {
    // A valid form no territory has: as if the reference data had dropped a merged commune's EPCI.
    const gone = 'epci:000000001';
    await env.DB.prepare("INSERT INTO territories (id, contact, origins, admin_token_hash, created_at) VALUES (?, 'x@example.fr', '[]', 'h', 0)")
      .bind(gone)
      .run();
    try {
      const { territories } = await listed();
      expect(territories.find((territory) => territory.id === gone)).toEqual({
        id: gone,
        kind: 'epci',
        name: gone,
        population: 0,
        departement: '',
        origins: [],
        registeredAt: '1970-01-01T00:00:00.000Z',
      });
    } finally {
      await env.DB.prepare('DELETE FROM territories WHERE id = ?').bind(gone).run();
    }
  });
});

describe('POST /v1/registrations/:claim/reject', () => {
  const reject = (claim: string, init: RequestInit = {}) =>
    call(`/v1/registrations/${claim}/reject`, {
      method: 'POST',
      ...init,
      headers: { authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}`, 'cf-connecting-ip': '192.0.2.1', ...(init.headers as Record<string, string> | undefined) },
    });
  const claimOn = async () => {
    const territory = freshTerritory().id;
    const claimed = await claimTerritory({ territory, contact: 'x@ville.example.fr', origins: ['https://www.ville.example.fr'] });
    return { territory, claim: ((await claimed.json()) as { data: { claim: string } }).data.claim };
  };

  it('returns the reason given, and leaves it out without a body', async () => {
    const { territory, claim } = await claimOn();
    const reason = 'L’adresse de contact n’est pas celle de la mairie : écrivez depuis une adresse @ville.fr.';
    const rejected = await reject(claim, { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reason }) });
    expect(rejected.status).toBe(200);
    expect(ClaimDecisionReplySchema.parse(await rejected.json()).data).toEqual({
      claim,
      territory,
      status: 'rejected',
      origins: ['https://www.ville.example.fr'],
      reason,
    });
    // Not stored: the claim is gone, reason and all.
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM registration_claims WHERE id = ?').bind(claim).first('n')).toBe(0);

    const other = await claimOn();
    const silent = await reject(other.claim);
    expect(silent.status).toBe(200);
    expect(await silent.json()).toEqual({
      data: { claim: other.claim, territory: other.territory, status: 'rejected', origins: ['https://www.ville.example.fr'] },
    });
  });

  it('refuses a reason that is empty, too long or not alone, and a body that is not JSON, keeping the claim', async () => {
    const { claim } = await claimOn();
    const issues = async (body: unknown) => {
      const response = await reject(claim, { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as ErrorEnvelope;
      expect(error.code).toBe('invalid_request');
      return error.issues?.map((issue) => issue.path);
    };
    expect(await issues({ reason: '' })).toEqual([['reason']]);
    expect(await issues({ reason: 'x'.repeat(501) })).toEqual([['reason']]);
    expect(await issues({ reason: 'ok', because: 'no' })).toEqual([[]]);
    expect(await issues({})).toEqual([['reason']]);
    expect((await reject(claim, { headers: { 'content-type': 'text/plain' }, body: 'non' })).status).toBe(415);
    expect((await reject(claim, { headers: { 'content-type': 'application/json' }, body: '{"reason":' })).status).toBe(400);
    // None of these touched it: it can still be rejected, with a reason of exactly 500 characters.
    const rejected = await reject(claim, { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reason: 'x'.repeat(500) }) });
    expect(rejected.status).toBe(200);
  });
});
