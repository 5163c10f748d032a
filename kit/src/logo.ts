/**
 * Reads a territory's logo (PNG or SVG) and checks it before any asset is drawn: the file exists,
 * is what its bytes say (PNG signature, or an `<svg` root), and can be rendered. A clear error
 * otherwise, naming the file.
 *
 * An SVG logo is kept as resvg normalises it, its text turned into paths drawn with the kit's fonts
 * (DejaVu Sans, which also stands in for a family the kit lacks): a PNG renders an embedded SVG
 * image without any font database, so a logo's `<text>` would vanish from every PNG while the
 * PDF (which rasterises the logo itself, with the fonts) kept it. Paths draw the same everywhere.
 * @module
 */
import type { Logo } from './drawing.js';

export class LogoError extends Error {}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * An SVG as resvg reads it with the kit's fonts (resvg-js in Node, resvg-wasm in the browser):
 * its size, and the normalised SVG (`Resvg.toString()`) with text as paths. Throws on a broken file.
 */
export type OutlineSvg = (svg: string) => { width: number; height: number; svg: string };

export function readLogo(bytes: Uint8Array, name: string, outlineSvg: OutlineSvg): Logo {
  if (PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.length < 24) throw new LogoError(`${name}: this PNG file is truncated.`);
    const [width, height] = [view.getUint32(16), view.getUint32(20)];
    if (width === 0 || height === 0) throw new LogoError(`${name}: this PNG file has no pixels.`);
    return { bytes, type: 'png', width, height };
  }
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  if (/<svg[\s>]/i.test(text)) {
    try {
      const { width, height, svg } = outlineSvg(new TextDecoder().decode(bytes));
      if (!(width > 0 && height > 0)) throw new Error('it has no size');
      return { bytes: new TextEncoder().encode(svg), type: 'svg', width, height };
    } catch (error) {
      throw new LogoError(`${name}: this SVG file cannot be drawn (${(error as Error).message}).`);
    }
  }
  throw new LogoError(`${name}: a logo must be a PNG or an SVG file.`);
}

/**
 * The white tile a logo sits on, of the logo's own shape: the largest tile within `maxWidth` ×
 * `maxHeight` whose inner image (the tile less `pad` all round) has the logo's aspect ratio, so a
 * wide logo gets a wide slot and a tall one a narrow one instead of a small square. `image` is
 * the logo's place inside the tile, relative to its top left corner.
 */
export function logoSlot(
  logo: Pick<Logo, 'width' | 'height'>,
  maxWidth: number,
  maxHeight: number,
): { width: number; height: number; image: { x: number; y: number; width: number; height: number } } {
  const pad = Math.min(maxWidth, maxHeight) * 0.08;
  const scale = Math.min((maxWidth - 2 * pad) / logo.width, (maxHeight - 2 * pad) / logo.height);
  const [width, height] = [logo.width * scale, logo.height * scale];
  return { width: width + 2 * pad, height: height + 2 * pad, image: { x: pad, y: pad, width, height } };
}
