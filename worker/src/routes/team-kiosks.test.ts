import { describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../../survey/api.js';
import { KIOSK_KEY_HEADER, type KioskCreatedReply, type KioskRevokedReply, type TeamKiosksReply } from '../../../survey/kiosk.js';
import type { ResponsesReply } from '../../../survey/response.js';
import { LOCAL_OPERATOR_TOKEN } from '../../../survey/registration.js';
import { answer, call, post, register } from '../../test/fixtures.js';
import { freshTerritory } from '../../test/territories.js';

const team = (init: RequestInit = {}, token = LOCAL_OPERATOR_TOKEN): RequestInit => ({
  ...init,
  headers: { authorization: `Bearer ${token}`, 'cf-connecting-ip': '198.51.100.160' },
});

async function kioskOf(territory: string, token: string, label: string): Promise<KioskCreatedReply['data']> {
  const response = await call(`/v1/territories/${territory}/kiosks`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ label, hours: { opens: '00:00', closes: '24:00' }, days: [1, 2, 3, 4, 5, 6, 7] }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as KioskCreatedReply).data;
}

describe('the team’s kiosks: /v1/kiosks', () => {
  it('lists every territory’s kiosks, live ones first, with the territory’s name, and never a key', async () => {
    const [town, other] = [freshTerritory(), freshTerritory()];
    const townKiosk = await kioskOf(town.id, await register(town.id), 'Accueil mairie');
    const otherToken = await register(other.id);
    const revoked = await kioskOf(other.id, otherToken, 'Ancienne borne');
    const live = await kioskOf(other.id, otherToken, 'Médiathèque');
    await call(`/v1/territories/${other.id}/kiosks/${revoked.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${otherToken}` } });

    const response = await call('/v1/kiosks', team());
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { kiosks } = ((await response.json()) as TeamKiosksReply).data;
    const ours = kiosks.filter((kiosk) => kiosk.territory === town.id || kiosk.territory === other.id);
    expect(ours.map((kiosk) => [kiosk.name, kiosk.label, kiosk.revokedAt === null])).toEqual([
      [other.name, 'Médiathèque', true],
      [town.name, 'Accueil mairie', true],
      [other.name, 'Ancienne borne', false],
    ]);
    expect(ours.map((kiosk) => kiosk.id)).toEqual([live.id, townKiosk.id, revoked.id]);
    expect(JSON.stringify(kiosks)).not.toContain(townKiosk.key);
  });

  it('lets the team revoke any territory’s kiosk, whose answers are refused from then on', async () => {
    const town = freshTerritory();
    const kiosk = await kioskOf(town.id, await register(town.id), 'Accueil');
    const revoked = await call(`/v1/kiosks/${kiosk.id}`, team({ method: 'DELETE' }));
    expect(revoked.status).toBe(200);
    expect(((await revoked.json()) as KioskRevokedReply).data).toMatchObject({ id: kiosk.id, territory: town.id, label: 'Accueil' });
    const sent = await post(answer({ territory: town.id }), { 'content-type': 'application/json', [KIOSK_KEY_HEADER]: kiosk.key });
    expect(((await sent.json()) as ResponsesReply).data.results[0]).toMatchObject({ status: 'rejected', error: { code: 'kiosk_key_revoked' } });
  });

  it('refuses anyone without the operator token, and says what is wrong with a bad kiosk id', async () => {
    expect((await call('/v1/kiosks', { headers: { 'cf-connecting-ip': '198.51.100.161' } })).status).toBe(401);
    expect((await call('/v1/kiosks', team({}, 'not-the-operator-token-at-all'))).status).toBe(403);
    const malformed = await call('/v1/kiosks/not-a-kiosk', team({ method: 'DELETE' }));
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorEnvelope).error.code).toBe('invalid_request');
    const unknown = await call(`/v1/kiosks/${crypto.randomUUID()}`, team({ method: 'DELETE' }));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorEnvelope).error.code).toBe('unknown_kiosk');
  });
});
