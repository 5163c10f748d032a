/**
 * The token a territory got when it claimed, whether the claim is still pending, approved, or was
 * refused within 30 days: what the territory's own space reads its registration with, so that it
 * can see where its claim stands.
 * Everything else wants an approved registration (http/require-admin.ts).
 * @module
 */
import type { Context } from 'hono';
import type { Territory } from '../../../survey/results.js';
import { checkAdminToken } from '../db/registrations.js';
import type { AppEnv } from '../env.js';
import { ApiError } from './api-error.js';
import { throttledAuth } from './auth-throttle.js';
import { bearerToken } from './bearer.js';

/** 401 without a token; 403 with a wrong one or for a territory nobody claimed; 429 after too many wrong ones. */
export async function requireOwnToken(c: Context<AppEnv>, territory: Territory): Promise<{ token: string; check: 'valid' | 'pending' | 'rejected' }> {
  const token = bearerToken(c, 'the territory’s admin token');
  let check: 'valid' | 'pending' | 'rejected' = 'valid';
  await throttledAuth(c, async () => {
    const found = await checkAdminToken(c.env, territory.id, token);
    if (found !== 'valid' && found !== 'pending' && found !== 'rejected')
      throw new ApiError(403, 'forbidden', 'This token is neither this territory’s admin token nor one of its claims’.');
    check = found;
  });
  return { token, check };
}
