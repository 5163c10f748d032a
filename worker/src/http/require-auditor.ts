/**
 * The bearer token of a mystery auditor (db/auditors.ts), for the routes the audit app uses.
 * @module
 */
import type { Context } from 'hono';
import type { Auditor } from '../../../survey/audits.js';
import { auditorOfToken } from '../db/auditors.js';
import type { AppEnv } from '../env.js';
import { ApiError } from './api-error.js';
import { throttledAuth } from './auth-throttle.js';
import { bearerToken } from './bearer.js';

/**
 * 401 without a token; 403 with a wrong one (counted, like admin tokens: 429 after too many,
 * http/auth-throttle.ts) or a revoked one. Returns the auditor.
 */
export async function requireAuditor(c: Context<AppEnv>): Promise<Auditor> {
  const token = bearerToken(c, 'your auditor token');
  let found: Auditor | undefined;
  await throttledAuth(c, async () => {
    const check = await auditorOfToken(c.env, token);
    // Counted as a wrong token: a revoked token is worth no more than a guessed one.
    if (check === 'revoked') throw new ApiError(403, 'forbidden', 'This auditor’s access was revoked by the barometer’s team; ask them for a new token.');
    if (check === 'invalid') throw new ApiError(403, 'forbidden', 'This token is not an auditor’s token.');
    found = check.auditor;
  });
  if (!found) throw new ApiError(403, 'forbidden', 'This token is not an auditor’s token.');
  return found;
}
