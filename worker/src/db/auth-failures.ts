/**
 * Wrong tokens per client in D1 (`auth_failures`, migration 0006), for http/auth-throttle.ts.
 * Clients are the salted daily hashes of http/client-id.ts, never IPs.
 * @module
 */
import type { Env } from '../env.js';

/** Wrong tokens one client may send within the window before every attempt is refused. */
export const MAX_AUTH_FAILURES = 5;
export const AUTH_FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** As every other client hash: gone within 48 h (the daily cron). */
const RETENTION_MS = 48 * 60 * 60 * 1000;

/**
 * Milliseconds until `client` may try again, or 0. Refused while MAX_AUTH_FAILURES failures are in
 * the window: the wait ends when the oldest of the latest MAX_AUTH_FAILURES leaves it.
 */
export async function authRetryAfter(env: Env, client: string, now: number): Promise<number> {
  const { results } = await env.DB.prepare('SELECT at FROM auth_failures WHERE client = ? AND at > ? ORDER BY at DESC LIMIT ?')
    .bind(client, now - AUTH_FAILURE_WINDOW_MS, MAX_AUTH_FAILURES)
    .all<{ at: number }>();
  const oldest = results[MAX_AUTH_FAILURES - 1];
  return oldest ? Math.max(1, oldest.at + AUTH_FAILURE_WINDOW_MS - now) : 0;
}

/** Records one wrong token; drops the client's failures that left the window. */
export async function recordAuthFailure(env: Env, client: string, now: number): Promise<void> {
  await env.DB.batch([
    env.DB.prepare('DELETE FROM auth_failures WHERE client = ? AND at <= ?').bind(client, now - AUTH_FAILURE_WINDOW_MS),
    env.DB.prepare('INSERT INTO auth_failures (client, at) VALUES (?, ?)').bind(client, now),
  ]);
}

/** The daily cron's part: no client hash outlives 48 h. */
export async function purgeAuthFailures(env: Env, now: number): Promise<void> {
  await env.DB.prepare('DELETE FROM auth_failures WHERE at < ?')
    .bind(now - RETENTION_MS)
    .run();
}
