import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { Territory } from '../../survey/results.js';
import { allTerritories } from '../../survey/territory-directory.js';
import { BASE_URL, BESANCON, decodePng, kitFonts, longestCommunes, sampleResults, textLines, type Box } from '../test/kit-fixtures.js';
import type { Drawing, Logo } from './drawing.js';
import { drawKit } from './kit.js';
import { readLogo } from './logo.js';
import { outlineSvgNode, rasterizeNode } from './render/png-node.js';
import { drawResults } from './results-kit.js';
import { MIN_SCREEN_TEXT, STORY_SAFE_ZONE } from './templates/card.js';
import { certificateDrawing } from './templates/certificate.js';
import { shortUrlOf } from './urls.js';

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
  it('keeps the text of an SVG logo in the PNG, in a family the kit has or not: it is read as paths', async () => {
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
      const ink = darkPixels(await rasterizeNode(built.svg, built.asset.width), image, 1);
      // « Mairie » in bold black covers a good tenth of its box.
      expect(ink, kind).toBeGreaterThan(image.width * image.height * 0.05);
    }
  });
});

const overlaps = (a: Box, b: Box) => a.left < b.right - 1e-6 && b.left < a.right - 1e-6 && a.top < b.bottom - 1e-6 && b.top < a.bottom - 1e-6;

const lines = textLines;

const named = (name: string) => {
  const territory = allTerritories().find((candidate) => candidate.name === name);
  if (!territory) throw new Error(`${name} is not in the reference data`);
  return territory;
};
const longestEpci = () =>
  allTerritories()
    .filter((territory) => territory.kind === 'epci')
    .sort((a, b) => b.name.length - a.name.length || a.id.localeCompare(b.id))[0] as Territory;

/** The longest names, the widest unbreakable word (« Niederschaeffolsheim »), a few with hyphens and the longest EPCI. */
const TERRITORIES = [...longestCommunes(2), named('Niederschaeffolsheim'), named('Beaulieu-sur-Dordogne'), named('Villers-Cotterêts'), longestEpci()];

/** Every line inside the drawing (14 px or more on screen), no break at a dot, none inside a word of the name or the address, the address whole or absent. */
function expectUnbroken(drawing: Drawing, name: string, address: string, where: string): void {
  for (const { item, line, next, box } of lines(drawing)) {
    const say = `${where}: « ${item.lines.join(' / ')} »`;
    expect(box.left, say).toBeGreaterThanOrEqual(-0.01);
    expect(box.right, say).toBeLessThanOrEqual(drawing.width + 0.01);
    if (drawing.unit === 'px') expect(item.size, say).toBeGreaterThanOrEqual(MIN_SCREEN_TEXT);
    if (next === undefined) continue;
    expect(/\.$/.test(line) && /^\p{L}/u.test(next), say).toBe(false);
    if (/[-/]$/.test(line)) continue;
    const joint = `${line.split(' ').at(-1) ?? ''}${next.split(' ')[0] ?? ''}`;
    expect(name.includes(joint) || address.includes(joint), `${say} breaks inside « ${joint} »`).toBe(false);
  }
  const said = drawing.items.flatMap((item) => (item.kind === 'text' ? [item.lines.join('')] : []));
  for (const text of said) if (text.includes(address.slice(0, address.indexOf('/') + 3))) expect(text, where).toContain(address);
}

const RESULTS = sampleResults();

