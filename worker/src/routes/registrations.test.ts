import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { RegisteredTerritoriesReplySchema, type RegisteredTerritory } from '../../../survey/registration.js';
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
