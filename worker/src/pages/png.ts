/**
 * An indexed-colour PNG (8 bits a pixel, a palette) from its pixels, compressed by the runtime's
 * own zlib (node:zlib, native in workerd under nodejs_compat) instead of a JavaScript deflate:
 * the share images' 1200 × 630 took 25 ms to encode with fast-png, about 1 ms here. The chunks
 * are the PNG specification's (https://www.w3.org/TR/png-3/#5Chunk-layout), their CRC zlib's.
 *
 * The run-length strategy (the compression level then makes no difference) suits flat colours
 * and anti-aliased text, rows of runs of one palette index: on the share images it is both the
 * fastest zlib setting and smaller than fast-png's deflate at level 3.
 * @module
 */
import { constants, crc32, deflateSync } from 'node:zlib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** IHDR's colour type for indexed colour. */
const INDEXED = 3;

/** One chunk: length, type, data, and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(12 + data.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, data.length);
  for (let index = 0; index < 4; index += 1) bytes[4 + index] = type.charCodeAt(index);
  bytes.set(data, 8);
  view.setUint32(8 + data.length, crc32(bytes.subarray(4, 8 + data.length)));
  return bytes;
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

/** Encodes images of one size and palette: the chunks before the pixels and after them are made once. */
export function indexedPngEncoder(width: number, height: number, palette: readonly (readonly number[])[]): (pixels: Uint8Array) => Uint8Array<ArrayBuffer> {
  if (palette.length === 0 || palette.length > 256) throw new RangeError(`a palette has 1 to 256 entries, not ${palette.length}`);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, INDEXED, 0, 0, 0], 8); // depth, colour type, deflate, adaptive filtering, no interlace
  const head = concat([Uint8Array.from(SIGNATURE), chunk('IHDR', header), chunk('PLTE', Uint8Array.from(palette.flatMap((colour) => colour.slice(0, 3))))]);
  const tail = chunk('IEND', new Uint8Array(0));
  // Each row behind its filter byte: 0, none.
  const rows = new Uint8Array((width + 1) * height);
  return (pixels) => {
    if (pixels.length !== width * height) throw new RangeError(`expected ${width * height} pixels, not ${pixels.length}`);
    for (let y = 0; y < height; y += 1) rows.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
    const compressed = deflateSync(rows, { strategy: constants.Z_RLE });
    return concat([head, chunk('IDAT', compressed), tail]);
  };
}
