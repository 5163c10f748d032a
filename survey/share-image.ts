/**
 * A territory's link preview (`/partage/<id>.png`, 1200 × 630): the barometer's background with
 * the territory's name drawn into a band left for it. The build renders, with resvg and the kit's
 * font, the background and a glyph atlas of every character of every territory name
 * (scripts/build-share-image.ts); the Worker lays the name out from the atlas's metrics and pastes
 * its glyphs (worker/src/pages/share-image.ts), so neither a rasteriser nor a font parser is in its
 * bundle. This module is their contract: the atlas's format, the palette, the layout and the
 * compositing, all pure.
 *
 * The image is indexed: entries 0…RAMP_TOP blend the blue into the white (text coverage), the last
 * entry is the red band. Pasting white glyphs on it is a sum of coverages, and a palette PNG is a
 * third of an RGB one to compress.
 * @module
 */

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
export const SHARE_BLUE = [0x00, 0x00, 0x91] as const;
export const SHARE_RED = [0xe1, 0x00, 0x0f] as const;
/** The highest coverage index: full white. */
export const RAMP_TOP = 254;
export const RED_INDEX = 255;

/** Where the name goes: left-aligned with the rest of the design, and vertically centred in the band. */
export const NAME_BOX = { x: 80, top: 150, width: 1040, height: 250 } as const;
/** The sizes the atlas holds, largest first: the layout takes the largest at which the name fits. */
export const NAME_SIZES = [96, 80, 68, 58, 50, 42, 36] as const;
export const NAME_MAX_LINES = 2;
/** Lines at the smallest size, for the few names two lines cannot hold. */
export const NAME_FALLBACK_LINES = 3;
export const LINE_HEIGHT = 1.15;

/** The static assets the Worker reads (under the build's public folder). */
export const SHARE_ASSETS = { background: '/data/partage/fond.png', atlas: '/data/partage/glyphes.png', metrics: '/data/partage/glyphes.json' } as const;

/** One glyph of one size in the atlas: its box there, and where that box sits from the pen (left, baseline). */
export interface AtlasGlyph {
  /** Box in the atlas image (empty, w = 0, for a space). */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Offset of the box's top-left corner from the pen position (x right, y down from the baseline). */
  dx: number;
  dy: number;
}

export interface ShareMetrics {
  /** Changes with any byte of the assets: the Worker's ETags carry it. */
  version: string;
  unitsPerEm: number;
  ascent: number;
  /** Advance of each character, in font units. */
  advances: Record<string, number>;
  /** Kerning of adjacent pairs that occur in names, in font units (absent: 0). */
  kerning: Record<string, number>;
  /** Per size (px, as a string key), each character's glyph in the atlas. */
  glyphs: Record<string, Record<string, AtlasGlyph>>;
  atlasWidth: number;
  atlasHeight: number;
}

/** Measures in font units, so one table serves every size. */
export type Measurer = Pick<ShareMetrics, 'unitsPerEm' | 'advances' | 'kerning'>;

export function lineWidth(text: string, size: number, metrics: Measurer): number {
  let units = 0;
  let previous = '';
  for (const character of text) {
    units += metrics.advances[character] ?? metrics.unitsPerEm * 0.6;
    if (previous) units += metrics.kerning[previous + character] ?? 0;
    previous = character;
  }
  return (units / metrics.unitsPerEm) * size;
}

/** The name's words, each with the separator that follows it: a space (dropped at a break) or a hyphen (kept). */
export function nameTokens(name: string): string[] {
  return name
    .trim()
    .split(/(?<=-)|\s+/)
    .filter((token) => token.length > 0);
}

function join(tokens: string[]): string {
  return tokens.reduce((line, token) => (line === '' || line.endsWith('-') ? line + token : `${line} ${token}`), '');
}

/** Every way to cut `count` tokens into `lines` non-empty runs, as the index where each run after the first starts. */
function* cuts(count: number, lines: number, from = 1): Generator<number[]> {
  if (lines === 1) {
    yield [];
    return;
  }
  for (let cut = from; cut <= count - lines + 1; cut += 1) for (const rest of cuts(count, lines - 1, cut + 1)) yield [cut, ...rest];
}

/**
 * The most balanced split of `tokens` into at most `maxLines` lines no wider than `width` at
 * `size` (the one whose widest line is the narrowest), or undefined when none fits. Breaks fall
 * only between tokens: never inside a word.
 */
export function wrapName(tokens: string[], width: number, size: number, maxLines: number, metrics: Measurer): string[] | undefined {
  for (let lines = 1; lines <= Math.min(maxLines, tokens.length); lines += 1) {
    let best: { lines: string[]; widest: number } | undefined;
    for (const starts of cuts(tokens.length, lines)) {
      const bounds = [0, ...starts, tokens.length];
      const candidate = bounds.slice(0, -1).map((start, index) => join(tokens.slice(start, bounds[index + 1])));
      const widest = Math.max(...candidate.map((line) => lineWidth(line, size, metrics)));
      if (widest <= width && (!best || widest < best.widest)) best = { lines: candidate, widest };
    }
    if (best) return best.lines;
  }
  return undefined;
}

