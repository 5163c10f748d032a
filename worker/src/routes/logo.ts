/**
 * A registered territory's logo: `PUT` (the image's raw bytes, behind its admin token), `DELETE`
 * (the same), and a public `GET` for the hosted survey page's `<img>`. The bytes must be a PNG,
 * JPEG, WebP or SVG image of the type the Content-Type declares, recognised by their signature or
 * XML root (survey/logo.ts); anything else is refused. An SVG is served under a policy that runs
 * nothing and loads nothing, so even opened on its own it is inert.
 * @module
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  LOGO_CSP,
  LOGO_MAX_BYTES,
  LOGO_TYPE_NAMES,
  LOGO_TYPES,
  LogoTypeSchema,
  sniffLogoType,
  type LogoDeletedReply,
  type LogoReply,
} from '../../../survey/logo.js';
import { deleteLogo, getLogo, logoEtag, putLogo } from '../db/logos.js';
import type { AppEnv } from '../env.js';
import { ApiError } from '../http/api-error.js';
import { territoryParam } from '../http/query.js';
import { requireAdmin } from '../http/require-admin.js';

const GONE = 'This token was replaced meanwhile; use the newest admin token.';
const ACCEPTED = LOGO_TYPES.map((type) => LOGO_TYPE_NAMES[type]).join(', ');
const KIB = LOGO_MAX_BYTES / 1024;

const limit = bodyLimit({
  maxSize: LOGO_MAX_BYTES,
  onError: () => {
    throw new ApiError(413, 'payload_too_large', `The logo is larger than ${KIB} KiB (${LOGO_MAX_BYTES} bytes); send a smaller image.`);
  },
});

export const logos = new Hono<AppEnv>()
  .put('/:id/logo', limit, async (c) => {
    const territory = territoryParam(c.req.param('id'));
    const token = await requireAdmin(c, territory);
    c.header('Cache-Control', 'no-store');
    const declared = LogoTypeSchema.safeParse(c.req.header('content-type') ?? '');
    if (!declared.success) {
      throw new ApiError(415, 'unsupported_media_type', `Send the logo's bytes with its Content-Type: ${LOGO_TYPES.join(', ')} (${ACCEPTED}).`);
    }
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length === 0) throw new ApiError(400, 'invalid_request', 'The body is empty: send the image’s bytes.');
    const type = sniffLogoType(bytes);
    if (type !== declared.data) {
      throw new ApiError(
        415,
        'unsupported_media_type',
        type === null
          ? `The body is not a ${ACCEPTED} image (an SVG must have an <svg> root in the SVG namespace, without a DOCTYPE).`
          : `The Content-Type says ${declared.data}, but the body is a ${LOGO_TYPE_NAMES[type]} image (${type}).`,
      );
    }
    const etag = await logoEtag(bytes);
    const now = Date.now();
    if (!(await putLogo(c.env, territory.id, token, type, bytes, etag, now))) throw new ApiError(403, 'forbidden', GONE);
    return c.json({ data: { territory: territory.id, type, size: bytes.length, etag, updatedAt: new Date(now).toISOString() } } satisfies LogoReply);
  })
  .delete('/:id/logo', async (c) => {
    const territory = territoryParam(c.req.param('id'));
    const token = await requireAdmin(c, territory);
    c.header('Cache-Control', 'no-store');
    return c.json({ data: { territory: territory.id, deleted: await deleteLogo(c.env, territory.id, token) } } satisfies LogoDeletedReply);
  })
  .get('/:id/logo', async (c) => {
    const territory = territoryParam(c.req.param('id'));
    const logo = await getLogo(c.env, territory.id);
    if (!logo) throw new ApiError(404, 'not_found', `${territory.name} has no logo.`);
    // As long as the hosted page that shows it: a new logo shows everywhere within five minutes.
    const headers = {
      'Cache-Control': 'public, max-age=300',
      ETag: logo.etag,
      'Content-Security-Policy': LOGO_CSP,
      'X-Content-Type-Options': 'nosniff',
    };
    const match = c.req.header('if-none-match');
    if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === logo.etag)) return c.body(null, 304, headers);
    return c.body(logo.bytes, 200, { ...headers, 'Content-Type': logo.type });
  });
