/**
 * Territory registrations in D1: contact, allowed origins, admin token hash. Origins are cached
 * briefly per isolate because every write consults them.
 * @module
 */
import type { Env } from '../env.js';

const ORIGINS_TTL_MS = 30_000;
const originsCache = new Map<string, { origins: string[]; expires: number }>();

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Registers a territory; returns its admin token, or null when it is already registered (never overwritten). */
export async function register(env: Env, territory: string, contact: string, origins: string[], now: number): Promise<string | null> {
  const token = newToken();
  const result = await env.DB.prepare(
    'INSERT INTO territories (id, contact, origins, admin_token_hash, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
  )
    .bind(territory, contact, JSON.stringify(origins), hex(await sha256(token)), now)
    .run();
  if (result.meta.changes !== 1) return null;
  originsCache.set(territory, { origins, expires: Date.now() + ORIGINS_TTL_MS });
  return token;
}

/** The origins allowed to write for a territory; empty when it did not register or declared none. */
export async function allowedOrigins(env: Env, territory: string): Promise<string[]> {
  const cached = originsCache.get(territory);
  if (cached && cached.expires > Date.now()) return cached.origins;
  const row = await env.DB.prepare('SELECT origins FROM territories WHERE id = ?').bind(territory).first<{ origins: string }>();
  const origins = row ? (JSON.parse(row.origins) as string[]) : [];
  originsCache.set(territory, { origins, expires: Date.now() + ORIGINS_TTL_MS });
  return origins;
}

export type TokenCheck = 'valid' | 'invalid' | 'unregistered';

/** Compares the token's hash with the stored one in constant time. */
export async function checkAdminToken(env: Env, territory: string, token: string): Promise<TokenCheck> {
  const row = await env.DB.prepare('SELECT admin_token_hash FROM territories WHERE id = ?').bind(territory).first<{ admin_token_hash: string }>();
  const given = await sha256(token);
  // Hash something even when unregistered, so timing does not tell registered territories apart.
  const stored = row ? Uint8Array.from(row.admin_token_hash.match(/../g) ?? [], (pair) => parseInt(pair, 16)) : await sha256('');
  const equal = stored.byteLength === given.byteLength && crypto.subtle.timingSafeEqual(stored, given);
  if (!row) return 'unregistered';
  return equal ? 'valid' : 'invalid';
}
