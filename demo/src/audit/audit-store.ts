/**
 * What the auditor's app keeps on the phone, in IndexedDB (idb-keyval), so it opens and works in a
 * basement with no network: the session (the auditor's token and the last assignments reply) and
 * every audit, from draft to verdict. Nothing here leaves the phone except through the API.
 * Everything read back is checked: another version of the app may have written it.
 * @module
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import * as z from 'zod/mini';
import { AssignmentsReplySchema } from '../../../survey/audits.js';
import { AuditRecordSchema, type AuditRecord } from './audit-record.js';

const SessionSchema = z.object({
  token: z.string(),
  assignments: AssignmentsReplySchema.shape.data,
  /** When the assignments were last read from the server (ISO 8601). */
  fetchedAt: z.string(),
});
export type AuditorSession = z.infer<typeof SessionSchema>;

/** Where audits and the session are kept (a Map stands in for IndexedDB in the unit tests). */
export interface AuditStore {
  session(): Promise<AuditorSession | undefined>;
  saveSession(session: AuditorSession): Promise<void>;
  audits(): Promise<AuditRecord[]>;
  audit(id: string): Promise<AuditRecord | undefined>;
  saveAudit(record: AuditRecord): Promise<void>;
  /** Signing out: the token, the assignments and every audit go. */
  clear(): Promise<void>;
}

const SESSION_KEY = 'session';
const AUDIT_PREFIX = 'audit:';

let db: UseStore | undefined;
const store = (): UseStore => (db ??= createStore('barometre-audit', 'keyval'));

export const indexedDbStore: AuditStore = {
  async session() {
    const checked = SessionSchema.safeParse(await get(SESSION_KEY, store()));
    return checked.success ? checked.data : undefined;
  },
  saveSession: (session) => set(SESSION_KEY, session, store()),
  async audits() {
    const records: AuditRecord[] = [];
    for (const [key, value] of await entries(store())) {
      if (typeof key !== 'string' || !key.startsWith(AUDIT_PREFIX)) continue;
      const checked = AuditRecordSchema.safeParse(value);
      // An unreadable record is left where it is, not deleted: it may be an audit a newer app wrote.
      if (checked.success) records.push(checked.data);
    }
    return records.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  },
  async audit(id) {
    const checked = AuditRecordSchema.safeParse(await get(AUDIT_PREFIX + id, store()));
    return checked.success ? checked.data : undefined;
  },
  saveAudit: (record) => set(AUDIT_PREFIX + record.id, record, store()),
  async clear() {
    for (const [key] of await entries(store())) await del(key, store());
  },
};
