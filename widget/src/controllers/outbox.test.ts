/**
 * The outbox's promise, « an acknowledged answer is never lost », as a table: what the server replies
 * → what stays in IndexedDB, which events the host hears, and whether a retry is scheduled. Driven
 * through the module's exports only (`subscribe`, `enqueue`, `flush`), with `fetch` stubbed and
 * idb-keyval backed by a Map (fake-indexeddb is not installed): the fake object store implements the
 * few IDBObjectStore calls the outbox makes (get, put, delete, transaction.oncomplete), so the
 * revision check (`deleteIfUnchanged`) runs as written.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_BATCH, type Answer } from '../../../survey/response.js';
import type { OutboxEvent, OutboxListener } from './outbox.js';

/** The IndexedDB database behind idb-keyval: one Map per `dbName/storeName`, shared across module resets. */
const idb = vi.hoisted(() => {
  const stores = new Map<string, Map<string, unknown>>();
  const data = (name: string): Map<string, unknown> => {
    let map = stores.get(name);
    if (!map) stores.set(name, (map = new Map()));
    return map;
  };
  /** One transaction: requests made synchronously by the callback run on the next microtask, then it completes. */
  const objectStore = (map: Map<string, unknown>) => {
    const pending: (() => void)[] = [];
    const transaction: { oncomplete: (() => void) | null; onerror: (() => void) | null; error: unknown } = { oncomplete: null, onerror: null, error: null };
    void Promise.resolve().then(() => {
      while (pending.length > 0) pending.shift()?.();
      transaction.oncomplete?.();
    });
    return {
      transaction,
      get(key: string) {
        const request: { result: unknown; onsuccess: (() => void) | null } = { result: undefined, onsuccess: null };
        pending.push(() => {
          request.result = structuredClone(map.get(key));
          request.onsuccess?.();
        });
        return request;
      },
      put(value: unknown, key: string) {
        map.set(key, structuredClone(value));
        return {};
      },
      delete(key: string) {
        map.delete(key);
        return {};
      },
    };
  };
  type Store = (mode: string, callback: (store: ReturnType<typeof objectStore>) => unknown) => Promise<unknown>;
  const createStore = (dbName: string, storeName: string): Store => {
    const map = data(`${dbName}/${storeName}`);
    return (_mode, callback) => Promise.resolve().then(() => callback(objectStore(map)));
  };
  return {
    stores,
    outbox: () => data('barometre-citoyen/outbox'),
    /** Makes the next `entries` fail, as a broken IndexedDB (private mode, quota) would. */
    failNextRead: false,
    createStore,
    // IndexedDB returns keys in order: so does the fake.
    entries: (store: Store) =>
      store('readonly', () => undefined).then(() => {
        if (idb.failNextRead) {
          idb.failNextRead = false;
          throw new DOMException('The operation failed for reasons unrelated to the database itself', 'UnknownError');
        }
        return [...idb.outbox().entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      }),
    set: (key: string, value: unknown, store: Store) => store('readwrite', (objects) => objects.put(value, key)).then(() => undefined),
  };
});

vi.mock('idb-keyval', () => ({ createStore: idb.createStore, entries: idb.entries, set: idb.set }));

const ENDPOINT = 'https://barometre.example.org';
const OTHER_ENDPOINT = 'https://autre.example.net';
const id = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const A = id(0xa);
const B = id(0xb);
const C = id(0xc);
const UNKNOWN = id(0xfff);

const answer = (answerId: string, overall: Answer['overall'] = 'moyen'): Answer => ({
  id: answerId,
  questionnaire: 'v1',
  territory: 'commune:25056',
  service: 'mairie',
  overall,
});

/** A record as an earlier visit (an `enqueue`) leaves it in IndexedDB. */
interface Seed {
  id: string;
  endpoint?: string;
  kiosk?: string;
}

type Reply = Response | 'network-error';
const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const results = (...items: unknown[]): Response => json(200, { data: { results: items } });
const held = (answerId: string, status: 'accepted' | 'updated' | 'duplicate' = 'accepted') => ({ id: answerId, status });
const rejected = (answerId: string, code: string, retryable: boolean, extra: Record<string, unknown> = {}) => ({
  id: answerId,
  status: 'rejected',
  error: { code, message: `${code} message`, retryable, ...extra },
});

const sent = (answerId: string, status: 'accepted' | 'updated' | 'duplicate' = 'accepted'): OutboxEvent => ({
  name: 'barometre-sent',
  detail: { id: answerId, status },
});
const kept = (answerId: string, code: string, message: string): OutboxEvent => ({
  name: 'barometre-error',
  detail: { id: answerId, code, message, retryable: true },
});
const dropped = (answerId: string, code: string, message: string): OutboxEvent => ({
  name: 'barometre-error',
  detail: { id: answerId, code, message, retryable: false },
});
const httpKept = (answerId: string, status: number) => kept(answerId, `http_${status}`, `The server answered ${status}; the answer waits in this browser.`);
const badReply = (answerId: string) => kept(answerId, 'bad_reply', 'The server’s reply could not be read; the answer waits in this browser.');
const networkKept = (answerId: string) => kept(answerId, 'network_error', 'The server could not be reached; the answer waits in this browser.');

let outbox: typeof import('./outbox.js');
let events: OutboxEvent[];
let replies: Reply[];
/** Each request: the endpoint's origin and the ids in its body (a bare answer or `{ answers }`). */
let requests: { origin: string; ids: string[]; body: unknown }[];
let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;
let windowEvents: EventTarget;
let unsubscribe: () => void;

const listener: OutboxListener = { owns: () => true, notify: (event) => events.push(event) };

function seed(...seeds: Seed[]): void {
  for (const { id: answerId, endpoint = ENDPOINT, kiosk } of seeds)
    idb.outbox().set(answerId, { answer: answer(answerId), endpoint, rev: 1, ...(kiosk ? { kiosk } : {}) });
}

const storedIds = (): string[] => [...idb.outbox().keys()].sort();
const retryScheduled = (): boolean => vi.getTimerCount() > 0;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  idb.stores.clear();
  idb.failNextRead = false;
  events = [];
  replies = [];
  requests = [];
  fetchMock = vi.fn<typeof fetch>(async (input, init) => {
    const body: unknown = JSON.parse(String(init?.body));
    const ids = typeof body === 'object' && body !== null && 'answers' in body ? (body.answers as Answer[]).map((item) => item.id) : [(body as Answer).id];
    requests.push({ origin: new URL(String(input)).origin, ids, body });
    expect(new URL(String(input)).pathname).toBe('/v1/responses');
    expect(init?.method).toBe('POST');
    const reply = replies.shift();
    if (reply === undefined) throw new Error(`no reply left for request ${requests.length}`);
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    return reply;
  });
  vi.stubGlobal('fetch', fetchMock);
  windowEvents = new EventTarget();
  vi.stubGlobal('addEventListener', windowEvents.addEventListener.bind(windowEvents));
  vi.stubGlobal('removeEventListener', windowEvents.removeEventListener.bind(windowEvents));
  // The outbox keeps its state (flush in progress, retry delay, listeners) in module scope: a fresh one per test.
  vi.resetModules();
  outbox = await import('./outbox.js');
});

