/**
 * What the kit's tests share: the fonts from node_modules, a territory, a kit built once per test
 * file, PNG decoding and a real QR reader (jsQR).
 * @module
 */
import jsQR from 'jsqr';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Results, Territory } from '../../survey/results.js';
import type { Drawing, Item } from '../src/drawing.js';
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

const indicator = (n: number, score: number | null, rate: number | null) => ({
  n,
  score,
  rate,
  interval: rate === null ? null : { low: rate - 0.05, high: rate + 0.05 },
  distribution: null,
  suppressed: score === null,
});

/**
 * Besançon's published results over January–June 2026 as the API gives them, trimmed to what the
 * results assets read: 1,234 answers, 8.66/10, 87.4 % satisfied, « accueil » the best criterion
 * (9.14) and « en ligne » suppressed.
 */
export function sampleResults(overrides: Partial<Results> = {}): Results {
  const criterion = (score: number | null) => ({ ...indicator(score === null ? 3 : 40, score, score === null ? null : 0.8), notConcerned: 1 });
  return {
    territory: BESANCON,
    questionnaire: 'v1',
    filters: { service: null, channel: null, from: '2026-01', to: '2026-06' },
    answers: 1234,
    respondents: 1100,
    participation: 9.3,
    overall: indicator(1234, 8.66, 0.874),
    criteria: { accessibilite: criterion(7.9), accueil: criterion(9.14), attente: criterion(6.2), efficacite: criterion(8.1), 'en-ligne': criterion(null) },
    ...overrides,
  } as Results;
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every line of a drawing's text with its box, from the font's own metrics, and the line after it in its item. */
export function textLines(drawing: Drawing): { item: Extract<Item, { kind: 'text' }>; line: string; next: string | undefined; box: Box }[] {
  return drawing.items.flatMap((item) => {
    if (item.kind !== 'text') return [];
    return item.lines.map((line, index) => {
      const width = kitFonts().measure(line, item.size, item.weight);
      const left = item.anchor === 'middle' ? item.x - width / 2 : item.anchor === 'end' ? item.x - width : item.x;
      const baseline = item.y + index * item.lineHeight;
      return {
        item,
        line,
        next: item.lines[index + 1],
        box: { left, right: left + width, top: baseline - item.size * 0.76, bottom: baseline + item.size * 0.24 },
      };
    });
  });
}