describe('every asset, with each kind of logo and the longest names', () => {
  it('gives a logo a slot of its shape, inside the drawing (the story’s safe zone), clear of text and QR code', () => {
    for (const [kind, logo] of Object.entries(LOGOS))
      for (const territory of [BESANCON, ...longestCommunes(1)])
        for (const built of drawKit({ territory, color: '#000091', language: 'fr', baseUrl: BASE_URL, logo }, kitFonts())) {
          const where = `${built.asset.id}, ${kind}, ${territory.name}`;
          const images = built.drawing.items.filter((item) => item.kind === 'image');
          // The mobile banner has no room for a logo; every other asset draws it.
          expect(images.length, where).toBe(built.asset.id === 'banniere-320x100' ? 0 : 1);
          for (const image of images) {
            expect(image.width / image.height / (logo.width / logo.height), where).toBeCloseTo(1, 2);
            const zone = built.asset.id === 'story-1080x1920' ? STORY_SAFE_ZONE : { top: 0, bottom: 0, left: 0, right: 0 };
            expect(image.x, where).toBeGreaterThanOrEqual(zone.left);
            expect(image.y, where).toBeGreaterThanOrEqual(zone.top);
            expect(image.x + image.width, where).toBeLessThanOrEqual(built.drawing.width - zone.right);
            expect(image.y + image.height, where).toBeLessThanOrEqual(built.drawing.height - zone.bottom);
            // The white tile under it, of its shape: no text, no QR code on it.
            const tile = built.drawing.items.find(
              (item) =>
                item.kind === 'rect' && item.fill === '#ffffff' && item.x <= image.x && item.x + item.width >= image.x + image.width && item.y <= image.y,
            );
            const box = tile?.kind === 'rect' ? { left: tile.x, right: tile.x + tile.width, top: tile.y, bottom: tile.y + tile.height } : undefined;
            expect(box, where).toBeDefined();
            if (!box) continue;
            for (const { line, box: textBox } of lines(built.drawing)) expect(overlaps(box, textBox), `${where}: « ${line} » on the logo`).toBe(false);
            for (const qr of built.drawing.items)
              if (qr.kind === 'qr') expect(overlaps(box, { left: qr.x, right: qr.x + qr.size, top: qr.y, bottom: qr.y + qr.size }), where).toBe(false);
          }
        }
  });

  it('never breaks a name mid-word nor an address at a dot, and keeps every line inside its drawing', () => {
    for (const territory of TERRITORIES)
      for (const [kind, logo] of [['no logo', undefined], ...Object.entries(LOGOS).filter(([key]) => /wide|tall/.test(key))] as const)
        for (const language of ['fr', 'en'] as const) {
          const built = drawKit({ territory, color: '#000091', language, baseUrl: BASE_URL, logo }, kitFonts());
          for (const { asset, drawing } of built)
            for (const side of [drawing.items, drawing.back ?? []]) {
              const where = `${asset.id} (${territory.name}, ${kind}, ${language})`;
              const address = shortUrlOf(BASE_URL, territory.id, asset.id, language);
              expectUnbroken({ ...drawing, items: side }, territory.name, address, where);
            }
        }
  }, 30_000);

  it('does the same on the results poster and image, and on the Trophée certificate', () => {
    for (const territory of TERRITORIES) {
      for (const { asset, drawing } of drawResults({ territory, color: '#000091', language: 'fr', baseUrl: BASE_URL }, RESULTS, { fonts: kitFonts() }))
        expectUnbroken(drawing, territory.name, shortUrlOf(BASE_URL, territory.id, asset.id, 'fr'), `${asset.id} (${territory.name})`);
      const certificate = certificateDrawing(
        { name: territory.name, rank: 1, category: 'Communes de moins de 2\u202f000 habitants', year: '2026', rate: 123.45, respondents: 41 },
        kitFonts(),
      );
      expectUnbroken(certificate, territory.name, 'no address', `certificate (${territory.name})`);
    }
  });

  it('draws the 1200 × 630 image of the longest name beside a wide logo without ink between the text and the logo', async () => {
    const territory = longestCommunes(1)[0] as Territory;
    const built = drawKit({ territory, color: '#000091', language: 'fr', baseUrl: BASE_URL, logo: LOGOS['wide SVG (4:1)'] }, kitFonts()).find(
      (item) => item.asset.id === 'social-1200x630',
    );
    if (!built) throw new Error('no 1200 × 630 image');
    const tile = built.drawing.items.find((item) => item.kind === 'rect' && item.fill === '#ffffff');
    if (tile?.kind !== 'rect') throw new Error('no logo tile');
    const { width, rgba } = decodePng(await rasterizeNode(built.svg, built.asset.width));
    // The 64 px gutter left of the tile, and the right margin below it, hold nothing but the brand colour.
    const gutter = { x: tile.x - 60, y: 0, width: 56, height: 630 };
    const margin = { x: 1200 - 60, y: tile.y + tile.height + 4, width: 60, height: 630 - tile.y - tile.height - 4 };
    for (const area of [gutter, margin]) {
      let ink = 0;
      for (let y = Math.ceil(area.y); y < area.y + area.height; y += 1)
        for (let x = Math.ceil(area.x); x < area.x + area.width; x += 1) {
          const at = (y * width + x) * 4;
          if (Math.abs((rgba[at] ?? 0) - 0x00) + Math.abs((rgba[at + 1] ?? 0) - 0x00) + Math.abs((rgba[at + 2] ?? 0) - 0x91) > 30) ink += 1;
        }
      expect(ink, JSON.stringify(area)).toBe(0);
    }
  });
});
