/**
 * Rotating a registered territory's admin token in D1 (`territories.admin_token_hash`). Tokens are
 * made and hashed as at registration (db/registrations.ts): the new one is returned once and only
 * its hash is stored, so the old token stops working as soon as the update commits.
 * @module
 */
import type { Env } from '../env.js';
import { hex, newToken, sha256 } from './registrations.js';

/**
 * Replaces the token whose value is `current` with a new one and returns it; null when `current` is
 * not the territory's token any more (a concurrent rotation won): compare-and-swap on the hash.
 */
export async function rotateAdminToken(env: Env, territory: string, current: string): Promise<string | null> {
  const token = newToken();
  const [next, previous] = await Promise.all([sha256(token), sha256(current)]);
  const { meta } = await env.DB.prepare('UPDATE territories SET admin_token_hash = ? WHERE id = ? AND admin_token_hash = ?')
    .bind(hex(next), territory, hex(previous))
    .run();
  return meta.changes === 1 ? token : null;
}
