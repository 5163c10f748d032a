/**
 * Territory registrations in D1. A registration starts as a claim (`registration_claims`); the
 * barometer's team approves one claim per territory, which becomes the territory's registration
 * (`territories`): its origins are then enforced and its token opens the comments. Origins are
 * cached briefly per isolate because every write consults them.
 * @module
 */
import type { Env } from '../env.js';

const ORIGINS_TTL_MS = 30_000;
const originsCache = new Map<string, { origins: string[]; expires: number }>();

/** A claim nobody approved within this time is dropped. */
export const CLAIM_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/** Claims one client may make per day: a town registers once; filling other towns' slots takes many addresses. */
export const MAX_CLAIMS_PER_CLIENT_PER_DAY = 5;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Compares two secrets through their hashes, in constant time. */
export async function sameSecret(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([sha256(given), sha256(expected)]);
  return crypto.subtle.timingSafeEqual(a, b);
}

/**
 * Drops expired claims and the claim counts of past days. Runs on each claim and, so that client
 * hashes never outlive 48 h even when nobody claims anything, on the daily cron (index.ts).
 */
export async function purgeClaims(env: Env, now: number): Promise<void> {
  await env.DB.batch(purgeStatements(env, now));
}

function purgeStatements(env: Env, now: number): D1PreparedStatement[] {
  return [
    env.DB.prepare('DELETE FROM registration_claims WHERE created_at < ?').bind(now - CLAIM_LIFETIME_MS),
    env.DB.prepare('DELETE FROM registration_rejections WHERE rejected_at < ?').bind(now - CLAIM_LIFETIME_MS),
    env.DB.prepare('DELETE FROM claim_clients WHERE day < ?').bind(Math.floor(now / DAY_MS) - 1),
  ];
}

export type ClaimOutcome = { claim: string; token: string } | 'already_registered' | { retryAfter: number };

/**
 * Records a claim on a territory and returns its admin token, unless the territory is already
 * registered or `client` (the salted daily hash) claimed too much today. There is no cap on the
 * claims waiting for one territory: with one, strangers could fill it and keep the town from filing
 * its own. The per-connection limit and the 30-day expiry bound the table instead, and the team
 * sees every claim with what helps it decide (routes/registrations.ts).
 */
