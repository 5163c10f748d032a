import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { kitFonts, longestCommunes } from '../../test/kit-fixtures.js';
import { toPdf } from '../render/pdf.js';
import { rasterizeNode } from '../render/png-node.js';
import { certificateDrawing, frenchLongDate, issuedLine } from './certificate.js';

const ISSUED = { publishedAt: '2027-01-15T09:30:00.000Z', issuer: { name: 'Association du Baromètre citoyen', place: 'Lyon' } };

describe('the Trophée certificate', () => {
  it('is an A4 landscape PDF naming the territory, its rank, its category, the year, where and when, even with the longest name', async () => {
    const name = longestCommunes(1)[0]?.name ?? '';
    const drawing = certificateDrawing(
      { name, rank: 1, category: 'Communes de moins de 2\u202f000 habitants', year: '2026', rate: 123.45, respondents: 41, ...ISSUED },
      kitFonts(),
    );
    const texts = drawing.items.flatMap((item) => (item.kind === 'text' ? item.lines : []));
    expect(texts).toContain('Trophée de la consultation citoyenne');
    expect(texts).toContain('2026');
    expect(texts.join(' ').replace(/- /g, '-')).toContain(name);
    expect(texts.join(' ')).toContain('1re place — Communes de moins de 2\u202f000 habitants');
    expect(texts).toContain('Fait à Lyon, le 15 janvier 2027');
    expect(texts).toContain('Pour Association du Baromètre citoyen');
    // Every line inside the inner frame, none over another.
    for (const item of drawing.items)
      if (item.kind === 'text')
        for (const line of item.lines) {
          const width = kitFonts().measure(line, item.size, item.weight);
          const left = item.anchor === 'middle' ? item.x - width / 2 : item.anchor === 'end' ? item.x - width : item.x;
          expect(left, line).toBeGreaterThanOrEqual(19);
          expect(left + width, line).toBeLessThanOrEqual(297 - 19);
        }
    const pdf = await PDFDocument.load(await toPdf(drawing, { title: 'Certificat', language: 'fr', fonts: kitFonts(), rasterize: rasterizeNode }));
    const page = pdf.getPage(0);
    expect([Math.round((page.getWidth() * 25.4) / 72), Math.round((page.getHeight() * 25.4) / 72)]).toEqual([297, 210]);
  });

  it('carries the barometer’s seal: a medal (discs) above the title', () => {
    const drawing = certificateDrawing(
      { name: 'Besançon', rank: 2, category: 'Communes de plus de 100\u202f000 habitants', year: '2026', rate: 12, respondents: 1500 },
      kitFonts(),
    );
    const discs = drawing.items.filter((item) => item.kind === 'rect' && item.radius === item.width / 2 && item.width === item.height);
    expect(discs.length).toBe(3);
    const title = drawing.items.find((item) => item.kind === 'text' && item.lines.includes('Trophée de la consultation citoyenne'));
    expect(discs.every((item) => item.kind === 'rect' && title?.kind === 'text' && item.y + item.height < title.y)).toBe(true);
  });

  it('says where and when as a French certificate does, with what the instance declares', () => {
    expect(frenchLongDate('2027-02-01T10:00:00.000Z')).toBe('1er février 2027');
    // Paris time: a palmarès published at 23:30 UTC on 31 December is dated 1 January.
    expect(frenchLongDate('2026-12-31T23:30:00.000Z')).toBe('1er janvier 2027');
    expect(issuedLine('Lyon', '2027-01-15T09:30:00.000Z')).toBe('Fait à Lyon, le 15 janvier 2027');
    expect(issuedLine(null, '2027-01-15T09:30:00.000Z')).toBe('Fait le 15 janvier 2027');
    expect(issuedLine('Lyon', null)).toBe('Fait à Lyon');
    expect(issuedLine(null, null)).toBeUndefined();
  });
});
