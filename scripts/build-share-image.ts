/**
 * The preview images of the hosted survey's shared links (1200 × 630, the size Open Graph and
 * large Twitter cards show), drawn with the kit's rasteriser and font, so they are made at build
 * time rather than committed as bytes:
 *   - `/partage.png`, the barometer's own (error pages, any territory-less link);
 *   - for the Worker's `/partage/<id>.png` (survey/share-image.ts): the background with a band
 *     left for the name (`/data/partage/fond.png`, indexed), an atlas of every character of every
 *     territory name at each size the layout may take (`/data/partage/glyphes.png`, grey) and its
 *     metrics with the font's advances and kerning (`/data/partage/glyphes.json`).
 * The build fails when a territory's name would not fit its preview.
 * @module
 */
import fontkit from '@pdf-lib/fontkit';
import { Resvg } from '@resvg/resvg-js';
import { encode } from 'fast-png';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { FONT_FAMILY } from '../kit/src/fonts.js';
import { FONT_PATHS, rasterizeNode } from '../kit/src/render/png-node.js';
import {
  homonymousNames,
  layoutName,
  NAME_SIZES,
  previewName,
  RAMP_TOP,
  RED_INDEX,
  SHARE_ASSETS,
  SHARE_HEIGHT as HEIGHT,
  SHARE_WIDTH as WIDTH,
  sharePalette,
  type AtlasGlyph,
  type Measurer,
  type ShareMetrics,
} from '../survey/share-image.js';

const PUBLIC = 'build/public';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The barometer's own preview, unchanged since 0.x. */
const GENERIC_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <rect width="${WIDTH}" height="${HEIGHT}" fill="#000091"/>
  <rect x="0" y="${HEIGHT - 24}" width="${WIDTH}" height="24" fill="#e1000f"/>
  <g font-family="${FONT_FAMILY}" fill="#ffffff">
    <text x="80" y="230" font-size="92" font-weight="bold">Baromètre citoyen</text>
    <text x="80" y="330" font-size="44">Donnez votre avis sur l’accueil</text>
    <text x="80" y="390" font-size="44">de vos services publics.</text>
    <text x="80" y="500" font-size="32">Anonyme · sans cookie</text>
  </g>
</svg>`;

/** A territory's preview without its name: the brand above the band (NAME_BOX), the call below. Blue, white and red only. */
const BACKGROUND_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <rect width="${WIDTH}" height="${HEIGHT}" fill="#000091"/>
  <rect x="0" y="${HEIGHT - 24}" width="${WIDTH}" height="24" fill="#e1000f"/>
  <g font-family="${FONT_FAMILY}" fill="#ffffff">
    <text x="80" y="112" font-size="44" font-weight="bold">Baromètre citoyen</text>
    <rect x="80" y="136" width="96" height="6"/>
    <text x="80" y="478" font-size="40">Donnez votre avis sur l’accueil</text>
    <text x="80" y="530" font-size="40">de vos services publics.</text>
    <text x="80" y="582" font-size="28">Anonyme · sans cookie · 2 minutes</text>
  </g>
</svg>`;

function renderRgba(svg: string, width: number): { width: number; height: number; pixels: Buffer } {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontFiles: [FONT_PATHS.regular, FONT_PATHS.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  }).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}

/** The background as palette indices: red where red, else white's coverage over the blue (its red channel). */
function backgroundIndices(): Uint8Array {
  const { pixels } = renderRgba(BACKGROUND_SVG, WIDTH);
  const indices = new Uint8Array(WIDTH * HEIGHT);
  for (let pixel = 0; pixel < indices.length; pixel += 1) {
    const [r = 0, g = 0] = [pixels[pixel * 4], pixels[pixel * 4 + 1]];
    indices[pixel] = r > 128 && g < 64 ? RED_INDEX : Math.round((r / 255) * RAMP_TOP);
  }
  return indices;
}

