/**
 * The admin token of a territory's approved registration, for the routes a territory reads and
 * changes its own data with (comments, token rotation, origins, kiosk keys).
 * @module
 */
import type { Context } from 'hono';
import type { Territory } from '../../../survey/results.js';
import { checkAdminToken } from '../db/registrations.js';
import type { AppEnv } from '../env.js';
import { ApiError } from './api-error.js';
import { throttledAuth } from './auth-throttle.js';
import { bearerToken } from './bearer.js';

/**
 * 401 without a token; 403 with a wrong one, for a territory that never registered, or while its
 * claim waits for approval; 429 after too many wrong ones (http/auth-throttle.ts). Returns the token.
 */
export async function requireAdmin(c: Context<AppEnv>, territory: Territory): Promise<string> {
  const token = bearerToken(c, 'the territory’s admin token');
  await throttledAuth(c, async () => {
    const check = await checkAdminToken(c.env, territory.id, token);
    if (check === 'pending') {
      throw new ApiError(
        403,
        'registration_pending',
        `Your registration of ${territory.name} is waiting for the barometer’s team to check it; this token will work once it is approved.`,
      );
    }
    if (check === 'rejected') {
      throw new ApiError(403, 'registration_rejected', `This token's claim on ${territory.name} was refused; its space says why, and a new claim may be made.`);
    }
    if (check !== 'valid') throw new ApiError(403, 'forbidden', 'This token does not give access to this territory.');
  });
  return token;
}
