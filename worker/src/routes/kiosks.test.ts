import { runDurableObjectAlarm } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../../survey/api.js';
import { KIOSK_KEY_HEADER, MAX_LIVE_KIOSKS, parisClock, type Kiosk, type KioskCreatedReply, type KiosksReply } from '../../../survey/kiosk.js';
import type { Answer, ResponsesReply } from '../../../survey/response.js';
import { answer, call, claimTerritory, context, post, register, results } from '../../test/fixtures.js';
import { freshTerritory } from '../../test/territories.js';
import { participation } from '../db/summaries.js';
import { kioskLimits } from '../ledger/kiosk-pace.js';
import { reviewOf } from '../results/ranking.js';
import { ledger } from '../ledger/shards.js';

const ALWAYS_OPEN = { hours: { opens: '00:00', closes: '24:00' }, days: [1, 2, 3, 4, 5, 6, 7] };

function admin(token: string, init: RequestInit = {}): RequestInit {
  return { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers as Record<string, string>) } };
}

async function createKiosk(territory: string, token: string, body: unknown = { label: 'Accueil', ...ALWAYS_OPEN }): Promise<Response> {
  return call(`/v1/territories/${territory}/kiosks`, admin(token, { method: 'POST', body: JSON.stringify(body) }));
}

async function newKiosk(territory: string, token: string, body?: unknown): Promise<KioskCreatedReply['data']> {
  const response = await createKiosk(territory, token, body);
  expect(response.status).toBe(201);
  return ((await response.json()) as KioskCreatedReply).data;
}

/** Sends answers with a kiosk key, 20 a request; returns every answer's result. */
async function sendAsKiosk(key: string, answers: Answer[]): Promise<ResponsesReply['data']['results']> {
  const all: ResponsesReply['data']['results'] = [];
  for (let start = 0; start < answers.length; start += 20) {
    const response = await post({ answers: answers.slice(start, start + 20) }, { 'content-type': 'application/json', [KIOSK_KEY_HEADER]: key });
    expect(response.status).toBe(200);
    all.push(...((await response.json()) as ResponsesReply).data.results);
  }
  return all;
}