/** Advances and kerning, in font units, of the characters and adjacent pairs of `names`. */
export function measureNames(font: Uint8Array, names: Iterable<string>): Measurer & { ascent: number; characters: string[] } {
  const face = fontkit.create(font);
  const characters = new Set<string>();
  const pairs = new Set<string>();
  for (const name of names) {
    const list = [...name];
    list.forEach((character, index) => {
      characters.add(character);
      if (index > 0) pairs.add(list[index - 1] + character);
    });
  }
  const advances: Record<string, number> = {};
  for (const character of characters) advances[character] = face.layout(character).advanceWidth;
  const kerning: Record<string, number> = {};
  for (const pair of pairs) {
    const [first = '', second = ''] = [...pair];
    const kern = face.layout(pair).advanceWidth - (advances[first] ?? 0) - (advances[second] ?? 0);
    if (kern !== 0) kerning[pair] = kern;
  }
  return { unitsPerEm: face.unitsPerEm, ascent: face.ascent, advances, kerning, characters: [...characters].sort() };
}

/** Each character at each size, rendered alone at a whole-pixel origin, cropped to its ink and packed in rows. */
function renderAtlas(characters: string[], measurer: Measurer): { width: number; height: number; pixels: Uint8Array; glyphs: ShareMetrics['glyphs'] } {
  const ATLAS_WIDTH = 1024;
  const cropped: { size: number; character: string; w: number; h: number; dx: number; dy: number; ink: Uint8Array }[] = [];
  for (const size of NAME_SIZES) {
    // One cell a character, wide enough for overhangs, tall enough for « É » and « ç ».
    const pad = Math.ceil(size * 0.3);
    const cellHeight = Math.ceil(size * 1.8);
    const baseline = Math.ceil(size * 1.3);
    const cellWidths = characters.map((character) => Math.ceil(((measurer.advances[character] ?? 0) / measurer.unitsPerEm) * size) + 2 * pad);
    const stripWidth = cellWidths.reduce((sum, width) => sum + width, 0);
    let x = 0;
    const texts = characters.map((character, index) => {
      const text = `<text x="${x + pad}" y="${baseline}" font-size="${size}" font-weight="bold" xml:space="preserve">${escapeXml(character)}</text>`;
      x += cellWidths[index] ?? 0;
      return text;
    });
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${stripWidth}" height="${cellHeight}"><rect width="100%" height="100%" fill="#000"/><g font-family="${FONT_FAMILY}" fill="#fff">${texts.join('')}</g></svg>`;
    const strip = renderRgba(svg, stripWidth);
    let cellLeft = 0;
    characters.forEach((character, index) => {
      const cellWidth = cellWidths[index] ?? 0;
      let [minX, minY, maxX, maxY] = [Infinity, Infinity, -1, -1];
      for (let y = 0; y < cellHeight; y += 1)
        for (let column = 0; column < cellWidth; column += 1)
          if ((strip.pixels[(y * stripWidth + cellLeft + column) * 4] ?? 0) > 0) {
            minX = Math.min(minX, column);
            maxX = Math.max(maxX, column);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
          }
      if (maxX < 0) {
        cropped.push({ size, character, w: 0, h: 0, dx: 0, dy: 0, ink: new Uint8Array() });
      } else {
        if (minX === 0 || minY === 0 || maxX === cellWidth - 1 || maxY === cellHeight - 1)
          throw new Error(`glyph « ${character} » at ${size} px touches its cell`);
        const [w, h] = [maxX - minX + 1, maxY - minY + 1];
        const ink = new Uint8Array(w * h);
        for (let y = 0; y < h; y += 1)
          for (let column = 0; column < w; column += 1) ink[y * w + column] = strip.pixels[((minY + y) * stripWidth + cellLeft + minX + column) * 4] ?? 0;
        cropped.push({ size, character, w, h, dx: minX - pad, dy: minY - baseline, ink });
      }
      cellLeft += cellWidth;
    });
  }
  // Shelf packing, tallest first.
  const glyphs: ShareMetrics['glyphs'] = {};
  const placed: { glyph: AtlasGlyph; ink: Uint8Array }[] = [];
  let [x, y, shelf] = [0, 0, 0];
  for (const item of [...cropped].sort((a, b) => b.h - a.h)) {
    if (x + item.w > ATLAS_WIDTH) [x, y, shelf] = [0, y + shelf + 1, 0];
    const glyph: AtlasGlyph = { x, y, w: item.w, h: item.h, dx: item.dx, dy: item.dy };
    (glyphs[String(item.size)] ??= {})[item.character] = glyph;
    placed.push({ glyph, ink: item.ink });
    x += item.w + 1;
    shelf = Math.max(shelf, item.h);
  }
  const height = y + shelf;
  const pixels = new Uint8Array(ATLAS_WIDTH * height);
  for (const { glyph, ink } of placed)
    for (let row = 0; row < glyph.h; row += 1) pixels.set(ink.subarray(row * glyph.w, (row + 1) * glyph.w), (glyph.y + row) * ATLAS_WIDTH + glyph.x);
  return { width: ATLAS_WIDTH, height, pixels, glyphs };
}

