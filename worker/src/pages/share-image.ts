/**
 * `GET /partage/:territory.png`: a territory's link preview (1200 × 630), the hosted survey page's
 * og:image. The background, the glyph atlas and its metrics are static assets made by the build
 * (scripts/build-share-image.ts), read once per isolate; a request lays the name out, pastes its
 * glyphs (survey/share-image.ts) and encodes an indexed PNG (./png.ts). The finished image is kept
 * a day in the data centre's cache (the Cache API), under its path and the assets' version, so
 * each is drawn at most once a day per data centre whatever the query string; whoever fetches it
 * may keep it a day too, and revalidate it by an ETag that changes with the assets.
 * @module
 */
import { decode } from 'fast-png';
import { Hono } from 'hono';
import {
  composeName,
  homonymousNames,
  layoutName,
  previewName,
  SHARE_ASSETS,
  SHARE_HEIGHT,
  SHARE_WIDTH,
  sharePalette,
  type ShareMetrics,
} from '../../../survey/share-image.js';
import { TerritoryIdSchema } from '../../../survey/territory.js';
import { allTerritories, findTerritory } from '../../../survey/territory-directory.js';
import type { AppEnv, Env } from '../env.js';
import { ApiError, parsed } from '../http/api-error.js';
import { indexedPngEncoder } from './png.js';

interface ShareAssets {
  metrics: ShareMetrics;
  background: Uint8Array;
  atlas: Uint8Array;
  encode: (pixels: Uint8Array) => Uint8Array<ArrayBuffer>;
}

let loading: Promise<ShareAssets> | undefined;

async function asset(env: Env, path: string): Promise<Response> {
  const response = await env.ASSETS.fetch(new Request(`https://assets.local${path}`));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response;
}

function loadAssets(env: Env): Promise<ShareAssets> {
  loading ??= (async () => {
    const [metrics, background, atlas] = await Promise.all([
      asset(env, SHARE_ASSETS.metrics).then((response) => response.json<ShareMetrics>()),
      asset(env, SHARE_ASSETS.background).then((response) => response.arrayBuffer()),
      asset(env, SHARE_ASSETS.atlas).then((response) => response.arrayBuffer()),
    ]);
    const [backgroundImage, atlasImage] = [decode(background), decode(atlas)];
    if (
      backgroundImage.width !== SHARE_WIDTH ||
      backgroundImage.height !== SHARE_HEIGHT ||
      backgroundImage.channels !== 1 ||
      atlasImage.width !== metrics.atlasWidth
    )
      throw new Error('the share image assets do not match survey/share-image.ts');
    return {
      metrics,
      background: backgroundImage.data as Uint8Array,
      atlas: atlasImage.data as Uint8Array,
      encode: indexedPngEncoder(SHARE_WIDTH, SHARE_HEIGHT, sharePalette()),
    };
  })().catch((error: unknown) => {
    loading = undefined;
    console.error('share image assets unavailable', error);
    throw new ApiError(503, 'unavailable', 'The preview images are not available yet; retry in a moment.');
  });
  return loading;
}

let homonyms: Set<string> | undefined;

/** The territory's name as its preview shows it (« Saint-Denis (93) »): the page's og:image:alt says the same. */
export function sharedName(territory: { kind: string; name: string; departement: string }): string {
  homonyms ??= homonymousNames(allTerritories());
  return previewName(territory, homonyms);
}

/** Where a territory's preview is served. */
export const shareImagePath = (id: string) => `/partage/${id}.png`;

/**
 * The image's key in the Cache API: its URL without the query string (a cache-buster must not
 * make the Worker draw again), with the assets' version (a new build draws anew).
 */
export function shareImageCacheKey(url: string, version: string): Request {
  const key = new URL(url);
  key.search = `?v=${encodeURIComponent(version)}`;
  key.hash = '';
  return new Request(key);
}

export const shareImage = new Hono<AppEnv>().get('/:file{.+\\.png}', async (c) => {
  const id = parsed(TerritoryIdSchema.safeParse(c.req.param('file').slice(0, -'.png'.length)), 'invalid_territory_id', ['params', 'territory']);
  const territory = findTerritory(id);
  if (!territory) throw new ApiError(404, 'unknown_territory', `No territory has the id ${id}.`);
  const assets = await loadAssets(c.env);
  const name = sharedName(territory);
  const etag = `"${assets.metrics.version}-${encodeURIComponent(name)}"`;
  const headers = { 'Cache-Control': 'public, max-age=86400', ETag: etag };
  if (
    c.req
      .header('if-none-match')
      ?.split(/\s*,\s*/)
      .includes(etag)
  )
    return c.body(null, 304, headers);
  const key = shareImageCacheKey(c.req.url, assets.metrics.version);
  const cached = await caches.default.match(key);
  if (cached) return cached;
  const layout = layoutName(name, assets.metrics);
  if (!layout) throw new Error(`« ${name} » does not fit its preview image`);
  const png = assets.encode(composeName(assets.background, assets.atlas, assets.metrics, layout));
  const response = c.body(png, 200, { ...headers, 'Content-Type': 'image/png' });
  c.executionCtx.waitUntil(
    caches.default.put(key, response.clone()).catch((error: unknown) => {
      console.error('share image not cached', error);
    }),
  );
  return response;
});
