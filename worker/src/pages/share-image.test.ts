import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { call } from '../../test/fixtures.js';
import { freshTerritory } from '../../test/territories.js';
import { indexedPngEncoder } from './png.js';
import { shareImageCacheKey } from './share-image.js';

/** The PNG header's width and height, read from the bytes themselves (IHDR follows the signature). */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  expect(String.fromCharCode(...bytes.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

async function image(path: string, init?: RequestInit): Promise<{ response: Response; bytes: Uint8Array }> {
  const response = await call(path, init);
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe('GET /partage/:territory.png', () => {
  it('draws each territory its own 1200 × 630 PNG, cached a day', async () => {
    const besancon = await image('/partage/commune:25056.png');
    expect(besancon.response.status).toBe(200);
    expect(besancon.response.headers.get('content-type')).toBe('image/png');
    expect(besancon.response.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(pngSize(besancon.bytes)).toEqual({ width: 1200, height: 630 });
    // The name's band is no longer plain blue, and the image decodes whole, every chunk's CRC right.
    const decoded = decode(besancon.bytes, { checkCrc: true });
    expect(decoded.data).toHaveLength(1200 * 630);
    const band = decoded.data.subarray(1200 * 200, 1200 * 360);
    expect(band.some((index) => index > 200)).toBe(true);

    const paris = await image('/partage/commune:75056.png');
    expect(pngSize(paris.bytes)).toEqual({ width: 1200, height: 630 });
    expect(paris.bytes).not.toEqual(besancon.bytes);
    expect(paris.response.headers.get('etag')).not.toBe(besancon.response.headers.get('etag'));
  });

  it('encodes indexed pixels and their palette losslessly', () => {
    const palette = [
      [0, 0, 0x91],
      [0xff, 0xff, 0xff],
      [0xe1, 0, 0x0f],
    ];
    const pixels = Uint8Array.from({ length: 7 * 5 }, (_, index) => (index * index) % 3);
    const encode = indexedPngEncoder(7, 5, palette);
    for (let run = 0; run < 2; run += 1) {
      const decoded = decode(encode(pixels), { checkCrc: true });
      expect(decoded).toMatchObject({ width: 7, height: 5, depth: 8, channels: 1, palette });
      expect([...decoded.data]).toEqual([...pixels]);
    }
    expect(() => encode(new Uint8Array(34))).toThrow(RangeError);
  });

  it('keeps each image in the cache, under its path and the assets version, and serves it from there', async () => {
    const id = freshTerritory().id;
    const path = `/partage/${id}.png`;
    const first = await image(`${path}?utm_source=test`);
    expect(first.response.status).toBe(200);
    const version = /^"([0-9a-f]+)-/.exec(first.response.headers.get('etag') ?? '')?.[1] ?? '';
    expect(version).not.toBe('');
    const key = shareImageCacheKey(`http://barometre.test${path}?v=other#x`, version);
    expect(key.url).toBe(`http://barometre.test${path}?v=${version}`);
    // Put there after the reply (waitUntil): wait for it.
    let cached: Response | undefined;
    for (let attempt = 0; attempt < 50 && !cached; attempt += 1) {
      cached = await caches.default.match(key);
      if (!cached) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(cached?.headers.get('etag')).toBe(first.response.headers.get('etag'));
    expect(new Uint8Array(await (cached as Response).arrayBuffer())).toEqual(first.bytes);
    // What the cache holds is what is served, whatever the query string: nothing is drawn again.
    try {
      const sentinel = Uint8Array.from([1, 2, 3]);
      await caches.default.put(key, new Response(sentinel, { headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=60' } }));
      expect(new Uint8Array(await (await call(`${path}?another=1`)).arrayBuffer())).toEqual(sentinel);
    } finally {
      await caches.default.delete(key);
    }
    const again = await image(path);
    expect(again.bytes).toEqual(first.bytes);
  });

  it('answers a known ETag with 304 and no body', async () => {
    const first = await call('/partage/departement:25.png');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]+-/);
    await first.arrayBuffer();
    const again = await call('/partage/departement:25.png', { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('draws the longest names and homonyms (« Saint-Denis (93) ») too', async () => {
    for (const id of ['commune:51513', 'epci:244400610', 'commune:93066', 'commune:97411']) {
      const { response, bytes } = await image(`/partage/${id}.png`);
      expect(response.status, id).toBe(200);
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    }
  });

  it('refuses a malformed id with 400 and an unknown one with 404, in the error envelope', async () => {
    const malformed = await call('/partage/besancon.png');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'invalid_territory_id' });
    const unknown = await call('/partage/commune:99999.png');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'unknown_territory',
      message: expect.any(String),
    });
  });
});