describe('kiosk keys: /v1/territories/:id/kiosks', () => {
  it('creates a key shown once (only its hash stored), lists kiosks newest first, and revokes idempotently', async () => {
    const territory = freshTerritory().id;
    const token = await register(territory);
    const response = await createKiosk(territory, token, { label: '  Accueil mairie  ' });
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const first = ((await response.json()) as KioskCreatedReply).data;
    expect(first).toMatchObject({ territory, label: 'Accueil mairie', hours: { opens: '08:00', closes: '19:00' }, days: [1, 2, 3, 4, 5, 6], revokedAt: null });
    expect(first.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await env.DB.prepare('SELECT key_hash FROM kiosk_keys WHERE id = ?').bind(first.id).first<{ key_hash: string }>();
    expect(stored?.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.key_hash).not.toContain(first.key);

    const second = await newKiosk(territory, token, { label: 'Médiathèque', hours: { opens: '10:00', closes: '18:30' }, days: [2, 3, 4, 5, 6] });
    const listed = await call(`/v1/territories/${territory}/kiosks`, admin(token));
    expect(listed.status).toBe(200);
    expect(listed.headers.get('cache-control')).toBe('no-store');
    const { kiosks } = ((await listed.json()) as KiosksReply).data;
    expect(kiosks.map((kiosk) => kiosk.id)).toEqual([second.id, first.id]);
    expect(JSON.stringify(kiosks)).not.toContain(first.key);
    expect(kiosks[0]).toEqual({
      id: second.id,
      territory,
      label: 'Médiathèque',
      hours: { opens: '10:00', closes: '18:30' },
      days: [2, 3, 4, 5, 6],
      createdAt: second.createdAt,
      revokedAt: null,
    });

    const revoke = () => call(`/v1/territories/${territory}/kiosks/${first.id}`, admin(token, { method: 'DELETE' }));
    const revoked = ((await (await revoke()).json()) as { data: Kiosk }).data;
    expect(revoked.revokedAt).not.toBeNull();
    const again = await revoke();
    expect(again.status).toBe(200);
    expect(((await again.json()) as { data: Kiosk }).data.revokedAt).toBe(revoked.revokedAt);
    const after = ((await (await call(`/v1/territories/${territory}/kiosks`, admin(token))).json()) as KiosksReply).data.kiosks;
    expect(after.map((kiosk) => [kiosk.id, kiosk.revokedAt === null])).toEqual([
      [second.id, true],
      [first.id, false],
    ]);

    const unknown = await call(`/v1/territories/${territory}/kiosks/${crypto.randomUUID()}`, admin(token, { method: 'DELETE' }));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorEnvelope).error.code).toBe('unknown_kiosk');
    const malformed = await call(`/v1/territories/${territory}/kiosks/not-a-uuid`, admin(token, { method: 'DELETE' }));
    expect(malformed.status).toBe(400);
  });

  it('needs the admin token: 401 without, 403 wrong, another territory’s or pending', async () => {
    const territory = freshTerritory().id;
    const token = await register(territory);
    const other = freshTerritory().id;
    const otherToken = await register(other);
    const guesser = { 'cf-connecting-ip': '198.51.100.161' };
    expect((await call(`/v1/territories/${territory}/kiosks`)).status).toBe(401);
    expect((await call(`/v1/territories/${territory}/kiosks`, admin('wrong-token', { headers: guesser }))).status).toBe(403);
    expect((await call(`/v1/territories/${territory}/kiosks`, admin(otherToken, { headers: guesser }))).status).toBe(403);
    const pendingTerritory = freshTerritory().id;
    const pending = ((await (await claimTerritory({ territory: pendingTerritory, contact: 'k@example.com' })).json()) as { data: { adminToken: string } }).data;
    const refused = await createKiosk(pendingTerritory, pending.adminToken);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as ErrorEnvelope).error.code).toBe('registration_pending');
    // A territory's kiosk cannot be revoked with another territory's token, nor through another territory's path.
    const kiosk = await newKiosk(territory, token);
    expect((await call(`/v1/territories/${other}/kiosks/${kiosk.id}`, admin(otherToken, { method: 'DELETE' }))).status).toBe(404);
    expect(await env.DB.prepare('SELECT revoked_at FROM kiosk_keys WHERE id = ?').bind(kiosk.id).first()).toEqual({ revoked_at: null });
  });

  it('validates the request and holds at most 50 live keys per territory', async () => {
    const territory = freshTerritory().id;
    const token = await register(territory);
    const bad = await createKiosk(territory, token, { label: '', hours: { opens: '25:00', closes: '19:00' }, days: [8] });
    expect(bad.status).toBe(400);
    const issues = ((await bad.json()) as ErrorEnvelope).error.issues?.map((issue) => issue.path.join('.'));
    expect(issues).toEqual(expect.arrayContaining(['label', 'hours.opens', 'days.0']));
    const made = [];
    for (let index = 0; index < MAX_LIVE_KIOSKS; index += 1) made.push(await newKiosk(territory, token, { label: `Borne ${index}` }));
    const over = await createKiosk(territory, token);
    expect(over.status).toBe(409);
    expect(((await over.json()) as ErrorEnvelope).error).toMatchObject({ code: 'too_many_kiosks', message: expect.stringContaining('50 kiosk keys') });
    // Revoking one makes room for one.
    await call(`/v1/territories/${territory}/kiosks/${made[0]?.id}`, admin(token, { method: 'DELETE' }));
    expect((await createKiosk(territory, token)).status).toBe(201);
    expect((await createKiosk(territory, token)).status).toBe(409);
  });
});

