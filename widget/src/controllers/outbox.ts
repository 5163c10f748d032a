/**
 * The outbox: every answer waits in IndexedDB (idb-keyval) until the server acknowledges its id,
 * so a closed tab, a lost connection or a failing server loses nothing. Sending is idempotent on the
 * server (the answer id), so a resend after a crash or from two tabs at once never counts twice.
 */
import { createStore, entries, set, type UseStore } from 'idb-keyval';
import * as z from 'zod/mini';
import { KIOSK_KEY_HEADER } from '../../../survey/kiosk-header.js';
import { AnswerSchema, isHeld, MAX_BATCH, ResponsesReplySchema, type Answer } from '../../../survey/response.js';
import type { BarometreEventDetails } from '../survey-form/survey-form.events.js';

/** `kiosk`: the key of the counter tablet that took the answer, sent with it in KIOSK_KEY_HEADER. */
const OutboxRecordSchema = z.object({ answer: AnswerSchema, endpoint: z.string(), rev: z.number(), kiosk: z.optional(z.string()) });
type OutboxRecord = z.infer<typeof OutboxRecordSchema>;

export type OutboxEvent =
  | { name: 'barometre-queued'; detail: BarometreEventDetails['barometre-queued'] }
  | { name: 'barometre-sent'; detail: BarometreEventDetails['barometre-sent'] }
  | { name: 'barometre-error'; detail: BarometreEventDetails['barometre-error'] };

export interface OutboxListener {
  /** Whether this listener created the answer (it then hears about it first). */
  owns(id: string): boolean;
  notify(event: OutboxEvent): void;
}

const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 5 * 60_000;

let db: UseStore | undefined;
const store = (): UseStore => (db ??= createStore('barometre-citoyen', 'outbox'));
const listeners = new Set<OutboxListener>();
let flushing: Promise<void> | undefined;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let retryDelay = FIRST_RETRY_MS;

function notify(event: OutboxEvent): void {
  const id = 'id' in event.detail ? event.detail.id : undefined;
  const listener = [...listeners].find((candidate) => id !== undefined && candidate.owns(id)) ?? listeners.values().next().value;
  listener?.notify(event);
}

/** Deletes a record only if it is still the version that was sent: a newer one must stay. */
function deleteIfUnchanged(id: string, rev: number): Promise<void> {
  return store()('readwrite', (objects) => {
    const request = objects.get(id);
    request.onsuccess = () => {
      if ((request.result as OutboxRecord | undefined)?.rev === rev) objects.delete(id);
    };
    return new Promise<void>((resolve, reject) => {
      objects.transaction.oncomplete = () => resolve();
      objects.transaction.onerror = () => reject(objects.transaction.error);
    });
  });
}

/** Records read back from IndexedDB are checked: another script or an older version may have written them. */
async function readAll(): Promise<OutboxRecord[]> {
  const records: OutboxRecord[] = [];
  for (const [key, value] of await entries(store())) {
    const checked = OutboxRecordSchema.safeParse(value);
    if (checked.success) records.push(checked.data);
    else await store()('readwrite', (objects) => objects.delete(key as IDBValidKey));
  }
  return records;
}

type SendOutcome = 'done' | 'retry' | 'split';

/** Tells the host that these answers stay in the outbox and will be sent again. */
function retryLater(batch: OutboxRecord[], code: string, message: string): 'retry' {
  for (const record of batch) notify({ name: 'barometre-error', detail: { id: record.answer.id, code, message, retryable: true } });
  return 'retry';
}

