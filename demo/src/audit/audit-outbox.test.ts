/**
 * The auditor's outbox promise, « an audit submitted is never lost », as a table: what the server
 * replies → what the audit becomes on the phone, and whether it is sent again. Driven through
 * `AuditOutbox` with a stubbed fetch and a Map standing in for IndexedDB.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuditOutbox, FIRST_RETRY_MS, sendAudit } from './audit-outbox.js';
import { checkDraft, newDraft, type AuditRecord } from './audit-record.js';
import type { AuditorSession, AuditStore } from './audit-store.js';

const NOW = new Date(2026, 10, 30, 14, 30);
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const TOKEN = 'jeton-de-test';

function queued(n: number): AuditRecord {
  const draft = {
    ...newDraft({ territory: { id: 'commune:25056', name: 'Besançon', departement: '25' }, service: 'mairie', channel: 'site-internet' }, 2026, id(n), NOW),
    observedAt: '2026-11-30T10:05',
    answers: {
      'coordonnees-trouvables': 'oui',
      'declaration-accessibilite': 'non',
      'contact-propose': 'oui',
      'langage-clair': 'oui',
      'demarche-trouvable': 'oui',
      'demarche-aboutie': 'na',
    },
  };
  return { ...draft, state: 'queued', request: checkDraft(draft, NOW).request };
}

function memoryStore(records: AuditRecord[]): AuditStore & { map: Map<string, AuditRecord> } {
  const map = new Map(records.map((record) => [record.id, structuredClone(record)]));
  const session: AuditorSession = {
    token: TOKEN,
    assignments: { auditor: { id: id(99), name: 'Camille' }, year: 2026, grid: 'v1', assignments: [] },
    fetchedAt: NOW.toISOString(),
  };
  return {
    map,
    session: async () => session,
    saveSession: async () => undefined,
    audits: async () => [...map.values()].map((record) => structuredClone(record)),
    audit: async (key) => structuredClone(map.get(key)),
    saveAudit: async (record) => void map.set(record.id, structuredClone(record)),
    clear: async () => map.clear(),
  };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const accepted = (audit: string, status = 201) => json(status, { data: { id: audit, status: 'accepted', receivedAt: '2026-11-30T13:31:00.000Z' } });

afterEach(() => {
  vi.useRealTimers();
});

describe('one audit sent', () => {
  const cases: [string, () => Promise<Response>, Partial<AuditRecord>, boolean][] = [
    ['201 accepted → received', async () => accepted(id(1)), { state: 'received', receivedAt: '2026-11-30T13:31:00.000Z' }, false],
    ['200 duplicate → received (resending is safe)', async () => accepted(id(1), 200), { state: 'received' }, false],
    [
      '403 not_assigned → refused with the server’s words, kept',
      async () => json(403, { error: { code: 'not_assigned', message: 'This audit is not assigned to you.' } }),
      { state: 'refused', refusal: { status: 403, code: 'not_assigned', message: 'This audit is not assigned to you.' } },
      false,
    ],
    [
      '400 invalid → refused, kept',
      async () => json(400, { error: { code: 'invalid_request', message: 'observedAt: outside the campaign year' } }),
      { state: 'refused' },
      false,
    ],
    ['503 → still queued', async () => json(503, { error: { code: 'unavailable', message: 'later' } }), { state: 'queued' }, true],
    ['429 → still queued', async () => json(429, { error: { code: 'rate_limited', message: 'later' } }), { state: 'queued' }, true],
    ['a proxy’s 404 page → still queued', async () => new Response('<h1>Not found</h1>', { status: 404 }), { state: 'queued' }, true],
    ['no network → still queued', async () => Promise.reject(new TypeError('Failed to fetch')), { state: 'queued' }, true],
    ['2xx that is not the acknowledgement of this audit → still queued', async () => accepted(id(2)), { state: 'queued' }, true],
  ];
  for (const [name, reply, expected, retry] of cases) {
    it(name, async () => {
      const fetch = vi.fn(reply);
      const outcome = await sendAudit(queued(1), TOKEN, fetch);
      expect(outcome.record).toMatchObject(expected);
      expect(outcome.retry).toBe(retry);
      const [path, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
      expect(path).toBe('/v1/audits');
      expect(init.method).toBe('POST');
      expect(new Headers(init.headers).get('authorization')).toBe(`Bearer ${TOKEN}`);
      expect(JSON.parse(init.body as string)).toEqual(queued(1).request);
    });
  }
});

describe('the outbox', () => {
  it('sends every queued audit, leaves drafts and settled audits alone, and deletes nothing', async () => {
    const draft = { ...queued(3), state: 'draft' as const, request: undefined };
    const store = memoryStore([queued(1), queued(2), draft]);
    const fetch = vi.fn(async (_path: string, init: RequestInit) => {
      const audit = (JSON.parse(init.body as string) as { id: string }).id;
      return audit === id(1) ? accepted(audit) : json(403, { error: { code: 'not_assigned', message: 'not yours' } });
    });
    const outbox = new AuditOutbox({ store, fetch });
    await outbox.flush();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect([...store.map.values()].map((record) => [record.id, record.state])).toEqual([
      [id(1), 'received'],
      [id(2), 'refused'],
      [id(3), 'draft'],
    ]);
    // Nothing left to send: a second round sends nothing.
    await outbox.flush();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('keeps an audit queued while the server cannot be reached, tries again later with a longer wait, and sends it once it can', async () => {
    vi.useFakeTimers();
    const store = memoryStore([queued(1)]);
    let online = false;
    const fetch = vi.fn(async () => (online ? accepted(id(1)) : Promise.reject(new TypeError('Failed to fetch'))));
    const outbox = new AuditOutbox({ store, fetch });
    await outbox.flush();
    expect(store.map.get(id(1))?.state).toBe('queued');
    expect(outbox.lastFailure).toBeDefined();
    await vi.advanceTimersByTimeAsync(FIRST_RETRY_MS);
    expect(fetch).toHaveBeenCalledTimes(2);
    // The second wait is twice the first: nothing at FIRST_RETRY_MS more.
    await vi.advanceTimersByTimeAsync(FIRST_RETRY_MS);
    expect(fetch).toHaveBeenCalledTimes(2);
    online = true;
    await vi.advanceTimersByTimeAsync(FIRST_RETRY_MS);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(store.map.get(id(1))?.state).toBe('received');
    expect(outbox.lastFailure).toBeUndefined();
    // Settled: no more tries.
    await vi.advanceTimersByTimeAsync(10 * FIRST_RETRY_MS);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('does not write a verdict over an audit that is no longer queued (signed out meanwhile)', async () => {
    const store = memoryStore([queued(1)]);
    const fetch = vi.fn(async () => {
      await store.clear();
      return accepted(id(1));
    });
    await new AuditOutbox({ store, fetch }).flush();
    expect(store.map.size).toBe(0);
  });
});
