import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { BASE_URL, BESANCON, decodePng, kitFonts, longestCommunes, readQr, sampleResults } from '../../test/kit-fixtures.js';
import { rasterizeNode } from '../render/png-node.js';
import { buildResults, drawResults } from '../results-kit.js';
import { periodFr, ResultsRefusal, resultsFiguresOf } from '../results-figures.js';

const results = sampleResults;

const request = { territory: BESANCON, color: '#000091', language: 'fr' as const, baseUrl: BASE_URL };

describe('the results given back to citizens', () => {
  it('says the published score, the answers, the period, the satisfied share and the best-rated criterion', () => {
    const [poster, social] = drawResults(request, results(), { fonts: kitFonts() });
    for (const built of [poster, social]) {
      const text = built?.drawing.items.flatMap((item) => (item.kind === 'text' ? item.lines : [])).join(' ') ?? '';
      expect(text).toContain('Vous nous avez donné 8,7/10 — merci\u202f!');
      expect(text).toContain('1\u202f234 avis de janvier à juin 2026 · 87\u202f% d’usagers satisfaits');
      expect(text).toContain('Le mieux noté\u202f: accueil et courtoisie (9,1/10)');
      expect(text).toContain('barometre.example.fr/b/besancon/');
    }
    // The poster keeps a QR code to answer again; the screen image has none.
    expect(poster?.drawing.items.some((item) => item.kind === 'qr')).toBe(true);
    expect(social?.drawing.items.some((item) => item.kind === 'qr')).toBe(false);
  });

  it('refuses figures the barometer does not publish: under the threshold, filtered, or without a period', () => {
    const fonts = { fonts: kitFonts() };
    const few = results({ answers: 3, overall: { n: 3, score: null, rate: null, interval: null, distribution: null, suppressed: true } });
    expect(() => drawResults(request, few, fonts)).toThrow(ResultsRefusal);
    expect(() => drawResults(request, few, fonts)).toThrow(/Pas assez de réponses de janvier à juin 2026 \(3\)/);
    expect(() => resultsFiguresOf(results({ filters: { service: 'mairie', channel: null, from: '2026-01', to: '2026-06' } }))).toThrow(/tous les services/);
    expect(() => resultsFiguresOf(results({ filters: { service: null, channel: null, from: null, to: null } }))).toThrow(/période/);
  });

  it('names periods as French does', () => {
    expect(periodFr('2026-03', '2026-03')).toBe('en mars 2026');
    expect(periodFr('2026-01', '2026-06')).toBe('de janvier à juin 2026');
    expect(periodFr('2025-11', '2026-04')).toBe('de novembre 2025 à avril 2026');
    expect(periodFr('2026-04', '2026-08')).toBe('d’avril à août 2026');
  });

  it('draws a one-page A4 PDF whose QR code opens the survey as its own source, and a 1080 px image, even for the longest name', async () => {
    const territory = longestCommunes(1)[0] ?? BESANCON;
    const files = await buildResults({ ...request, territory }, results({ territory }), { fonts: kitFonts(), rasterize: rasterizeNode });
    expect(files.map((file) => file.name)).toEqual([
      'affiche-resultats-2026-01-2026-06.pdf',
      'affiche-resultats-2026-01-2026-06.png',
      'social-resultats-2026-01-2026-06.png',
      'social-resultats-2026-01-2026-06@2x.png',
    ]);
    const pdf = await PDFDocument.load(files[0]?.bytes ?? new Uint8Array());
    expect(pdf.getPageCount()).toBe(1);
    // Print-ready like the kit's posters: A4 trimmed, 3 mm of bleed around it.
    const [trim, bleed] = [pdf.getPage(0).getTrimBox(), pdf.getPage(0).getBleedBox()];
    expect([Math.round((trim.width * 25.4) / 72), Math.round((trim.height * 25.4) / 72)]).toEqual([210, 297]);
    expect(((bleed.width - trim.width) * 25.4) / 72).toBeCloseTo(6, 2);
    expect(readQr(files[1]?.bytes ?? new Uint8Array())).toBe(`${BASE_URL}/s/${territory.id}?src=affiche-resultats`);
    expect(decodePng(files[2]?.bytes ?? new Uint8Array())).toMatchObject({ width: 1080, height: 1080 });
    expect(decodePng(files[3]?.bytes ?? new Uint8Array())).toMatchObject({ width: 2160, height: 2160 });
    // Every line inside its page.
    for (const built of drawResults({ ...request, territory }, results({ territory }), { fonts: kitFonts() }))
      for (const item of built.drawing.items)
        if (item.kind === 'text')
          for (const line of item.lines) expect(kitFonts().measure(line, item.size, item.weight), line).toBeLessThanOrEqual(built.drawing.width);
  });
});
