/**
 * Kiosk keys in D1 (`kiosk_keys`, migration 0007): made and hashed like admin tokens
 * (db/registrations.ts), so a key is returned once and only its SHA-256 is kept. Every answer sent
 * with a key looks it up, so lookups are cached per isolate, briefly: KEY_TTL_MS bounds how long a
 * revoked key may still be accepted by an isolate that looked it up just before the revocation.
 * @module
 */
import { MAX_LIVE_KIOSKS, type Kiosk, type KioskRequest, type OpeningHours } from '../../../survey/kiosk.js';
import type { Env } from '../env.js';
import { hex, newToken, sha256 } from './registrations.js';

/**
 * How long an isolate trusts what it read of a key: 10 s. A revocation takes effect at once in the
 * isolate that served it (its cache entry goes) and within 10 s everywhere else; a kiosk sends at a
 * human pace, so this saves one D1 read per answer at most, but spares D1 a scripted flood.
 */
export const KEY_TTL_MS = 10_000;

/** What ingestion needs of a key: whose it is, when it is open, whether it still works. */
export interface KioskKey {
  id: string;
  territory: string;
  hours: OpeningHours;
  days: number[];
  revoked: boolean;
}

interface KioskRow {
  id: string;
  territory: string;
  label: string;
  opens: string;
  closes: string;
  days: string;
  created_at: number;
  revoked_at: number | null;
}

const keyCache = new Map<string, { key: KioskKey | null; expires: number }>();

function toKiosk(row: KioskRow): Kiosk {
  return {
    id: row.id,
    territory: row.territory,
    label: row.label,
    hours: { opens: row.opens, closes: row.closes },
    days: JSON.parse(row.days) as number[],
    createdAt: new Date(row.created_at).toISOString(),
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at).toISOString(),
  };
}

/**
 * A new key for `territory`, unless it already holds MAX_LIVE_KIOSKS live ones (null). The count
 * and the insert are one statement, so two concurrent creations cannot both pass the cap.
 */
export async function createKiosk(env: Env, territory: string, request: KioskRequest, now: number): Promise<(Kiosk & { key: string }) | null> {
  const key = newToken();
  const id = crypto.randomUUID();
  const { meta } = await env.DB.prepare(
    `INSERT INTO kiosk_keys (id, territory, label, key_hash, opens, closes, days, created_at, revoked_at)
     SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, NULL
     WHERE (SELECT COUNT(*) FROM kiosk_keys WHERE territory = ?2 AND revoked_at IS NULL) < ?9`,
  )
    .bind(id, territory, request.label, hex(await sha256(key)), request.hours.opens, request.hours.closes, JSON.stringify(request.days), now, MAX_LIVE_KIOSKS)
    .run();
  if (meta.changes !== 1) return null;
  return {
    ...toKiosk({
      id,
      territory,
      label: request.label,
      opens: request.hours.opens,
      closes: request.hours.closes,
      days: JSON.stringify(request.days),
      created_at: now,
      revoked_at: null,
    }),
    key,
  };
}

/** Every key of the territory, newest first, revoked ones included. */
export async function listKiosks(env: Env, territory: string): Promise<Kiosk[]> {
  const { results } = await env.DB.prepare(
    'SELECT id, territory, label, opens, closes, days, created_at, revoked_at FROM kiosk_keys WHERE territory = ? ORDER BY created_at DESC, id DESC',
  )
    .bind(territory)
    .all<KioskRow>();
  return results.map(toKiosk);
}

/** Every territory's keys for the barometer's team: live ones first, then newest first; at most `limit`. */
export async function listAllKiosks(env: Env, limit: number): Promise<Kiosk[]> {
  const { results } = await env.DB.prepare(
    'SELECT id, territory, label, opens, closes, days, created_at, revoked_at FROM kiosk_keys ORDER BY revoked_at IS NOT NULL, created_at DESC, id DESC LIMIT ?',
  )
    .bind(limit)
    .all<KioskRow>();
  return results.map(toKiosk);
}

/**
 * Revokes a key of the territory (any territory's when `territory` is null: the team's revocation);
 * revoking it again keeps its first revocation time. null when there is no such kiosk.
 */
export async function revokeKiosk(env: Env, territory: string | null, id: string, now: number): Promise<Kiosk | null> {
  const row = await env.DB.prepare(
    `UPDATE kiosk_keys SET revoked_at = COALESCE(revoked_at, ?1) WHERE id = ?2 AND (?3 IS NULL OR territory = ?3)
     RETURNING id, territory, label, opens, closes, days, created_at, revoked_at, key_hash`,
  )
    .bind(now, id, territory)
    .first<KioskRow & { key_hash: string }>();
  if (!row) return null;
  // This isolate stops accepting the key at once; the others within KEY_TTL_MS.
  keyCache.delete(row.key_hash);
  return toKiosk(row);
}

/** The key sent with answers, by its hash; null when no kiosk has it. Cached per isolate (KEY_TTL_MS). */
export async function findKioskKey(env: Env, key: string, now = Date.now()): Promise<KioskKey | null> {
  const hash = hex(await sha256(key));
  const cached = keyCache.get(hash);
  if (cached && cached.expires > now) return cached.key;
  const row = await env.DB.prepare('SELECT id, territory, label, opens, closes, days, created_at, revoked_at FROM kiosk_keys WHERE key_hash = ?')
    .bind(hash)
    .first<KioskRow>();
  const found = row
    ? {
        id: row.id,
        territory: row.territory,
        hours: { opens: row.opens, closes: row.closes },
        days: JSON.parse(row.days) as number[],
        revoked: row.revoked_at !== null,
      }
    : null;
  // Unknown keys are cached too: a flood of made-up keys costs D1 one read per key per 10 s, and
  // the map is cleared when it grows past a bound, so made-up keys cannot fill the isolate's memory.
  if (keyCache.size >= 10_000) keyCache.clear();
  keyCache.set(hash, { key: found, expires: now + KEY_TTL_MS });
  return found;
}