async function main(): Promise<void> {
  mkdirSync(`${PUBLIC}/data/partage`, { recursive: true });
  writeFileSync(`${PUBLIC}/partage.png`, await rasterizeNode(GENERIC_SVG, WIDTH));

  await import('../survey/reference-data.js');
  const { allTerritories } = await import('../survey/territory-directory.js');
  const territories = allTerritories();
  const homonyms = homonymousNames(territories);
  const names = territories.map((territory) => previewName(territory, homonyms));

  const measurer = measureNames(readFileSync(FONT_PATHS.bold), names);
  const atlas = renderAtlas(measurer.characters, measurer);
  const background = encode(
    { width: WIDTH, height: HEIGHT, data: backgroundIndices(), depth: 8, channels: 1, palette: sharePalette() },
    { zlib: { level: 9 } },
  );
  const atlasPng = encode({ width: atlas.width, height: atlas.height, data: atlas.pixels, depth: 8, channels: 1 }, { zlib: { level: 9 } });
  const version = createHash('sha256')
    .update(background)
    .update(atlasPng)
    .update(JSON.stringify([measurer.advances, measurer.kerning]))
    .digest('hex')
    .slice(0, 16);
  const metrics: ShareMetrics = {
    version,
    unitsPerEm: measurer.unitsPerEm,
    ascent: measurer.ascent,
    advances: measurer.advances,
    kerning: measurer.kerning,
    glyphs: atlas.glyphs,
    atlasWidth: atlas.width,
    atlasHeight: atlas.height,
  };

  // Every name fits, never cut inside a word: checked here once rather than found on a shared link.
  const bySize = new Map<number, number>();
  for (const name of names) {
    const layout = layoutName(name, metrics);
    if (!layout) throw new Error(`« ${name} » does not fit its preview image`);
    bySize.set(layout.size, (bySize.get(layout.size) ?? 0) + 1);
  }

  writeFileSync(`${PUBLIC}${SHARE_ASSETS.background}`, background);
  writeFileSync(`${PUBLIC}${SHARE_ASSETS.atlas}`, atlasPng);
  writeFileSync(`${PUBLIC}${SHARE_ASSETS.metrics}`, JSON.stringify(metrics));
  const sizes = [...bySize].sort(([a], [b]) => b - a).map(([size, count]) => `${size} px × ${count}`);
  console.log(
    `share images: ${PUBLIC}/partage.png, and for ${names.length} territories a background (${(background.length / 1024).toFixed(0)} KiB), ` +
      `an atlas of ${measurer.characters.length} characters × ${NAME_SIZES.length} sizes (${(atlasPng.length / 1024).toFixed(0)} KiB); names at ${sizes.join(', ')}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
