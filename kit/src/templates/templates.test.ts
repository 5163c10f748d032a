import { describe, expect, it } from 'vitest';
import { KIT_ASSETS } from '../../../survey/sources.js';
import { BASE_URL, BESANCON, kitFonts, longestCommunes } from '../../test/kit-fixtures.js';
import { contrastRatio, MIN_CONTRAST } from '../brand.js';
import type { Drawing, Item } from '../drawing.js';
import { drawKit } from '../kit.js';

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every line of text as a box, from the font's own metrics. */
function textBoxes(drawing: Drawing): { item: Extract<Item, { kind: 'text' }>; box: Box }[] {
  return drawing.items.flatMap((item) => {
    if (item.kind !== 'text') return [];
    return item.lines.map((line, index) => {
      const width = kitFonts().measure(line, item.size, item.weight);
      const left = item.anchor === 'middle' ? item.x - width / 2 : item.anchor === 'end' ? item.x - width : item.x;
      const baseline = item.y + index * item.lineHeight;
      return { item, box: { left, right: left + width, top: baseline - item.size * 0.76, bottom: baseline + item.size * 0.24 } };
    });
  });
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The colour under a point: the last rectangle (or QR code's white) drawn there before the text. */
function backgroundAt(drawing: Drawing, item: Item, x: number, y: number): string {
  let fill = '#ffffff';
  for (const candidate of drawing.items) {
    if (candidate === item) break;
    if (candidate.kind === 'rect' && x >= candidate.x && x <= candidate.x + candidate.width && y >= candidate.y && y <= candidate.y + candidate.height)
      fill = candidate.fill;
    if (candidate.kind === 'qr' && x >= candidate.x && x <= candidate.x + candidate.size && y >= candidate.y && y <= candidate.y + candidate.size)
      fill = '#ffffff';
  }
  return fill;
}

const CASES = [
  { territory: BESANCON, color: '#000091' },
  { territory: BESANCON, color: '#ffcc00' },
  ...longestCommunes(5).map((territory, index) => ({ territory, color: ['#000091', '#e1000f', '#18753c', '#ffcc00', '#6e445a'][index] as string })),
];

describe('every template, for the longest commune names of the reference data', () => {
  it('starts from the communes with the longest names', () => {
    expect(longestCommunes(1)[0]?.name).toBe('Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson');
  });

  for (const { territory, color } of CASES) {
    it(`${territory.name} in ${color}: text inside the page, clear of the QR code, at 4.5:1 or more`, () => {
      for (const language of ['fr', 'en'] as const) {
        for (const built of drawKit({ territory, color, language, baseUrl: BASE_URL }, kitFonts())) {
          const { drawing } = built;
          const where = `${built.asset.id} (${language})`;
          const qr = drawing.items.find((item) => item.kind === 'qr');
          const qrBox = qr?.kind === 'qr' ? { left: qr.x, right: qr.x + qr.size, top: qr.y, bottom: qr.y + qr.size } : undefined;
          const boxes = textBoxes(drawing);
          expect(
            boxes.some(({ item }) =>
              item.lines
                .join(' ')
                .replace(/- /g, '-')
                .includes(territory.name.split('-')[0] ?? ''),
            ),
            `${where} names the territory`,
          ).toBe(true);
          for (const { item, box } of boxes) {
            const line = `${where}: « ${item.lines.join(' / ')} »`;
            expect(box.left, line).toBeGreaterThanOrEqual(-0.01);
            expect(box.right, line).toBeLessThanOrEqual(drawing.width + 0.01);
            expect(box.top, line).toBeGreaterThanOrEqual(-0.01);
            expect(box.bottom, line).toBeLessThanOrEqual(drawing.height + 0.01);
            if (qrBox) expect(overlaps(box, qrBox), `${line} overlaps the QR code`).toBe(false);
            const background = backgroundAt(drawing, item, (box.left + box.right) / 2, (box.top + box.bottom) / 2);
            expect(contrastRatio(item.fill, background), `${line} on ${background}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
          }
        }
      }
    });
  }

  it('draws every asset of the catalogue', () => {
    const built = drawKit({ territory: BESANCON, color: '#000091', language: 'fr', baseUrl: BASE_URL }, kitFonts());
    expect(built.map((item) => [item.asset.id, item.drawing.width, item.drawing.height])).toEqual(
      KIT_ASSETS.map((asset) => [asset.id, asset.width, asset.height]),
    );
  });
});
