import { describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../../survey/api.js';
import { LOGO_CSP, LOGO_MAX_BYTES, LogoDeletedReplySchema, LogoReplySchema } from '../../../survey/logo.js';
import { call, claimTerritory, register } from '../../test/fixtures.js';
import { freshTerritory } from '../../test/territories.js';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
const WEBP = new Uint8Array([...new TextEncoder().encode('RIFF'), 26, 0, 0, 0, ...new TextEncoder().encode('WEBPVP8L'), 13, 0, 0, 0]);
const SVG = new TextEncoder().encode(
  '<?xml version="1.0" encoding="UTF-8"?>\n<!-- Ville -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><script>alert(1)</script><rect width="40" height="20" fill="#000091"/></svg>',
);

function putLogo(territory: string, token: string | undefined, body: Uint8Array | string, type = 'image/png', ip?: string): Promise<Response> {
  return call(`/v1/territories/${territory}/logo`, {
    method: 'PUT',
    headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}), ...(ip ? { 'cf-connecting-ip': ip } : {}) },
    body,
  });
}

async function errorOf(response: Response): Promise<ErrorEnvelope['error']> {
  return ((await response.json()) as ErrorEnvelope).error;
}

describe('PUT /v1/territories/:id/logo', () => {
  it('stores a PNG, JPEG, WebP or SVG image recognised by its bytes, and GET serves it with its type, an ETag and a cache time', async () => {
    const place = freshTerritory();
    const token = await register(place.id);
    for (const [bytes, type] of [
      [PNG, 'image/png'],
      [JPEG, 'image/jpeg'],
      [WEBP, 'image/webp'],
      [SVG, 'image/svg+xml; charset=utf-8'],
    ] as const) {
      const put = await putLogo(place.id, token, bytes, type);
      expect(put.status, type).toBe(200);
      expect(put.headers.get('cache-control')).toBe('no-store');
      const stored = LogoReplySchema.parse(await put.json()).data;
      expect(stored).toMatchObject({ territory: place.id, type: type.split(';')[0], size: bytes.length });
      const got = await call(`/v1/territories/${place.id}/logo`);
      expect(got.status).toBe(200);
      expect(got.headers.get('content-type')).toBe(type.split(';')[0]);
      expect(got.headers.get('etag')).toBe(stored.etag);
      expect(got.headers.get('cache-control')).toBe('public, max-age=300');
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
      expect(got.headers.get('content-security-policy')).toBe(LOGO_CSP);
      expect(new Uint8Array(await got.arrayBuffer())).toEqual(bytes);
    }
  });

  it('serves an SVG under a policy that runs no script and loads nothing, and answers 304 to its ETag', async () => {
    const place = freshTerritory();
    const token = await register(place.id);
    expect((await putLogo(place.id, token, SVG, 'image/svg+xml')).status).toBe(200);
    const got = await call(`/v1/territories/${place.id}/logo`);
    expect(got.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
    expect(got.headers.get('content-type')).toBe('image/svg+xml');
    const etag = got.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await call(`/v1/territories/${place.id}/logo`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
  });

  it('refuses another type, bytes that are not the type declared, and an empty body, with a precise error', async () => {
    const place = freshTerritory();
    const token = await register(place.id);
    const gif = await putLogo(place.id, token, new TextEncoder().encode('GIF89a\x01\x00\x01\x00'), 'image/gif');
    expect(gif.status).toBe(415);
    expect(await errorOf(gif)).toMatchObject({
      code: 'unsupported_media_type',
      message: expect.stringContaining('image/png, image/jpeg, image/webp, image/svg+xml'),
    });
    const lying = await putLogo(place.id, token, JPEG, 'image/png');
    expect(lying.status).toBe(415);
    expect((await errorOf(lying)).message).toBe('The Content-Type says image/png, but the body is a JPEG image (image/jpeg).');
    const html = await putLogo(place.id, token, '<html><body><svg xmlns="http://www.w3.org/2000/svg"></svg></body></html>', 'image/svg+xml');
    expect(html.status).toBe(415);
    expect((await errorOf(html)).message).toContain('<svg> root');
    const doctype = await putLogo(place.id, token, '<!DOCTYPE svg [<!ENTITY a "b">]><svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml');
    expect(doctype.status).toBe(415);
    const noNamespace = await putLogo(place.id, token, '<svg viewBox="0 0 1 1"></svg>', 'image/svg+xml');
    expect(noNamespace.status).toBe(415);
    const empty = await putLogo(place.id, token, new Uint8Array(), 'image/png');
    expect(empty.status).toBe(400);
    expect(await errorOf(empty)).toMatchObject({ code: 'invalid_request' });
    expect((await call(`/v1/territories/${place.id}/logo`)).status).toBe(404);
  });

  it('refuses a logo over the limit with 413, and takes one exactly at it', async () => {
    const place = freshTerritory();
    const token = await register(place.id);
    const padded = (size: number) => {
      const bytes = new Uint8Array(size);
      bytes.set(PNG);
      return bytes;
    };
    const large = await putLogo(place.id, token, padded(LOGO_MAX_BYTES + 1));
    expect(large.status).toBe(413);
    expect(await errorOf(large)).toMatchObject({ code: 'payload_too_large', message: expect.stringContaining('200 KiB') });
    expect((await putLogo(place.id, token, padded(LOGO_MAX_BYTES))).status).toBe(200);
    expect((await (await call(`/v1/territories/${place.id}/logo`)).arrayBuffer()).byteLength).toBe(LOGO_MAX_BYTES);
  });

  it('needs the admin token of an approved registration', async () => {
    const place = freshTerritory();
    const token = await register(place.id);
    const none = await putLogo(place.id, undefined, PNG);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    expect((await putLogo(place.id, 'a-token-that-opens-nothing', PNG, 'image/png', '198.51.100.71')).status).toBe(403);
    // Another territory's token opens nothing here.
    expect((await putLogo(freshTerritory().id, token, PNG, 'image/png', '198.51.100.72')).status).toBe(403);
    // A pending claim's token neither.
    const pendingPlace = freshTerritory();
    const claimed = await claimTerritory({ territory: pendingPlace.id, contact: 'mairie@ville.example.fr' });
    const pending = ((await claimed.json()) as { data: { adminToken: string } }).data.adminToken;
    const waiting = await putLogo(pendingPlace.id, pending, PNG, 'image/png', '198.51.100.73');
    expect(waiting.status).toBe(403);
    expect((await errorOf(waiting)).code).toBe('registration_pending');
    expect((await putLogo('commune:99999', token, PNG)).status).toBe(404);
    expect((await putLogo('nowhere', token, PNG)).status).toBe(400);
    expect((await call(`/v1/territories/${place.id}/logo`)).status).toBe(404);
  });
});

describe('DELETE /v1/territories/:id/logo', () => {
  it('removes the logo (again: nothing to remove), with the admin token only', async () => {
    const place = freshTerritory();
    const token = await register(place.id);
    expect((await putLogo(place.id, token, PNG)).status).toBe(200);
    const anonymous = await call(`/v1/territories/${place.id}/logo`, { method: 'DELETE' });
    expect(anonymous.status).toBe(401);
    const removed = await call(`/v1/territories/${place.id}/logo`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    expect(removed.status).toBe(200);
    expect(LogoDeletedReplySchema.parse(await removed.json()).data).toEqual({ territory: place.id, deleted: true });
    const gone = await call(`/v1/territories/${place.id}/logo`);
    expect(gone.status).toBe(404);
    expect(await errorOf(gone)).toMatchObject({ code: 'not_found', message: `${place.name} has no logo.` });
    const again = await call(`/v1/territories/${place.id}/logo`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    expect(LogoDeletedReplySchema.parse(await again.json()).data.deleted).toBe(false);
  });
});
