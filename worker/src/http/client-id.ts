/**
 * The client identifier the rate limit, the respondent count and the claim limit use: a SHA-256 of
 * a secret salt, the day (Paris) and the client's address. It changes every day and cannot be
 * reversed to the address without the salt; the raw address is never stored or passed on.
 *
 * The address is the one header the Worker trusts, `CF-Connecting-IP`, which something that owns
 * the connection must set: Cloudflare's edge on the network (it overwrites whatever a client sent),
 * and locally the launcher's front proxy (scripts/lib/client-address-proxy.ts), which replaces it
 * with the connection's address, or with a trusted proxy's header only when an operator names one.
 * An IPv6 address counts by its /64: one subscriber's network, whose addresses its owner can rotate
 * at will.
 * @module
 */
import ipaddr from 'ipaddr.js';
import { dayOf } from '../../../survey/months.js';

/** The address a client is counted by: IPv4 as is (IPv4-mapped IPv6 too), IPv6 by its /64 prefix. */
export function clientKey(raw: string | null): string {
  if (!raw || !ipaddr.isValid(raw.trim())) return 'unknown';
  let address = ipaddr.parse(raw.trim());
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) address = (address as ipaddr.IPv6).toIPv4Address();
  if (address.kind() === 'ipv4') return address.toString();
  const parts = (address as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${parts.join(':')}::/64`;
}

/**
 * The hashes this isolate made today, by header value: an answer, its details a minute later and
 * the next citizen at the same counter reuse one instead of parsing the address and hashing again
 * (about a twentieth of an ingest request's time). In memory only, never written anywhere, emptied
 * when the day changes and whenever it holds MAX_REMEMBERED entries, so a client rotating
 * addresses cannot make it grow.
 */
const remembered = new Map<string, string>();
let rememberedDay = '';
const MAX_REMEMBERED = 10_000;

export async function clientHash(request: Request, salt: string, now: number): Promise<string> {
  const raw = request.headers.get('cf-connecting-ip');
  const day = dayOf(now);
  if (day !== rememberedDay || remembered.size >= MAX_REMEMBERED) {
    remembered.clear();
    rememberedDay = day;
  }
  const cacheKey = `${salt}|${raw ?? ''}`;
  const known = remembered.get(cacheKey);
  if (known) return known;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}|${day}|${clientKey(raw)}`));
  const hash = Array.from(new Uint8Array(digest).slice(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
  remembered.set(cacheKey, hash);
  return hash;
}