export async function claim(env: Env, territory: string, contact: string, origins: string[], client: string, now: number): Promise<ClaimOutcome> {
  const day = Math.floor(now / DAY_MS);
  const [, , , counted, registered] = await env.DB.batch<{ n: number }>([
    ...purgeStatements(env, now),
    // Every attempt counts, so hammering keeps a client refused for the day.
    env.DB.prepare(
      'INSERT INTO claim_clients (client, day, count) VALUES (?, ?, 1) ON CONFLICT (client, day) DO UPDATE SET count = count + 1 RETURNING count AS n',
    ).bind(client, day),
    env.DB.prepare('SELECT COUNT(*) AS n FROM territories WHERE id = ?').bind(territory),
  ]);
  if ((counted?.results[0]?.n ?? 0) > MAX_CLAIMS_PER_CLIENT_PER_DAY) return { retryAfter: Math.ceil(((day + 1) * DAY_MS - now) / 1000) };
  if ((registered?.results[0]?.n ?? 0) > 0) return 'already_registered';
  const token = newToken();
  const id = crypto.randomUUID();
  await env.DB.prepare('INSERT INTO registration_claims (id, territory, contact, origins, admin_token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .bind(id, territory, contact, JSON.stringify(origins), hex(await sha256(token)), now)
    .run();
  return { claim: id, token };
}

export interface StoredClaim {
  id: string;
  territory: string;
  contact: string;
  origins: string[];
  createdAt: number;
  /** Claims waiting for the same territory, this one included. */
  rivals: number;
}

interface ClaimRow {
  id: string;
  territory: string;
  contact: string;
  origins: string;
  admin_token_hash: string;
  created_at: number;
  rivals?: number;
}

function fromRow(row: ClaimRow): StoredClaim {
  return {
    id: row.id,
    territory: row.territory,
    contact: row.contact,
    origins: JSON.parse(row.origins) as string[],
    createdAt: row.created_at,
    rivals: row.rivals ?? 1,
  };
}

/** Claims waiting for a decision, oldest first. */
export async function pendingClaims(env: Env, now: number): Promise<StoredClaim[]> {
  const { results } = await env.DB.prepare(
    `SELECT *, COUNT(*) OVER (PARTITION BY territory) AS rivals FROM registration_claims WHERE created_at >= ? ORDER BY created_at, id`,
  )
    .bind(now - CLAIM_LIFETIME_MS)
    .all<ClaimRow>();
  return results.map(fromRow);
}

export type Decision = { claim: StoredClaim } | 'unknown_claim' | 'already_registered';

/**
 * Makes a claim the territory's registration and drops the territory's other claims, in one D1
 * batch (a transaction). A territory already registered keeps its registration.
 */
export async function approveClaim(env: Env, id: string, now: number): Promise<Decision> {
  const row = await env.DB.prepare('SELECT * FROM registration_claims WHERE id = ? AND created_at >= ?')
    .bind(id, now - CLAIM_LIFETIME_MS)
    .first<ClaimRow>();
  if (!row) return 'unknown_claim';
  // Only once this claim is the registration: if another was approved first, every claim stays for the team to see.
  const [inserted] = await env.DB.batch([
    env.DB.prepare(
      'INSERT INTO territories (id, contact, origins, admin_token_hash, created_at) SELECT territory, contact, origins, admin_token_hash, ? FROM registration_claims WHERE id = ? ON CONFLICT (id) DO NOTHING',
    ).bind(now, id),
    // The other claims on the territory are dropped, and their spaces told why.
    env.DB.prepare(
      `INSERT OR IGNORE INTO registration_rejections (claim, territory, admin_token_hash, reason, rejected_at)
       SELECT id, territory, admin_token_hash, ?1, ?2 FROM registration_claims
       WHERE territory = ?3 AND id <> ?4 AND EXISTS (SELECT 1 FROM territories WHERE id = ?3 AND admin_token_hash = ?5)`,
    ).bind(OTHER_CLAIM_APPROVED, now, row.territory, id, row.admin_token_hash),
    env.DB.prepare('DELETE FROM registration_claims WHERE territory = ?1 AND EXISTS (SELECT 1 FROM territories WHERE id = ?1 AND admin_token_hash = ?2)').bind(
      row.territory,
      row.admin_token_hash,
    ),
  ]);
  if (inserted?.meta.changes !== 1) return 'already_registered';
  originsCache.delete(row.territory);
  return { claim: fromRow(row) };
}

/** The reason a claim's space reads when another claim on its territory was approved. */
export const OTHER_CLAIM_APPROVED = 'Une autre demande pour cette collectivité a été validée.';

/**
 * Drops a claim, keeping for 30 days that it was refused and why (registration_rejections): its
 * token opens nothing from then on but the space's word on the decision.
 */
export async function rejectClaim(env: Env, id: string, reason: string | null, now: number): Promise<StoredClaim | null> {
  const [, deleted] = await env.DB.batch<ClaimRow>([
    env.DB.prepare(
      'INSERT OR IGNORE INTO registration_rejections (claim, territory, admin_token_hash, reason, rejected_at) SELECT id, territory, admin_token_hash, ?, ? FROM registration_claims WHERE id = ?',
    ).bind(reason, now, id),
    env.DB.prepare('DELETE FROM registration_claims WHERE id = ? RETURNING *').bind(id),
  ]);
  const row = deleted?.results[0];
  return row ? fromRow(row) : null;
}

export interface Rejection {
  claim: string;
  reason: string | null;
  rejectedAt: number;
}

/** The refusal `token`'s claim on `territory` met, within the last 30 days, if any. */
export async function rejectionOf(env: Env, territory: string, token: string, now: number): Promise<Rejection | null> {
  const row = await env.DB.prepare(
    'SELECT claim, reason, rejected_at FROM registration_rejections WHERE territory = ? AND admin_token_hash = ? AND rejected_at >= ?',
  )
    .bind(territory, hex(await sha256(token)), now - CLAIM_LIFETIME_MS)
    .first<{ claim: string; reason: string | null; rejected_at: number }>();
  return row ? { claim: row.claim, reason: row.reason, rejectedAt: row.rejected_at } : null;
}

export interface Registration {
  territory: string;
  origins: string[];
  /** When the claim was approved (ms since 1970). */
  registeredAt: number;
}

/** Every approved registration, by territory id: what the team and its tools (the kit's CLI) list. Contacts and token hashes stay here. */
export async function registrations(env: Env): Promise<Registration[]> {
  const { results } = await env.DB.prepare('SELECT id, origins, created_at FROM territories ORDER BY id').all<{
    id: string;
    origins: string;
    created_at: number;
  }>();
  return results.map((row) => ({ territory: row.id, origins: JSON.parse(row.origins) as string[], registeredAt: row.created_at }));
}

/** The origins allowed to write for a territory; empty when it is not registered or declared none. Claims do not count. */
export async function allowedOrigins(env: Env, territory: string): Promise<string[]> {
  const cached = originsCache.get(territory);
  if (cached && cached.expires > Date.now()) return cached.origins;
  const row = await env.DB.prepare('SELECT origins FROM territories WHERE id = ?').bind(territory).first<{ origins: string }>();
  const origins = row ? (JSON.parse(row.origins) as string[]) : [];
  originsCache.set(territory, { origins, expires: Date.now() + ORIGINS_TTL_MS });
  return origins;
}

/**
 * Drops this isolate's cached origins of a territory, after they changed here. Other isolates keep
 * theirs until ORIGINS_TTL_MS (30 s) passes: a site just removed may still write for that long.
 */
export function forgetOrigins(territory: string): void {
  originsCache.delete(territory);
}

/** `pending`: the token belongs to a claim on this territory that nobody approved yet; `rejected`: to one the team refused or dropped (within 30 days). */
export type TokenCheck = 'valid' | 'pending' | 'rejected' | 'invalid' | 'unregistered';

/** The bytes of a hex hash, for a constant-time comparison. */
export function hexBytes(text: string): Uint8Array {
  return Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

/** Compares the token's hash with the registration's in constant time, then looks for a claim holding it. */
export async function checkAdminToken(env: Env, territory: string, token: string): Promise<TokenCheck> {
  const given = await sha256(token);
  const [registration, claimed, rejected] = await env.DB.batch<{ admin_token_hash: string }>([
    env.DB.prepare('SELECT admin_token_hash FROM territories WHERE id = ?').bind(territory),
    // An expired claim's token is worth nothing, even before the next claim purges it.
    env.DB.prepare('SELECT admin_token_hash FROM registration_claims WHERE territory = ? AND admin_token_hash = ? AND created_at >= ?').bind(
      territory,
      hex(given),
      Date.now() - CLAIM_LIFETIME_MS,
    ),
    env.DB.prepare('SELECT admin_token_hash FROM registration_rejections WHERE territory = ? AND admin_token_hash = ? AND rejected_at >= ?').bind(
      territory,
      hex(given),
      Date.now() - CLAIM_LIFETIME_MS,
    ),
  ]);
  const row = registration?.results[0];
  // Compare something even when unregistered, so timing does not tell registered territories apart.
  const stored = row ? hexBytes(row.admin_token_hash) : await sha256('');
  const equal = stored.byteLength === given.byteLength && crypto.subtle.timingSafeEqual(stored, given);
  if (row && equal) return 'valid';
  if ((claimed?.results.length ?? 0) > 0) return 'pending';
  if ((rejected?.results.length ?? 0) > 0) return 'rejected';
  return row ? 'invalid' : 'unregistered';
}

/**
 * Local seeding only (routes/dev.ts): approved registrations with no usable token (the hash of a
 * random value nobody keeps), so seeded territories are Trophée candidates. Existing ones are kept.
 */
export async function seedCandidates(env: Env, territories: string[], now: number): Promise<number> {
  const insert = env.DB.prepare(
    "INSERT INTO territories (id, contact, origins, admin_token_hash, created_at) VALUES (?, 'seed@barometre.invalid', '[]', ?, ?) ON CONFLICT (id) DO NOTHING",
  );
  const statements = await Promise.all(territories.map(async (territory) => insert.bind(territory, hex(await sha256(newToken())), now)));
  const results = await env.DB.batch(statements);
  return results.reduce((sum, result) => sum + result.meta.changes, 0);
}
