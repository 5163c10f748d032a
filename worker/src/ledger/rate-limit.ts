/**
 * The abuse guard: new answers per client (a salted, daily-rotating hash of the IP) per territory,
 * in one-minute and one-hour windows. Over either limit the answer is refused, and the client is
 * flagged for 24 h: its answers are still stored but left out of every figure and of the trophy.
 * @module
 */
export interface RateLimits {
  perMinute: number;
  perHour: number;
  /** Answers of one client to one territory that count per day (survey/participation.ts); the rest are kept, left out. */
  perRespondentPerDay: number;
}

export const FLAG_DURATION_MS = 24 * 60 * 60 * 1000;
/** Client hashes are personal data of a kind: none is kept longer than this. */
export const CLIENT_RETENTION_MS = 48 * 60 * 60 * 1000;

const WINDOWS = [
  { kind: 'm', length: 60_000, limit: (limits: RateLimits) => limits.perMinute },
  { kind: 'h', length: 3_600_000, limit: (limits: RateLimits) => limits.perHour },
] as const;

export type Admission = { admitted: true; flagged: boolean } | { admitted: false; retryAfter: number };

/**
 * Decides on one new answer from `client`. Every attempt counts, refused ones too, so a client that
 * keeps hammering stays refused until it pauses for a whole window. One statement in the usual
 * case: an upsert that counts both windows and returns their counts with the client's flag. Runs
 * inside the ledger's transaction. `flag` false refuses without flagging: a kiosk over its pace
 * (kiosk-pace.ts) is refused until it slows down, but a queue at the counter must not cost the
 * kiosk's answers of the next 24 h; its admin can revoke a key that misbehaves.
 */
export function admit(sql: SqlStorage, client: string, now: number, limits: RateLimits, flag = true): Admission {
  const starts = WINDOWS.map((window) => Math.floor(now / window.length) * window.length);
  // The flag lookup rides along in RETURNING (flagged_clients is not the table written, so it reads
  // it as it stands before any flag this call sets): one statement in the usual case.
  const counts = sql
    .exec<{ kind: string; count: number; flagged: number }>(
      `INSERT INTO client_windows (client, kind, start, count) VALUES (?1, 'm', ?2, 1), (?1, 'h', ?3, 1)
       ON CONFLICT (client, kind, start) DO UPDATE SET count = count + 1
       RETURNING kind, count, EXISTS (SELECT 1 FROM flagged_clients WHERE client = ?1 AND until > ?4) AS flagged`,
      client,
      starts[0] ?? 0,
      starts[1] ?? 0,
      now,
    )
    .toArray();
  const over = WINDOWS.map((window, index) => ({
    window,
    start: starts[index] ?? 0,
    count: counts.find((row) => row.kind === window.kind)?.count ?? 0,
  })).filter(({ window, count }) => count > window.limit(limits));
  if (over.length > 0) {
    if (flag)
      sql.exec(
        'INSERT INTO flagged_clients (client, until) VALUES (?, ?) ON CONFLICT (client) DO UPDATE SET until = excluded.until',
        client,
        now + FLAG_DURATION_MS,
      );
    const retryAfter = Math.max(...over.map(({ window, start }) => Math.ceil((start + window.length - now) / 1000)));
    return { admitted: false, retryAfter: Math.max(1, retryAfter) };
  }
  return { admitted: true, flagged: counts.some((row) => row.flagged === 1) };
}

/** Forgets client hashes past their retention and flags past their term. */
export function purgeClients(sql: SqlStorage, now: number): void {
  sql.exec('DELETE FROM client_windows WHERE start < ?', now - CLIENT_RETENTION_MS);
  sql.exec('DELETE FROM flagged_clients WHERE until < ?', now);
}
