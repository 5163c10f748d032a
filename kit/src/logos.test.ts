import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { BASE_URL, BESANCON, decodePng, kitFonts } from '../test/kit-fixtures.js';
import type { Drawing, Logo } from './drawing.js';
import { drawKit } from './kit.js';
import { readLogo } from './logo.js';
import { outlineSvgNode, rasterizeNode } from './render/png-node.js';

const svgLogo = (name: string, svg: string): Logo => readLogo(new TextEncoder().encode(svg), name, outlineSvgNode);

/** A PNG of `width` × `height`, one colour with a white frame. */
function pngLogo(name: string, width: number, height: number): Logo {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const edge = x < 4 || y < 4 || x >= width - 4 || y >= height - 4;
      png.data.set(edge ? [255, 255, 255, 255] : [0, 90, 60, 255], (y * width + x) * 4);
    }
  return readLogo(new Uint8Array(PNG.sync.write(png)), name, outlineSvgNode);
}

const textLogo = (family: string) =>
  svgLogo(
    `text-${family}.svg`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100"><text x="150" y="70" text-anchor="middle" font-family="${family}" font-size="64" font-weight="bold" fill="#000000">Mairie</text></svg>`,
  );

export const LOGOS: Record<string, Logo> = {
  'square SVG': readLogo(readFileSync(new URL('../test/logo.svg', import.meta.url)), 'logo.svg', outlineSvgNode),
  'wide SVG (4:1)': svgLogo(
    'wide.svg',
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><rect width="400" height="100" fill="#c9191e"/><text x="200" y="68" text-anchor="middle" font-family="DejaVu Sans" font-size="52" fill="#ffffff">VILLE</text></svg>',
  ),
  'tall SVG (1:3)': svgLogo(
    'tall.svg',
    '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="300"><rect width="100" height="300" rx="10" fill="#18753c"/></svg>',
  ),
  'text-only SVG (DejaVu Sans)': textLogo('DejaVu Sans'),
  'text-only SVG (a family the kit lacks)': textLogo('Marianne Nope'),
  'square PNG': pngLogo('square.png', 120, 120),
  'wide PNG (4:1)': pngLogo('wide.png', 400, 100),
  'tall PNG (1:3)': pngLogo('tall.png', 100, 300),
};

/** Pixels darker than mid-grey inside a drawing's box, in a PNG rendered `scale` pixels per unit. */
function darkPixels(png: Uint8Array, box: { x: number; y: number; width: number; height: number }, scale: number): number {
  const { width, rgba } = decodePng(png);
  let dark = 0;
  for (let y = Math.ceil(box.y * scale); y < Math.floor((box.y + box.height) * scale); y += 1)
    for (let x = Math.ceil(box.x * scale); x < Math.floor((box.x + box.width) * scale); x += 1) {
      const at = (y * width + x) * 4;
      if ((rgba[at] ?? 255) + (rgba[at + 1] ?? 255) + (rgba[at + 2] ?? 255) < 3 * 100) dark += 1;
    }
  return dark;
}

const imageOf = (drawing: Drawing) => {
  const image = drawing.items.find((item) => item.kind === 'image');
  if (image?.kind !== 'image') throw new Error('no logo drawn');
  return image;
};

describe('a logo, whatever its shape', () => {
  it('keeps the text of an SVG logo in the PNG, in a family the kit has or not: it is read as paths', () => {
    for (const kind of ['text-only SVG (DejaVu Sans)', 'text-only SVG (a family the kit lacks)']) {
      const logo = LOGOS[kind] as Logo;
      const svg = new TextDecoder().decode(logo.bytes);
      expect(svg, kind).not.toMatch(/<text/);
      expect(svg, kind).toMatch(/<path/);
      const built = drawKit({ territory: BESANCON, color: '#000091', language: 'fr', baseUrl: BASE_URL, logo }, kitFonts()).find(
        (item) => item.asset.id === 'social-1200x630',
      );
      if (!built) throw new Error('no 1200 × 630 image');
      const image = imageOf(built.drawing);
      const ink = darkPixels(rasterizeNode(built.svg, built.asset.width), image, 1);
      // « Mairie » in bold black covers a good tenth of its box.
      expect(ink, kind).toBeGreaterThan(image.width * image.height * 0.05);
    }
  });
});
