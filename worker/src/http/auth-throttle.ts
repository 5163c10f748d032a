/**
 * Slows down guessing of the admin and operator tokens: after MAX_AUTH_FAILURES wrong tokens from
 * one client within AUTH_FAILURE_WINDOW_MS, every attempt, right or wrong, is a 429 until the window
 * passes. A right token after a few wrong ones still works; a missing token (401) counts for nothing.
 * @module
 */
import type { Context } from 'hono';
import { config } from '../config.js';
import { AUTH_FAILURE_WINDOW_MS, authRetryAfter, MAX_AUTH_FAILURES, recordAuthFailure } from '../db/auth-failures.js';
import type { AppEnv } from '../env.js';
import { ApiError } from './api-error.js';
import { clientHash } from './client-id.js';

/**
 * Throws 429 (with Retry-After) while the client is refused; otherwise runs `check`, and counts a
 * failure when it throws a 403 `forbidden` (a wrong token). Other outcomes pass through untouched.
 */
export async function throttledAuth(c: Context<AppEnv>, check: () => Promise<void>): Promise<void> {
  const now = Date.now();
  const client = await clientHash(c.req.raw, config(c.env).salt, now);
  const wait = await authRetryAfter(c.env, client, now);
  if (wait > 0) {
    c.header('Retry-After', String(Math.ceil(wait / 1000)));
    throw new ApiError(
      429,
      'rate_limited',
      `Too many wrong tokens from this connection (${MAX_AUTH_FAILURES} within ${AUTH_FAILURE_WINDOW_MS / 60_000} minutes); retry later.`,
    );
  }
  try {
    await check();
  } catch (error) {
    if (error instanceof ApiError && error.status === 403 && error.code === 'forbidden') await recordAuthFailure(c.env, client, now);
    throw error;
  }
}
