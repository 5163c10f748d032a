import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { kitFonts, longestCommunes } from '../../test/kit-fixtures.js';
import { toPdf } from '../render/pdf.js';
import { rasterizeNode } from '../render/png-node.js';
import { certificateDrawing } from './certificate.js';

describe('the Trophée certificate', () => {
  it('is an A4 landscape PDF naming the territory, its place and its category, even with the longest name', async () => {
    const name = longestCommunes(1)[0]?.name ?? '';
    const drawing = certificateDrawing(
      { name, rank: 1, category: 'Communes de moins de 2 000 habitants', year: '2026', rate: 123.45, respondents: 41 },
      kitFonts(),
    );
    const texts = drawing.items.flatMap((item) => (item.kind === 'text' ? item.lines : []));
    expect(texts.join(' ')).toContain('Trophée de la consultation citoyenne 2026');
    expect(texts.join(' ').replace(/- /g, '-')).toContain(name);
    expect(texts).toContain('1re place — Communes de moins de 2 000 habitants');
    for (const item of drawing.items)
      if (item.kind === 'text') for (const line of item.lines) expect(kitFonts().measure(line, item.size, item.weight)).toBeLessThanOrEqual(297 - 22);
    const pdf = await PDFDocument.load(await toPdf(drawing, { title: 'Certificat', language: 'fr', fonts: kitFonts(), rasterize: rasterizeNode }));
    const page = pdf.getPage(0);
    expect([Math.round((page.getWidth() * 25.4) / 72), Math.round((page.getHeight() * 25.4) / 72)]).toEqual([297, 210]);
  });
});
