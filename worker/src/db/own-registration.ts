/**
 * A territory's registration as its own admin token sees it (the claim it made, or the approved
 * registration), and the one change it may make itself: the origins allowed to write. Contacts stay
 * in D1 for anyone else (db/registrations.ts).
 * @module
 */
import type { Env } from '../env.js';
import { CLAIM_LIFETIME_MS, forgetOrigins, hex, rejectionOf, sha256 } from './registrations.js';

export type OwnRegistrationRow =
  | { status: 'pending'; claim: string; contact: string; origins: string[]; createdAt: number }
  | { status: 'active'; contact: string; origins: string[]; registeredAt: number }
  | { status: 'rejected'; claim: string; reason: string | null; rejectedAt: number };

/**
 * The registration, the live claim or the refused claim `token` belongs to, as checkAdminToken
 * classed it (`valid`, `pending` or `rejected`); null when it is gone meanwhile (decided, rotated).
 */
export async function ownRegistration(env: Env, territory: string, token: string, check: 'valid' | 'pending' | 'rejected'): Promise<OwnRegistrationRow | null> {
  if (check === 'rejected') {
    const rejection = await rejectionOf(env, territory, token, Date.now());
    return rejection ? { status: 'rejected', ...rejection } : null;
  }
  const hash = hex(await sha256(token));
  if (check === 'valid') {
    const row = await env.DB.prepare('SELECT contact, origins, created_at FROM territories WHERE id = ? AND admin_token_hash = ?')
      .bind(territory, hash)
      .first<{ contact: string; origins: string; created_at: number }>();
    return row ? { status: 'active', contact: row.contact, origins: JSON.parse(row.origins) as string[], registeredAt: row.created_at } : null;
  }
  const row = await env.DB.prepare(
    'SELECT id, contact, origins, created_at FROM registration_claims WHERE territory = ? AND admin_token_hash = ? AND created_at >= ?',
  )
    .bind(territory, hash, Date.now() - CLAIM_LIFETIME_MS)
    .first<{ id: string; contact: string; origins: string; created_at: number }>();
  return row ? { status: 'pending', claim: row.id, contact: row.contact, origins: JSON.parse(row.origins) as string[], createdAt: row.created_at } : null;
}

/**
 * Replaces a registered territory's origins, if `token` is still its admin token (compare-and-swap
 * on the hash, as rotation does: db/admin-tokens.ts). False when a rotation replaced it meanwhile.
 * This isolate forgets its cached origins at once; the others within 30 s (forgetOrigins).
 */
export async function replaceOrigins(env: Env, territory: string, token: string, origins: string[]): Promise<boolean> {
  const { meta } = await env.DB.prepare('UPDATE territories SET origins = ? WHERE id = ? AND admin_token_hash = ?')
    .bind(JSON.stringify(origins), territory, hex(await sha256(token)))
    .run();
  forgetOrigins(territory);
  return meta.changes === 1;
}