async function send(endpoint: string, batch: OutboxRecord[]): Promise<SendOutcome> {
  let response: Response;
  const kiosk = batch[0]?.kiosk;
  try {
    response = await fetch(new URL('/v1/responses', endpoint), {
      method: 'POST',
      headers: kiosk ? { 'content-type': 'application/json', [KIOSK_KEY_HEADER]: kiosk } : { 'content-type': 'application/json' },
      body: JSON.stringify(batch.length === 1 ? batch[0]?.answer : { answers: batch.map((record) => record.answer) }),
      keepalive: true,
    });
  } catch {
    return retryLater(batch, 'network_error', 'The server could not be reached; the answer waits in this browser.');
  }
  if (response.status >= 500 || response.status === 429 || response.status === 408) {
    return retryLater(batch, `http_${response.status}`, `The server answered ${response.status}; the answer waits in this browser.`);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    // Only the barometer's own verdict (its error envelope) settles an answer: a 404 or 401 page
    // from a wrong endpoint or a proxy says nothing about the answer, which waits for a fixed one.
    if (typeof body.error?.code !== 'string')
      return retryLater(batch, `http_${response.status}`, `The server answered ${response.status}; the answer waits in this browser.`);
    // The server refused the whole request: find the answers at fault one by one.
    if (batch.length > 1) return 'split';
    const record = batch[0] as OutboxRecord;
    await deleteIfUnchanged(record.answer.id, record.rev);
    notify({
      name: 'barometre-error',
      detail: { id: record.answer.id, code: body.error.code, message: body.error.message ?? response.statusText, retryable: false },
    });
    return 'done';
  }
  const reply = ResponsesReplySchema.safeParse(await response.json().catch(() => undefined));
  if (!reply.success) return retryLater(batch, 'bad_reply', 'The server’s reply could not be read; the answer waits in this browser.');
  // An answer the reply does not mention was not acknowledged: it stays, and is sent again.
  let retry = batch.some((record) => !reply.data.data.results.some((result) => result.id === record.answer.id));
  for (const result of reply.data.data.results) {
    const record = batch.find((candidate) => candidate.answer.id === result.id);
    if (!record) continue;
    if (isHeld(result)) {
      await deleteIfUnchanged(record.answer.id, record.rev);
      notify({ name: 'barometre-sent', detail: { id: result.id, status: result.status } });
    } else if (result.error?.retryable) {
      retryLater([record], result.error.code, result.error.message);
      retry = true;
    } else {
      await deleteIfUnchanged(record.answer.id, record.rev);
      notify({
        name: 'barometre-error',
        detail: { id: result.id, code: result.error?.code ?? 'rejected', message: result.error?.message ?? 'rejected', retryable: false },
      });
    }
  }
  return retry ? 'retry' : 'done';
}

async function sendAll(): Promise<boolean> {
  const records = await readAll();
  let retry = false;
  // Map.groupBy would be shorter, but Safari before 17.4 lacks it and town sites get old browsers.
  // One request per endpoint and kiosk key: a request carries at most one key.
  const byEndpoint = new Map<string, OutboxRecord[]>();
  for (const record of records) {
    const key = `${record.kiosk ?? ''} ${record.endpoint}`;
    byEndpoint.set(key, [...(byEndpoint.get(key) ?? []), record]);
  }
  for (const group of byEndpoint.values()) {
    const endpoint = (group[0] as OutboxRecord).endpoint;
    for (let start = 0; start < group.length; start += MAX_BATCH) {
      const batch = group.slice(start, start + MAX_BATCH);
      const outcome = await send(endpoint, batch);
      if (outcome === 'split') {
        for (const record of batch) if ((await send(endpoint, [record])) === 'retry') retry = true;
      } else if (outcome === 'retry') retry = true;
    }
  }
  return retry;
}

function scheduleRetry(): void {
  clearTimeout(retryTimer);
  retryTimer = setTimeout(() => void flush(), retryDelay);
  retryDelay = Math.min(retryDelay * 2, MAX_RETRY_MS);
}

/** Sends everything waiting in the outbox; one flush at a time per page. */
export function flush(): Promise<void> {
  flushing ??= sendAll()
    .then((retry) => {
      if (retry) scheduleRetry();
      else retryDelay = FIRST_RETRY_MS;
    })
    .catch(() => scheduleRetry())
    .finally(() => {
      flushing = undefined;
    });
  return flushing;
}

/** Stores (or replaces) an answer in the outbox, then tries to send it. */
export async function enqueue(answer: Answer, endpoint: string, kiosk?: string): Promise<void> {
  const record: OutboxRecord = { answer, endpoint, rev: Date.now() + Math.random(), ...(kiosk ? { kiosk } : {}) };
  await set(answer.id, record, store());
  notify({ name: 'barometre-queued', detail: { id: answer.id } });
  // A flush already under way may have read the outbox before this answer: flush again after it.
  await flushing;
  await flush();
}

/** Subscribes an element to outbox events; the first subscription also sends what an earlier visit left. */
export function subscribe(listener: OutboxListener): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    addEventListener('online', onOnline);
    void flush();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) removeEventListener('online', onOnline);
  };
}

function onOnline(): void {
  retryDelay = FIRST_RETRY_MS;
  void flush();
}
