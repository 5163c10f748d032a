/**
 * What the kit's tests share: the fonts from node_modules, a territory, a kit built once per test
 * file, PNG decoding and a real QR reader (jsQR).
 * @module
 */
import jsQR from 'jsqr';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Territory } from '../../survey/results.js';
import '../../survey/reference-data.js';
import { allTerritories, findTerritory } from '../../survey/territory-directory.js';
import { loadFonts, type Fonts } from '../src/fonts.js';
import { FONT_PATHS } from '../src/render/png-node.js';

export const BASE_URL = 'https://barometre.example.fr';
export const BESANCON = findTerritory('commune:25056') as Territory;

let fonts: Fonts | undefined;
export const kitFonts = (): Fonts => (fonts ??= loadFonts({ regular: readFileSync(FONT_PATHS.regular), bold: readFileSync(FONT_PATHS.bold) }));

/** The communes with the longest names in the reference data. */
export function longestCommunes(count: number): Territory[] {
  return allTerritories()
    .filter((territory) => territory.kind === 'commune')
    .sort((a, b) => b.name.length - a.name.length || a.id.localeCompare(b.id))
    .slice(0, count);
}

export function decodePng(bytes: Uint8Array): { width: number; height: number; rgba: Uint8ClampedArray } {
  const png = PNG.sync.read(Buffer.from(bytes));
  return { width: png.width, height: png.height, rgba: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length) };
}

export function readQr(bytes: Uint8Array): string | undefined {
  const { width, height, rgba } = decodePng(bytes);
  return jsQR(rgba, width, height)?.data;
}