afterEach(() => {
  unsubscribe?.();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A page opens with `stored` left in the outbox: the first subscription flushes it. */
async function openPage(...stored: Seed[]): Promise<void> {
  seed(...stored);
  unsubscribe = outbox.subscribe(listener);
  await outbox.flush(); // the flush `subscribe` started
}

interface Row {
  name: string;
  stored: Seed[];
  /** One reply per request, in order. */
  replies: Reply[];
  /** The ids each request carried. */
  requests: string[][];
  remaining: string[];
  events: OutboxEvent[];
  retry: boolean;
}

const rows: Row[] = [
  // Success.
  { name: '2xx accepted, one answer', stored: [{ id: A }], replies: [results(held(A))], requests: [[A]], remaining: [], events: [sent(A)], retry: false },
  {
    name: '2xx batch: accepted, updated, duplicate are all held',
    stored: [{ id: A }, { id: B }, { id: C }],
    replies: [results(held(A), held(B, 'updated'), held(C, 'duplicate'))],
    requests: [[A, B, C]],
    remaining: [],
    events: [sent(A), sent(B, 'updated'), sent(C, 'duplicate')],
    retry: false,
  },
  // Partial acceptance (per-answer results in a 2xx reply).
  {
    name: '2xx partial: one held, one rejected retryable (rate_limited, retryAfter ignored)',
    stored: [{ id: A }, { id: B }],
    replies: [results(held(A), rejected(B, 'rate_limited', true, { retryAfter: 30 }))],
    requests: [[A, B]],
    remaining: [B],
    events: [sent(A), kept(B, 'rate_limited', 'rate_limited message')],
    retry: true,
  },
  {
    name: '2xx partial: one held, one rejected for good',
    stored: [{ id: A }, { id: B }],
    replies: [results(held(A), rejected(B, 'unknown_questionnaire', false))],
    requests: [[A, B]],
    remaining: [],
    events: [sent(A), dropped(B, 'unknown_questionnaire', 'unknown_questionnaire message')],
    retry: false,
  },
  {
    name: '2xx rejected without an error object: dropped as « rejected »',
    stored: [{ id: A }],
    replies: [results({ id: A, status: 'rejected' })],
    requests: [[A]],
    remaining: [],
    events: [dropped(A, 'rejected', 'rejected')],
    retry: false,
  },
  {
    // Not acknowledged, so not lost: it stays and is sent again with the backoff.
    name: '2xx reply that omits an answer sent: it stays and is retried',
    stored: [{ id: A }, { id: B }],
    replies: [results(held(A))],
    requests: [[A, B]],
    remaining: [B],
    events: [sent(A)],
    retry: true,
  },
  {
    name: '2xx reply about an id never sent: ignored, the answer sent stays and is retried',
    stored: [{ id: A }],
    replies: [results(held(UNKNOWN))],
    requests: [[A]],
    remaining: [A],
    events: [],
    retry: true,
  },
  // Bad replies: kept and retried, the host told (retryable).
  {
    name: '2xx not JSON (a captive portal’s page)',
    stored: [{ id: A }],
    replies: [new Response('<html>Wi-Fi</html>', { status: 200 })],
    requests: [[A]],
    remaining: [A],
    events: [badReply(A)],
    retry: true,
  },
  {
    name: '2xx JSON not matching the reply schema',
    stored: [{ id: A }, { id: B }],
    replies: [json(200, { ok: true })],
    requests: [[A, B]],
    remaining: [A, B],
    events: [badReply(A), badReply(B)],
    retry: true,
  },
  {
    name: '204 without a body',
    stored: [{ id: A }],
    replies: [new Response(null, { status: 204 })],
    requests: [[A]],
    remaining: [A],
    events: [badReply(A)],
    retry: true,
  },
  {
    name: '2xx results with a wrong status value (schema mismatch)',
    stored: [{ id: A }],
    replies: [results({ id: A, status: 'stored' })],
    requests: [[A]],
    remaining: [A],
    events: [badReply(A)],
    retry: true,
  },
  // 4xx on one answer with the barometer's error envelope: its verdict, dropped for good with its code and message.
  {
    name: '422 single, error body: dropped, server code and message',
    stored: [{ id: A }],
    replies: [json(422, { error: { code: 'unknown_questionnaire', message: 'Questionnaire v9 is unknown' } })],
    requests: [[A]],
    remaining: [],
    events: [dropped(A, 'unknown_questionnaire', 'Questionnaire v9 is unknown')],
    retry: false,
  },
  // 4xx without the envelope (a proxy's page, a wrong endpoint): no verdict on the answer, which is kept and retried.
  {
    name: '400 single, not JSON: kept and retried',
    stored: [{ id: A }],
    replies: [new Response('nope', { status: 400, statusText: 'Bad Request' })],
    requests: [[A]],
    remaining: [A],
    events: [httpKept(A, 400)],
    retry: true,
  },
  {
    name: '404 single (wrong endpoint, route not deployed): kept and retried',
    stored: [{ id: A }],
    replies: [new Response('Not Found', { status: 404, statusText: 'Not Found' })],
    requests: [[A]],
    remaining: [A],
    events: [httpKept(A, 404)],
    retry: true,
  },
  {
    name: '401 batch from a proxy, no envelope: every answer kept, no split',
    stored: [{ id: A }, { id: B }],
    replies: [new Response('Unauthorized', { status: 401 })],
    requests: [[A, B]],
    remaining: [A, B],
    events: [httpKept(A, 401), httpKept(B, 401)],
    retry: true,
  },
  {
    name: '413 single: dropped (a single answer is never split)',
    stored: [{ id: A }],
    replies: [json(413, { error: { code: 'too_large', message: 'Body too large' } })],
    requests: [[A]],
    remaining: [],
    events: [dropped(A, 'too_large', 'Body too large')],
    retry: false,
  },
  // 4xx on a batch: split, each answer sent alone.
  {
    name: '413 batch → split, each alone accepted',
    stored: [{ id: A }, { id: B }],
    replies: [json(413, { error: { code: 'too_large', message: 'Body too large' } }), results(held(A)), results(held(B))],
    requests: [[A, B], [A], [B]],
    remaining: [],
    events: [sent(A), sent(B)],
    retry: false,
  },
  {
    name: '400 batch → split, the faulty answer dropped, the other accepted',
    stored: [{ id: A }, { id: B }],
    replies: [
      json(400, { error: { code: 'invalid_request', message: 'answers.0.overall' } }),
      json(400, { error: { code: 'invalid_request', message: 'overall' } }),
      results(held(B)),
    ],
    requests: [[A, B], [A], [B]],
    remaining: [],
    events: [dropped(A, 'invalid_request', 'overall'), sent(B)],
    retry: false,
  },
  {
    name: '422 batch → split, one alone gets 503: kept and retried',
    stored: [{ id: A }, { id: B }],
    replies: [
      json(422, { error: { code: 'unknown_territory', message: 'answers.0.territory' } }),
      new Response('', { status: 503 }),
      results(held(B, 'duplicate')),
    ],
    requests: [[A, B], [A], [B]],
    remaining: [A],
    events: [httpKept(A, 503), sent(B, 'duplicate')],
    retry: true,
  },
  {
    name: '400 batch → split, one alone a network error: kept and retried',
    stored: [{ id: A }, { id: B }],
    replies: [json(400, { error: { code: 'invalid_request', message: 'answers.1' } }), results(held(A)), 'network-error'],
    requests: [[A, B], [A], [B]],
    remaining: [B],
    events: [sent(A), networkKept(B)],
    retry: true,
  },
  // Transient failures: kept, the host told (retryable), retried with backoff.
  {
    name: '429 single',
    stored: [{ id: A }],
    replies: [json(429, { error: { code: 'rate_limited', message: 'slow down' } })],
    requests: [[A]],
    remaining: [A],
    events: [httpKept(A, 429)],
    retry: true,
  },
  {
    name: '408 single',
    stored: [{ id: A }],
    replies: [new Response('', { status: 408 })],
    requests: [[A]],
    remaining: [A],
    events: [httpKept(A, 408)],
    retry: true,
  },
  {
    name: '500 single',
    stored: [{ id: A }],
    replies: [new Response('', { status: 500 })],
    requests: [[A]],
    remaining: [A],
    events: [httpKept(A, 500)],
    retry: true,
  },
  {
    name: '503 batch: every answer kept, one event each, no split',
    stored: [{ id: A }, { id: B }],
    replies: [new Response('', { status: 503 })],
    requests: [[A, B]],
    remaining: [A, B],
    events: [httpKept(A, 503), httpKept(B, 503)],
    retry: true,
  },
  {
    name: 'network error (offline) on a batch',
    stored: [{ id: A }, { id: B }],
    replies: ['network-error'],
    requests: [[A, B]],
    remaining: [A, B],
    events: [networkKept(A), networkKept(B)],
    retry: true,
  },
  // Grouping.
  {
    name: 'two endpoints: one request each',
    stored: [{ id: A }, { id: B, endpoint: OTHER_ENDPOINT }, { id: C }],
    replies: [results(held(A), held(C)), results(held(B))],
    requests: [[A, C], [B]],
    remaining: [],
    events: [sent(A), sent(C), sent(B)],
    retry: false,
  },
];

describe('outbox: server reply → stored answers, events, retry', () => {
  it.each(rows)('$name', async (row) => {
    replies = [...row.replies];
    await openPage(...row.stored);
    expect(requests.map((request) => request.ids)).toEqual(row.requests);
    expect(replies).toEqual([]); // every reply was used
    expect(storedIds()).toEqual([...row.remaining].sort());
    expect(events).toEqual(row.events);
    expect(retryScheduled()).toBe(row.retry);
  });

  it('sends a single answer bare and a batch as { answers }, to each record’s endpoint', async () => {
    replies = [results(held(A)), results(held(B), held(C))];
    await openPage({ id: A, endpoint: OTHER_ENDPOINT }, { id: B }, { id: C });
    expect(requests).toEqual([
      { origin: OTHER_ENDPOINT, ids: [A], body: answer(A) },
      { origin: ENDPOINT, ids: [B, C], body: { answers: [answer(B), answer(C)] } },
    ]);
    expect(fetchMock.mock.calls.map(([, init]) => init?.keepalive)).toEqual([true, true]);
  });

  it('sends a kiosk’s answers apart, with its key in the kiosk header, and the others without it', async () => {
    replies = [results(held(A), held(C)), results(held(B))];
    await openPage({ id: A, kiosk: 'cle-de-la-borne-0001' }, { id: B }, { id: C, kiosk: 'cle-de-la-borne-0001' });
    expect(requests.map((request) => request.ids)).toEqual([[A, C], [B]]);
    const headers = fetchMock.mock.calls.map(([, init]) => new Headers(init?.headers).get('barometre-kiosk-key'));
    expect(headers).toEqual(['cle-de-la-borne-0001', null]);
    expect(storedIds()).toEqual([]);
  });

  it(`sends more than ${MAX_BATCH} answers in batches of ${MAX_BATCH}`, async () => {
    const many = Array.from({ length: MAX_BATCH + 1 }, (_, n) => id(n + 1));
    replies = [results(...many.slice(0, MAX_BATCH).map((each) => held(each))), results(held(many[MAX_BATCH] as string))];
    await openPage(...many.map((each) => ({ id: each })));
    expect(requests.map((request) => request.ids)).toEqual([many.slice(0, MAX_BATCH), [many[MAX_BATCH]]]);
    expect(storedIds()).toEqual([]);
    expect(events).toEqual(many.map((each) => sent(each)));
  });

  it('drops, unsent and silently, a stored record that does not match the record schema', async () => {
    idb.outbox().set('junk', { answer: { id: 'junk' }, endpoint: ENDPOINT, rev: 1 });
    idb.outbox().set(B, { answer: answer(B), endpoint: ENDPOINT }); // no rev
    replies = [results(held(A))];
    await openPage({ id: A });
    expect(requests.map((request) => request.ids)).toEqual([[A]]);
    expect(storedIds()).toEqual([]);
    expect(events).toEqual([sent(A)]);
  });

  it('an answer enqueued that the record schema refuses: « queued », then deleted unsent, with no error event', async () => {
    unsubscribe = outbox.subscribe(listener);
    await outbox.flush();
    await outbox.enqueue({ ...answer(A), territory: 'commune:nowhere' }, ENDPOINT);
    expect(requests).toEqual([]);
    expect(storedIds()).toEqual([]);
    expect(events).toEqual([{ name: 'barometre-queued', detail: { id: A } }]);
  });

  it('an IndexedDB failure while reading: nothing sent, nothing told, a retry scheduled', async () => {
    idb.failNextRead = true;
    replies = [results(held(A))];
    await openPage({ id: A });
    expect(requests).toEqual([]);
    expect(storedIds()).toEqual([A]);
    expect(events).toEqual([]);
    expect(retryScheduled()).toBe(true);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(storedIds()).toEqual([]);
    expect(events).toEqual([sent(A)]);
  });
});

describe('outbox: which element hears an event', () => {
  it('the listener that owns the id, else the first subscribed; never both', async () => {
    const first: OutboxEvent[] = [];
    const owner: OutboxEvent[] = [];
    const offFirst = outbox.subscribe({ owns: () => false, notify: (event) => first.push(event) });
    const offOwner = outbox.subscribe({ owns: (candidate) => candidate === B, notify: (event) => owner.push(event) });
    await outbox.flush();
    seed({ id: A }, { id: B });
    replies = [results(held(A), rejected(B, 'rate_limited', true))];
    await outbox.flush();
    expect(first).toEqual([sent(A)]);
    expect(owner).toEqual([kept(B, 'rate_limited', 'rate_limited message')]);
    offOwner();
    offFirst();
  });
});

describe('outbox: the revision check (a newer version of an answer is never deleted by the ack of an older one)', () => {
  it('another tab replaces the answer while it is in flight: the ack of the old version keeps the new one', async () => {
    seed({ id: A });
    const newer = { answer: answer(A, 'tres-bien'), endpoint: ENDPOINT, rev: 2 };
    fetchMock.mockImplementationOnce(async () => {
      idb.outbox().set(A, newer); // what the other tab's enqueue writes
      return results(held(A));
    });
    unsubscribe = outbox.subscribe(listener);
    await outbox.flush();
    expect(idb.outbox().get(A)).toEqual(newer);
    expect(events).toEqual([sent(A)]); // the host still hears the old version was acknowledged
    expect(retryScheduled()).toBe(false); // the newer one waits for the next flush (the other tab's own)
  });

  it('the same page updates the answer while it is in flight: both versions are sent, the outbox ends empty', async () => {
    unsubscribe = outbox.subscribe(listener);
    await outbox.flush();
    let release!: (response: Response) => void;
    fetchMock.mockImplementationOnce(
      (_input, init) =>
        new Promise<Response>((resolve) => {
          requests.push({ origin: ENDPOINT, ids: [A], body: JSON.parse(String(init?.body)) });
          release = resolve;
        }),
    );
    const first = outbox.enqueue(answer(A, 'moyen'), ENDPOINT);
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    const second = outbox.enqueue(answer(A, 'tres-bien'), ENDPOINT);
    await vi.waitFor(() => expect(events).toHaveLength(2));
    replies = [results(held(A, 'updated'))];
    release(results(held(A)));
    await Promise.all([first, second]);
    expect(requests.map((request) => (request.body as Answer).overall)).toEqual(['moyen', 'tres-bien']);
    expect(storedIds()).toEqual([]);
    expect(events).toEqual([{ name: 'barometre-queued', detail: { id: A } }, { name: 'barometre-queued', detail: { id: A } }, sent(A), sent(A, 'updated')]);
  });
});

describe('outbox: offline, retries and backoff', () => {
  it('offline at the first tap: queued, kept, then sent once the browser is back online', async () => {
    unsubscribe = outbox.subscribe(listener);
    await outbox.flush();
    replies = ['network-error'];
    await outbox.enqueue(answer(A), ENDPOINT);
    expect(storedIds()).toEqual([A]);
    expect(events).toEqual([{ name: 'barometre-queued', detail: { id: A } }, networkKept(A)]);
    replies = [results(held(A))];
    windowEvents.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(storedIds()).toEqual([]));
    expect(events.slice(2)).toEqual([sent(A)]);
    expect(requests).toHaveLength(2);
  });

  it('retries a failing server after 2 s, 4 s, 8 s … up to 5 min, and starts again at 2 s once it recovers', async () => {
    const failures = 11;
    replies = Array.from({ length: failures }, () => new Response('', { status: 503 }));
    await openPage({ id: A });
    const delays = [2, 4, 8, 16, 32, 64, 128, 256, 300, 300].map((seconds) => seconds * 1_000);
    for (const [index, delay] of delays.entries()) {
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(requests).toHaveLength(index + 1);
      await vi.advanceTimersByTimeAsync(1);
      expect(requests).toHaveLength(index + 2);
    }
    expect(requests).toHaveLength(failures);
    expect(storedIds()).toEqual([A]);
    expect(events).toEqual(Array.from({ length: failures }, () => httpKept(A, 503)));

    replies = [results(held(A))];
    await vi.advanceTimersByTimeAsync(300_000);
    expect(storedIds()).toEqual([]);
    expect(events.at(-1)).toEqual(sent(A));
    expect(retryScheduled()).toBe(false);

    // The delay was reset: the next failure is retried after 2 s again.
    replies = [new Response('', { status: 500 }), results(held(B))];
    await outbox.enqueue(answer(B), ENDPOINT);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(storedIds()).toEqual([B]);
    await vi.advanceTimersByTimeAsync(1);
    expect(storedIds()).toEqual([]);
  });

  it('coming back online resets the backoff and flushes at once', async () => {
    replies = ['network-error', 'network-error', 'network-error'];
    await openPage({ id: A });
    await vi.advanceTimersByTimeAsync(2_000); // second failure: next retry in 4 s
    expect(requests).toHaveLength(2);
    windowEvents.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(requests).toHaveLength(3));
    await outbox.flush();
    // Back to 2 s (not 8 s) after the online flush failed too.
    replies = [results(held(A))];
    await vi.advanceTimersByTimeAsync(2_000);
    expect(requests).toHaveLength(4);
    await outbox.flush(); // the retry under way
    expect(storedIds()).toEqual([]);
  });

  // Found while writing this table (fixed in widget 0.5.0): an answer the reply did not mention
  // stayed in IndexedDB but waited for the next page load; it is now retried like a 5xx one.
  it('sends an answer a 2xx reply left out again after the backoff', async () => {
    replies = [results(held(A)), results(held(B))];
    await openPage({ id: A }, { id: B });
    expect(retryScheduled()).toBe(true);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(storedIds()).toEqual([]);
  });
});
