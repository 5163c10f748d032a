/**
 * A registered territory's logo (`/v1/territories/{id}/logo`), shown beside its name on the hosted
 * survey page: the accepted types, the size limit, how an image is recognised from its bytes (never
 * from the Content-Type alone), and the replies. Shared by the Worker, the OpenAPI document and the
 * space's upload field.
 * @module
 */
import * as z from 'zod/mini';

/** The largest logo accepted, in bytes (200 KiB): a logo on a phone's screen needs no more. */
export const LOGO_MAX_BYTES = 200 * 1024;

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

/** The type a request declares: its Content-Type's media type, lower case, parameters dropped. */
export const LogoTypeSchema = z.pipe(
  z.pipe(
    z.string(),
    z.transform((header) => (header.split(';')[0] ?? '').trim().toLowerCase()),
  ),
  z.enum(LOGO_TYPES),
);

/** The policy of every logo reply: no script, no fetch, a sandbox; inline styles only, which SVG drawings use. */
export const LOGO_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/** What each type is called in messages. */
export const LOGO_TYPE_NAMES: Readonly<Record<LogoType, string>> = {
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'image/svg+xml': 'SVG',
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/**
 * An SVG document: UTF-8 text whose root element is `<svg>` in the SVG namespace, after at most an
 * XML declaration, comments and whitespace. A DOCTYPE is refused (no entities to expand).
 */
const SVG_ROOT = /^\uFEFF?\s*(?:<\?xml\s[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg(?=[\s>/])[^>]*\sxmlns\s*=\s*["']http:\/\/www\.w3\.org\/2000\/svg["']/;

/** The type the bytes are, by their signature (PNG, JPEG, WebP) or their XML root (SVG); null for anything else. */
export function sniffLogoType(bytes: Uint8Array): LogoType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  let text: string;
  try {
    // Only the start matters: the root element's start tag.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)), { stream: true });
  } catch {
    return null;
  }
  return SVG_ROOT.test(text) ? 'image/svg+xml' : null;
}

const Logo = z.object({
  territory: z.string(),
  type: z.enum(LOGO_TYPES),
  /** Size in bytes. */
  size: z.int().check(z.minimum(1), z.maximum(LOGO_MAX_BYTES)),
  /** The ETag `GET …/logo` answers with. */
  etag: z.string(),
  updatedAt: z.iso.datetime(),
});
export type LogoInfo = z.infer<typeof Logo>;

/** `PUT /v1/territories/{id}/logo`. */
export const LogoReplySchema = z.object({ data: Logo });
export type LogoReply = z.infer<typeof LogoReplySchema>;

/** `DELETE /v1/territories/{id}/logo`: whether there was one. */
export const LogoDeletedReplySchema = z.object({ data: z.object({ territory: z.string(), deleted: z.boolean() }) });
export type LogoDeletedReply = z.infer<typeof LogoDeletedReplySchema>;
