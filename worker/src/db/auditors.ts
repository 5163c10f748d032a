/**
 * Mystery auditors in D1 (`auditors`, migration 0013): made by the barometer's team, each with a
 * bearer token shown once (only its SHA-256 is kept, as for admin tokens). A revoked auditor keeps
 * its row, so its audits stay counted and the campaign still names who made them.
 * @module
 */
import type { Auditor } from '../../../survey/audits.js';
import type { Env } from '../env.js';
import { hex, hexBytes, newToken, sha256 } from './registrations.js';

interface AuditorRow {
  id: string;
  name: string;
  created_at: number;
  revoked_at: number | null;
}

const toAuditor = (row: AuditorRow): Auditor => ({
  id: row.id,
  name: row.name,
  createdAt: new Date(row.created_at).toISOString(),
  revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at).toISOString(),
});

/** A new auditor and its token, returned this once. */
export async function createAuditor(env: Env, name: string, now: number): Promise<{ auditor: Auditor; token: string }> {
  const token = newToken();
  const id = crypto.randomUUID();
  await env.DB.prepare('INSERT INTO auditors (id, name, token_hash, created_at) VALUES (?, ?, ?, ?)')
    .bind(id, name, hex(await sha256(token)), now)
    .run();
  return { auditor: toAuditor({ id, name, created_at: now, revoked_at: null }), token };
}

/** Every auditor, working ones first, then by name. */
export async function listAuditors(env: Env): Promise<Auditor[]> {
  const { results } = await env.DB.prepare('SELECT id, name, created_at, revoked_at FROM auditors ORDER BY revoked_at IS NOT NULL, name, id').all<AuditorRow>();
  return results.map(toAuditor);
}

/** Revokes an auditor's token (again: keeps the first revocation's time); null when no auditor has this id. */
export async function revokeAuditor(env: Env, id: string, now: number): Promise<Auditor | null> {
  const row = await env.DB.prepare('UPDATE auditors SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? RETURNING id, name, created_at, revoked_at')
    .bind(now, id)
    .first<AuditorRow>();
  return row ? toAuditor(row) : null;
}

/** The auditors among `ids` that exist. */
export async function existingAuditors(env: Env, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { results } = await env.DB.prepare('SELECT id FROM auditors WHERE id IN (SELECT value FROM json_each(?))')
    .bind(JSON.stringify([...new Set(ids)]))
    .all<{ id: string }>();
  return new Set(results.map((row) => row.id));
}

export type AuditorCheck = { auditor: Auditor } | 'revoked' | 'invalid';

/**
 * The auditor a token belongs to. Looked up by hash, then compared in constant time like admin
 * tokens (db/registrations.ts `checkAdminToken`), so timing does not tell a near miss apart.
 */
export async function auditorOfToken(env: Env, token: string): Promise<AuditorCheck> {
  const given = await sha256(token);
  const row = await env.DB.prepare('SELECT id, name, created_at, revoked_at, token_hash FROM auditors WHERE token_hash = ?')
    .bind(hex(given))
    .first<AuditorRow & { token_hash: string }>();
  const stored = row ? hexBytes(row.token_hash) : await sha256('');
  const equal = stored.byteLength === given.byteLength && crypto.subtle.timingSafeEqual(stored, given);
  if (!row || !equal) return 'invalid';
  if (row.revoked_at !== null) return 'revoked';
  return { auditor: toAuditor(row) };
}
