/**
 * Territories' logos in D1 (`territory_logos`, migration 0010). An upload or a removal is one
 * statement that also checks the admin token is still the territory's (compare-and-swap on its
 * hash, as db/own-registration.ts does for the origins), so it is all or nothing.
 * @module
 */
import * as z from 'zod/mini';
import { LOGO_TYPES, type LogoType } from '../../../survey/logo.js';
import type { Env } from '../env.js';
import { hex, sha256 } from './registrations.js';

export interface StoredLogo {
  type: LogoType;
  bytes: ArrayBuffer;
  etag: string;
}

/** The ETag of a logo: the first 128 bits of its bytes' SHA-256, quoted. */
export async function logoEtag(bytes: Uint8Array): Promise<string> {
  return `"${hex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))).slice(0, 32)}"`;
}

/** Stores (or replaces) the logo if `token` is still the territory's admin token; false when it is not any more. */
export async function putLogo(env: Env, territory: string, token: string, type: LogoType, bytes: Uint8Array, etag: string, now: number): Promise<boolean> {
  const { meta } = await env.DB.prepare(
    `INSERT INTO territory_logos (territory, type, bytes, etag, updated_at)
     SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM territories WHERE id = ?1 AND admin_token_hash = ?6)
     ON CONFLICT (territory) DO UPDATE SET type = excluded.type, bytes = excluded.bytes, etag = excluded.etag, updated_at = excluded.updated_at`,
  )
    .bind(territory, type, bytes, etag, now, hex(await sha256(token)))
    .run();
  return meta.changes === 1;
}

/** Removes the logo if `token` is still the territory's admin token; true when there was one. */
export async function deleteLogo(env: Env, territory: string, token: string): Promise<boolean> {
  const { meta } = await env.DB.prepare(
    'DELETE FROM territory_logos WHERE territory = ?1 AND EXISTS (SELECT 1 FROM territories WHERE id = ?1 AND admin_token_hash = ?2)',
  )
    .bind(territory, hex(await sha256(token)))
    .run();
  return meta.changes === 1;
}

/** A stored row, parsed like any input: D1 returns a BLOB as an array of bytes (or a buffer). */
const LogoRowSchema = z.object({
  type: z.enum(LOGO_TYPES),
  bytes: z.union([z.instanceof(ArrayBuffer), z.array(z.number())]),
  etag: z.string(),
});

/** The logo's type and bytes, or null. */
export async function getLogo(env: Env, territory: string): Promise<StoredLogo | null> {
  const found = await env.DB.prepare('SELECT type, bytes, etag FROM territory_logos WHERE territory = ?').bind(territory).first();
  if (!found) return null;
  const row = LogoRowSchema.parse(found);
  const bytes = Array.isArray(row.bytes) ? new Uint8Array(row.bytes).buffer : row.bytes;
  return { type: row.type, bytes, etag: row.etag };
}

/** Whether the territory has a logo, without reading it: the hosted page's one look-up (a primary-key read). */
export async function hasLogo(env: Env, territory: string): Promise<boolean> {
  return (await env.DB.prepare('SELECT 1 AS one FROM territory_logos WHERE territory = ?').bind(territory).first()) !== null;
}
