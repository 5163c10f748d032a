/**
 * The auditor's outbox: every submitted audit waits in IndexedDB until the server acknowledges it,
 * as the widget's answers do (widget/src/controllers/outbox.ts). `POST /v1/audits` is idempotent by
 * the audit's id, so a resend after a lost reply, a reload or from a second tab is safe.
 *
 * What the server says settles an audit: 200 or 201 → received (kept, read-only, in the list); a
 * refusal in the API's own words (4xx with `{ error: { code, message } }`: 403 not_assigned, 400, 409
 * audit_conflict) → refused, kept with the server's message, never deleted. Anything else (no
 * network, 5xx, 408, 429, a proxy's page, a reply that cannot be read) leaves it queued, and it is
 * sent again: at start, when the phone comes back `online`, and on a timer that backs off.
 * @module
 */
import { AuditReplySchema } from '../../../survey/audits.js';
import type { AuditRecord } from './audit-record.js';
import type { AuditStore } from './audit-store.js';

export const FIRST_RETRY_MS = 5_000;
export const MAX_RETRY_MS = 5 * 60_000;

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** One audit sent once: the record as it is after the server's answer (unchanged when it must wait). */
export async function sendAudit(record: AuditRecord, token: string, fetchImpl: Fetch): Promise<{ record: AuditRecord; retry: boolean }> {
  let response: Response;
  try {
    response = await fetchImpl('/v1/audits', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(record.request),
      cache: 'no-store',
    });
  } catch {
    return { record, retry: true };
  }
  if (response.ok) {
    const reply = AuditReplySchema.safeParse(await response.json().catch(() => undefined));
    if (!reply.success || reply.data.data.id !== record.id) return { record, retry: true };
    return { record: { ...record, state: 'received', receivedAt: reply.data.data.receivedAt, refusal: undefined }, retry: false };
  }
  if (response.status >= 500 || response.status === 408 || response.status === 429) return { record, retry: true };
  const body = (await response.json().catch(() => ({}))) as { error?: { code?: unknown; message?: unknown } };
  // Only the barometer's own verdict settles an audit: a 404 page from a proxy says nothing about it.
  if (typeof body.error?.code !== 'string') return { record, retry: true };
  const message = typeof body.error.message === 'string' ? body.error.message : `HTTP ${response.status}`;
  return { record: { ...record, state: 'refused', refusal: { status: response.status, code: body.error.code, message } }, retry: false };
}

export interface OutboxOptions {
  store: AuditStore;
  fetch?: Fetch;
  /** Told after every change of an audit's state, and after each attempt. */
  onChange?: () => void;
}

/** Sends the queued audits, one flush at a time, and schedules the next try while some wait. */
export class AuditOutbox {
  private flushing: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private delay = FIRST_RETRY_MS;
  /** When the last attempt failed for want of a server (for the page to say so). */
  lastFailure: Date | undefined;

  constructor(private readonly options: OutboxOptions) {}

  /** Sends what an earlier visit left, then again whenever the phone comes back online. */
  start(): void {
    addEventListener('online', this.onOnline);
    void this.flush();
  }

  stop(): void {
    removeEventListener('online', this.onOnline);
    clearTimeout(this.timer);
  }

  private readonly onOnline = (): void => {
    this.delay = FIRST_RETRY_MS;
    void this.flush();
  };

  /** Sends every queued audit; resolves when this round is over. */
  flush(): Promise<void> {
    this.flushing ??= this.sendAll()
      .then((retry) => {
        if (retry) this.schedule();
        else {
          this.delay = FIRST_RETRY_MS;
          clearTimeout(this.timer);
        }
      })
      .catch(() => this.schedule())
      .finally(() => {
        this.flushing = undefined;
        this.options.onChange?.();
      });
    return this.flushing;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delay);
    this.delay = Math.min(this.delay * 2, MAX_RETRY_MS);
  }

  private async sendAll(): Promise<boolean> {
    const { store } = this.options;
    const session = await store.session();
    const queued = (await store.audits()).filter((record) => record.state === 'queued');
    if (!session || queued.length === 0) return false;
    let retry = false;
    for (const record of queued) {
      const outcome = await sendAudit(record, session.token, this.options.fetch ?? ((input, init) => fetch(input, init)));
      if (outcome.retry) {
        retry = true;
        this.lastFailure = new Date();
        continue;
      }
      // Written only over the queued audit it was: signed out meanwhile, or settled by another tab, it stays as it is.
      if ((await store.audit(record.id))?.state !== 'queued') continue;
      await store.saveAudit(outcome.record);
      this.options.onChange?.();
    }
    if (!retry) this.lastFailure = undefined;
    return retry;
  }
}
