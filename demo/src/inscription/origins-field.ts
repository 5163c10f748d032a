/**
 * The « Adresses de vos sites » field of the registration and of a territory's space: what a
 * communication officer types (one site per line, often a page's address copied from the browser,
 * sometimes without `https://`) becomes the origins the API expects (`https://www.ville.fr`), or
 * a plain French sentence saying which line is wrong. The API checks them again with the same
 * schema (survey/registration.ts).
 * @module
 */
import * as z from 'zod/mini';
import { MAX_ORIGINS, OriginSchema } from '../../../survey/registration.js';

export type OriginsReading = { origins: string[] } | { error: string };

/** One line: a site's origin, from an origin, a page address or a bare host name. */
function originOf(line: string): string | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(line) ? line : `https://${line}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (url.username || url.password) return undefined;
    // A site has a domain name (« mairie » alone is a word, not a site); localhost is for trials.
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return undefined;
    const origin = url.origin.toLowerCase();
    return z.safeParse(OriginSchema, origin).success ? origin : undefined;
  } catch {
    return undefined;
  }
}

export function readOrigins(text: string): OriginsReading {
  const lines = text
    .split(/[\n,;]+/)
    .map((line) => line.trim())
    .filter(Boolean);
  const origins: string[] = [];
  for (const line of lines) {
    const origin = originOf(line);
    if (!origin) return { error: `«\u202f${line}\u202f» n’est pas l’adresse d’un site. Écrivez par exemple https://www.ville.fr, un site par ligne.` };
    if (!origins.includes(origin)) origins.push(origin);
  }
  if (origins.length > MAX_ORIGINS) return { error: `${MAX_ORIGINS} sites au plus\u202f: gardez ceux où le questionnaire sera intégré.` };
  return { origins };
}