describe('answers sent with a kiosk key', () => {
  it('counts 150 answers from one kiosk, each its own respondent, with the source borne', async () => {
    const territory = freshTerritory().id;
    const token = await register(territory);
    const { key } = await newKiosk(territory, token);
    const answers = Array.from({ length: 150 }, () => answer({ territory, source: 'site' }));
    const sent = await sendAsKiosk(key, answers);
    expect(sent.map((result) => result.status)).toEqual(Array(150).fill('accepted'));
    const figures = (await results(territory)) as { answers: number; respondents: number; breakdown: { sources: Record<string, number> }; excluded: unknown };
    expect(figures.answers).toBe(150);
    expect(figures.respondents).toBe(150);
    expect(figures.breakdown.sources).toEqual({ borne: 150 });
    expect(figures.excluded).toEqual({ refused: 0, flagged: 0, capped: 0 });
  });

  it('refuses every answer of a revoked or unknown key, and answers for another territory; nothing is stored', async () => {
    const territory = freshTerritory().id;
    const elsewhere = freshTerritory().id;
    const token = await register(territory);
    const kiosk = await newKiosk(territory, token);
    const [kept, foreign] = await sendAsKiosk(kiosk.key, [answer({ territory }), answer({ territory: elsewhere })]);
    expect(kept?.status).toBe('accepted');
    expect(foreign).toMatchObject({ status: 'rejected', error: { code: 'kiosk_key_other_territory', retryable: false } });

    await call(`/v1/territories/${territory}/kiosks/${kiosk.id}`, admin(token, { method: 'DELETE' }));
    const late = await sendAsKiosk(kiosk.key, [answer({ territory }), answer({ territory })]);
    expect(late.map((result) => result.error?.code)).toEqual(['kiosk_key_revoked', 'kiosk_key_revoked']);
    expect(late.every((result) => result.status === 'rejected' && result.error?.retryable === false)).toBe(true);
    const unknown = await sendAsKiosk('made-up-key-made-up-key-made-up-key', [answer({ territory })]);
    expect(unknown[0]?.error?.code).toBe('kiosk_key_unknown');
    const malformed = await sendAsKiosk('short', [answer({ territory })]);
    expect(malformed[0]?.error?.code).toBe('kiosk_key_unknown');

    expect((await results(territory)).answers).toBe(1);
    expect((await results(elsewhere)).answers).toBe(0);
  });

  it('keeps an answer received outside the kiosk’s hours but leaves it out of the figures', async () => {
    const territory = freshTerritory().id;
    const token = await register(territory);
    // An hour that is not now in Paris, every day.
    const closed = parisClock(Date.now()).time < '12:00' ? { opens: '13:00', closes: '14:00' } : { opens: '01:00', closes: '02:00' };
    const { key } = await newKiosk(territory, token, { label: 'Fermée', hours: closed, days: [1, 2, 3, 4, 5, 6, 7] });
    const [result] = await sendAsKiosk(key, [answer({ territory })]);
    expect(result?.status).toBe('accepted');
    const figures = (await results(territory)) as { answers: number; excluded: { flagged: number } };
    expect(figures.answers).toBe(0);
    expect(figures.excluded.flagged).toBe(1);
  });

  it('refuses answers over the pace, without flagging the kiosk (on the ledger, with its own clock)', async () => {
    const territory = freshTerritory().id;
    const stub = ledger(env, territory);
    // The default pace, 15 s: 16 answers a minute, 240 an hour.
    const limits = kioskLimits(15);
    expect(limits).toMatchObject({ perMinute: 16, perHour: 240 });
    const kiosk = { ...context(territory, 0, { client: 'kiosk:test', limits }), kiosk: { outsideHours: false } };
    const start = Date.UTC(2030, 0, 7, 9, 0, 0);
    const burst = await stub.record(
      Array.from({ length: 17 }, () => answer({ territory })),
      { ...kiosk, now: start },
    );
    expect(burst.slice(0, 16).every((result) => result.status === 'accepted')).toBe(true);
    expect(burst[16]).toMatchObject({ status: 'rejected', error: { code: 'rate_limited', retryable: true, retryAfter: 60 } });
    // A minute later the kiosk is back: its next answers count (no 24-hour flag, as a connection would get).
    const later = await stub.record([answer({ territory })], { ...kiosk, now: start + 60_000 });
    expect(later[0]?.status).toBe('accepted');
    // Then 16 every minute for the rest of the hour: 240 attempts in the hour at most. Refused
    // attempts count too (rate-limit.ts), so the 17th of the first minute leaves room for 239.
    let accepted = 17;
    let attempts = 18;
    for (let minute = 2; minute < 60; minute += 1) {
      const sent = await stub.record(
        Array.from({ length: 16 }, () => answer({ territory })),
        { ...kiosk, now: start + minute * 60_000 },
      );
      accepted += sent.filter((result) => result.status === 'accepted').length;
      attempts += sent.length;
    }
    expect(accepted).toBe(239);
    const figures = (await results(territory, '?from=2030-01&to=2030-01')) as {
      answers: number;
      respondents: number;
      excluded: { flagged: number; refused: number };
    };
    expect(figures.answers).toBe(239);
    expect(figures.respondents).toBe(239);
    expect(figures.excluded.flagged).toBe(0);
    expect(figures.excluded.refused).toBe(attempts - 239);
    expect(attempts - 239).toBe(707);
  });
});

describe('the kiosk share in the Trophée review', () => {
  it('pushes counted kiosk answers to D1 and shows their share of the counted answers', async () => {
    const place = freshTerritory();
    const territory = place.id;
    const stub = ledger(env, territory);
    const may = Date.UTC(2031, 4, 12, 10);
    // Three answers through a kiosk (source forced to borne), one from the town's site, one kiosk answer out of hours (not counted).
    const kiosk = { ...context(territory, may, { client: 'kiosk:share', limits: kioskLimits(15) }), kiosk: { outsideHours: false } };
    await stub.record(
      Array.from({ length: 3 }, () => answer({ territory, source: 'borne' })),
      kiosk,
    );
    await stub.record([answer({ territory, source: 'borne' })], { ...kiosk, kiosk: { outsideHours: true } });
    await stub.record([answer({ territory, source: 'site' })], context(territory, may));
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const rows = await participation(env, { from: '2031-05', to: '2031-05' }, place.kind, place.population, place.population + 1);
    const row = rows.find((entry) => entry.territory_id === territory);
    expect(row).toMatchObject({ answers: 4, kiosk: 3, respondents: 4, flagged: 1 });
    expect(row && reviewOf({ row, place }).evidence.kioskShare).toBe(0.75);
  });
});

describe('CORS for kiosks', () => {
  it('lets a page send the kiosk header and an admin page revoke', async () => {
    const preflight = await call('/v1/responses', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://accueil.ville.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, barometre-kiosk-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(KIOSK_KEY_HEADER.toLowerCase());
    expect(preflight.headers.get('access-control-allow-methods')).toContain('DELETE');
  });
});