export interface NameLayout {
  size: number;
  /** Each line with its pen position: x of its left edge, y of its baseline (px, in the image). */
  lines: { text: string; x: number; y: number; width: number }[];
}

/**
 * The name at the largest size at which it fits the box in two lines (three at the smallest
 * size), each line left-aligned, the block centred in the box's height. Undefined when nothing
 * fits: the build checks that every territory's name does.
 */
export function layoutName(name: string, metrics: Measurer & Pick<ShareMetrics, 'ascent'>, box: typeof NAME_BOX = NAME_BOX): NameLayout | undefined {
  const tokens = nameTokens(name);
  if (tokens.length === 0) return undefined;
  const smallest = NAME_SIZES[NAME_SIZES.length - 1];
  for (const size of NAME_SIZES) {
    const maxLines = size === smallest ? NAME_FALLBACK_LINES : NAME_MAX_LINES;
    const lines = wrapName(tokens, box.width, size, maxLines, metrics);
    if (!lines) continue;
    const lineHeight = size * LINE_HEIGHT;
    // Centre the block from the first line's cap height to the last baseline: what the eye sees.
    const capHeight = size * 0.73;
    const block = capHeight + (lines.length - 1) * lineHeight;
    const firstBaseline = Math.round(box.top + (box.height - block) / 2 + capHeight);
    return {
      size,
      lines: lines.map((text, index) => ({
        text,
        x: box.x,
        y: Math.round(firstBaseline + index * lineHeight),
        width: lineWidth(text, size, metrics),
      })),
    };
  }
  return undefined;
}

/** The coverage index of a pixel under white of coverage `alpha` (0…255) over one of coverage `index`. */
function cover(index: number, alpha: number): number {
  if (index === RED_INDEX || alpha === 0) return index;
  // c' = c + a (1 − c), in ramp steps.
  return index + Math.round((alpha * (RAMP_TOP - index)) / 255);
}

/**
 * Pastes the laid-out name's glyphs into a copy of the background (palette indices, one byte a
 * pixel, SHARE_WIDTH wide) from the atlas (one byte of coverage a pixel, `metrics.atlasWidth` wide).
 */
export function composeName(background: Uint8Array, atlas: Uint8Array, metrics: ShareMetrics, layout: NameLayout): Uint8Array {
  const image = background.slice();
  const glyphs = metrics.glyphs[String(layout.size)];
  if (!glyphs) throw new Error(`the atlas has no glyphs at ${layout.size} px`);
  const scale = layout.size / metrics.unitsPerEm;
  for (const line of layout.lines) {
    let pen = line.x;
    let previous = '';
    for (const character of line.text) {
      if (previous) pen += (metrics.kerning[previous + character] ?? 0) * scale;
      const glyph = glyphs[character];
      if (glyph && glyph.w > 0) {
        const left = Math.round(pen) + glyph.dx;
        const top = line.y + glyph.dy;
        for (let row = 0; row < glyph.h; row += 1) {
          const y = top + row;
          if (y < 0 || y >= SHARE_HEIGHT) continue;
          const from = (glyph.y + row) * metrics.atlasWidth + glyph.x;
          const to = y * SHARE_WIDTH + left;
          for (let column = 0; column < glyph.w; column += 1) {
            const x = left + column;
            const alpha = atlas[from + column] ?? 0;
            if (alpha === 0 || x < 0 || x >= SHARE_WIDTH) continue;
            image[to + column] = cover(image[to + column] ?? 0, alpha);
          }
        }
      }
      pen += (metrics.advances[character] ?? metrics.unitsPerEm * 0.6) * scale;
      previous = character;
    }
  }
  return image;
}

/** The image's palette: the blue-to-white ramp, then the red. */
export function sharePalette(): number[][] {
  const palette: number[][] = [];
  for (let index = 0; index <= RAMP_TOP; index += 1) palette.push(SHARE_BLUE.map((channel) => Math.round(channel + ((255 - channel) * index) / RAMP_TOP)));
  palette.push([...SHARE_RED]);
  return palette;
}

/** Names several communes share (« Saint-Denis »): their previews add the département. */
export function homonymousNames(territories: readonly { kind: string; name: string }[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { kind, name } of territories) {
    if (kind !== 'commune') continue;
    if (seen.has(name)) repeated.add(name);
    seen.add(name);
  }
  return repeated;
}

/** The name the preview shows: « Saint-Denis (93) » for a commune whose name others share. */
export function previewName(territory: { kind: string; name: string; departement: string }, homonyms: ReadonlySet<string>): string {
  return territory.kind === 'commune' && homonyms.has(territory.name) ? `${territory.name} (${territory.departement})` : territory.name;
}
