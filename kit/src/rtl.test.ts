import fontkit from '@pdf-lib/fontkit';
import { unzlibSync } from 'fflate';
import i18next from 'i18next';
import { PDFArray, PDFDocument, PDFRawStream, type PDFPage } from 'pdf-lib';
import pixelmatch from 'pixelmatch';
import { describe, expect, it } from 'vitest';
import { KIT_ASSETS } from '../../survey/sources.js';
import { BASE_URL, BESANCON, decodePng, kitFonts } from '../test/kit-fixtures.js';
import { visualRuns } from './bidi.js';
import { paletteFor } from './brand.js';
import type { Drawing, Item } from './drawing.js';
import type { KitLanguage } from './i18n.js';
import { en } from './locales/en.js';
import { toPdf } from './render/pdf.js';
import { rasterizeNode } from './render/png-node.js';
import { toSvg } from './svg.js';
import { drawingOf } from './templates/index.js';

/** The survey's own button (widget/src/locales/ar.ts `button.open`) and a mixed line: Arabic, then an address. */
const OPEN = 'أبدِ رأيك';
const MIXED = 'رأيك يهمنا! أجب: barometre.fr/b/x';
const SHORT_URL = 'barometre.example.fr/b/besancon/a4';

const arabic = i18next.createInstance();
void arabic.init({
  lng: 'ar',
  ns: ['kit'],
  defaultNS: 'kit',
  resources: {
    ar: {
      kit: {
        ...en,
        brand: 'البارومتر المواطني',
        headline: 'رأيك يهمنا!',
        question: 'كيف استقبلتك مصالحنا العامة؟',
        scan: 'امسح الرمز أو اذهب إلى',
        promise: 'مجهول الهوية · بدون تسجيل',
        screen: { ...en.screen, tap: OPEN, click: OPEN },
        flyer: { ...en.flyer, answer: 'أجب في دقيقتين: {{url}}' },
      },
    },
  },
  interpolation: { escapeValue: false },
  initAsync: false,
});

function drawn(assetId: string, language: string): Drawing {
  const asset = KIT_ASSETS.find((candidate) => candidate.id === assetId);
  if (!asset) throw new Error(assetId);
  const logo = { bytes: new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'), type: 'svg' as const, width: 1, height: 1 };
  return drawingOf(asset, {
    territory: BESANCON,
    palette: paletteFor('#000091'),
    surveyUrl: `${BASE_URL}/s`,
    shortUrl: SHORT_URL,
    dashboardUrl: 'barometre.example.fr/tableau-de-bord/commune:25056',
    logo,
    // Until the kit speaks Arabic (KitLanguage = SurveyLanguage), the template data's type does not know it.
    language: language as KitLanguage,
    t: arabic.getFixedT('ar', 'kit'),
    fonts: kitFonts(),
  });
}

const texts = (items: Item[]) => items.filter((item) => item.kind === 'text');

describe('bidi runs of a right-to-left line', () => {
  it('puts an address after Arabic at the left, and keeps numbers and their brackets in place', () => {
    expect(visualRuns(MIXED, 'rtl')).toEqual([
      { text: 'barometre.fr/b/x', rtl: false },
      { text: 'رأيك يهمنا! أجب: ', rtl: true },
    ]);
    expect(visualRuns('النتيجة 8,7/10 (شكرًا)', 'rtl')).toEqual([
      { text: ' (شكرًا)', rtl: true },
      { text: '8,7/10', rtl: false },
      { text: 'النتيجة ', rtl: true },
    ]);
    expect(visualRuns('Besançon 2026', 'rtl')).toEqual([{ text: 'Besançon 2026', rtl: false }]);
    expect(visualRuns(MIXED, 'ltr')).toEqual([{ text: MIXED, rtl: false }]);
  });
});

describe('a drawing for a right-to-left language', () => {
  for (const id of ['affiche-a4', 'flyer-a5', 'banniere-728x90', 'social-1200x630', 'signature-600x150']) {
    it(`${id}: mirrors the left-to-right layout, Arabic laid right to left, the address left to right, all inside the page`, () => {
      const ltr = drawn(id, 'en');
      const rtl = drawn(id, 'ar');
      expect(rtl.direction).toBe('rtl');
      const pairs = [...ltr.items.map((item, index) => [item, rtl.items[index]]), ...(ltr.back ?? []).map((item, index) => [item, rtl.back?.[index]])];
      for (const [left, right] of pairs) {
        if (!left || !right) throw new Error('the mirrored drawing has other items');
        if (left.kind === 'text' && right.kind === 'text') {
          expect(right.x).toBeCloseTo(rtl.width - left.x, 6);
          expect(right.anchor).toBe({ start: 'end', middle: 'middle', end: 'start' }[left.anchor]);
          expect(right.direction).toBe(right.lines.join('') === SHORT_URL || right.lines.every((line) => !/[\u0600-\u06ff]/.test(line)) ? undefined : 'rtl');
        } else if (left.kind === 'qr' && right.kind === 'qr') expect(right.x + right.size).toBeCloseTo(rtl.width - left.x, 6);
        else if ((left.kind === 'rect' || left.kind === 'image') && left.kind === right.kind) expect(right.x + right.width).toBeCloseTo(rtl.width - left.x, 6);
        else throw new Error(`${left.kind} became ${right.kind}`);
      }
      const fonts = kitFonts();
      const all = [...texts(rtl.items), ...texts(rtl.back ?? [])];
      expect(all.some((item) => item.direction === 'rtl')).toBe(true);
      for (const item of all) {
        for (const line of item.lines) {
          const width = fonts.measure(line, item.size, item.weight);
          const left = item.x - (item.anchor === 'end' ? width : item.anchor === 'middle' ? width / 2 : 0);
          expect(left, line).toBeGreaterThanOrEqual(-0.01);
          expect(left + width, line).toBeLessThanOrEqual(rtl.width + 0.01);
        }
      }
      // The address is typed as written: never a right-to-left item.
      expect(all.filter((item) => item.lines.join('') === SHORT_URL).every((item) => item.direction === undefined)).toBe(true);
    });
  }
  it('leaves a left-to-right language as drawn', () => {
    expect(drawn('affiche-a4', 'fr').direction).toBeUndefined();
  });
});

/** The page's text showing operators: each `Tm` position (points) and the glyph ids of its `Tj`. */
function shown(page: PDFPage): { x: number; glyphs: number[] }[] {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  const text = streams.map((stream) => new TextDecoder('latin1').decode(unzlibSync((stream as PDFRawStream).getContents()))).join('\n');
  return [...text.matchAll(/1 0 0 1 (-?[\d.]+) -?[\d.]+ Tm\n<([0-9A-F]*)> Tj/g)].map((match) => ({
    x: Number(match[1]),
    glyphs: (match[2]?.match(/.{4}/g) ?? []).map((hex) => parseInt(hex, 16)),
  }));
}

/**
 * The ids the font subset gives `runs` (fontkit glyph ids, in drawing order): pdf-lib numbers a
 * subset's glyphs from 1 in the order they are first drawn.
 */
function subsetIds(runs: number[][]): number[][] {
  const numbers = new Map<number, number>();
  return runs.map((run) => run.map((id) => numbers.get(id) ?? numbers.set(id, numbers.size + 1).get(id) ?? 0));
}

async function pdfOf(line: string): Promise<PDFPage> {
  const fonts = kitFonts();
  const item: Item = { kind: 'text', x: 190, y: 20, lines: [line], size: 8, lineHeight: 10, weight: 'bold', fill: '#000000', anchor: 'end', direction: 'rtl' };
  const bytes = await toPdf({ width: 200, height: 30, unit: 'mm', alt: line, items: [item] }, { title: line, language: 'ar', fonts, rasterize: rasterizeNode });
  return (await PDFDocument.load(bytes)).getPage(0);
}

describe('a right-to-left line in the PDF', () => {
  const face = fontkit.create(kitFonts().files.bold);
  const shaped = (text: string) => face.layout(text).glyphs.map((glyph) => glyph.id);
  const isolated = (character: string) => face.glyphForCodePoint(character.codePointAt(0) ?? 0).id;

  it('draws Arabic as fontkit shapes it: joined forms, right to left', async () => {
    const runs = shown(await pdfOf(OPEN));
    const expected = shaped(OPEN);
    expect(runs.map((run) => run.glyphs)).toEqual(subsetIds([expected]));
    // « رأيك »: the yeh joins on both sides (medial form), the kaf ends the word after it (final form): neither isolated.
    expect(expected).not.toContain(isolated('ي'));
    expect(expected).not.toContain(isolated('ك'));
    expect(expected).toContain(isolated('ر'));
  });

  it('puts the address of a mixed line at the left of the Arabic, the line ending at its anchor', async () => {
    const runs = shown(await pdfOf(MIXED));
    const expected = [shaped('barometre.fr/b/x'), shaped('رأيك يهمنا! أجب: ')];
    expect(runs.map((run) => run.glyphs)).toEqual(subsetIds(expected));
    // « يهمنا »: the heh and the meem in their medial forms.
    expect(expected[1]).not.toContain(isolated('ه'));
    expect(expected[1]).not.toContain(isolated('م'));
    const [first, second] = runs;
    expect(first?.x).toBeLessThan(second?.x ?? 0);
    const points = (mm: number) => (mm * 72) / 25.4;
    const width = kitFonts().measure(MIXED, points(8), 'bold');
    expect((first?.x ?? 0) + width).toBeCloseTo(points(190), 1);
  });
});

type Picture = ReturnType<typeof decodePng>;

describe('a right-to-left line in the PNG', () => {
  const png = async (items: Item[]) =>
    decodePng(
      await rasterizeNode(
        toSvg({ width: 600, height: 60, unit: 'px', alt: '', items: [{ kind: 'rect', x: 0, y: 0, width: 600, height: 60, fill: '#ffffff' }, ...items] }),
        600,
      ),
    );
  const line = (x: number, text: string, anchor: 'start' | 'end', direction?: 'rtl'): Item => ({
    kind: 'text',
    x,
    y: 40,
    lines: [text],
    size: 24,
    lineHeight: 30,
    weight: 'regular',
    fill: '#000000',
    anchor,
    ...(direction ? { direction } : {}),
  });
  const inkColumns = (image: Picture) => {
    const columns: number[] = [];
    for (let x = 0; x < image.width; x += 1)
      for (let y = 0; y < image.height; y += 1)
        if ((image.rgba[(y * image.width + x) * 4] ?? 255) < 128) {
          columns.push(x);
          break;
        }
    return columns;
  };

  it('ends at the right margin, as wide as measured, its address drawn at the left as the address alone', async () => {
    const image = await png([line(580, MIXED, 'end', 'rtl')]);
    const columns = inkColumns(image);
    const width = kitFonts().measure(MIXED, 24, 'regular');
    expect(Math.max(...columns)).toBeGreaterThan(574);
    expect(Math.max(...columns)).toBeLessThanOrEqual(580);
    expect(Math.abs(Math.min(...columns) - (580 - width))).toBeLessThan(4);
    // The address alone, started where the line starts, draws the same pixels over its own width.
    const address = await png([line(580 - width, 'barometre.fr/b/x', 'start')]);
    const urlWidth = Math.floor(kitFonts().measure('barometre.fr/b/x', 24, 'regular'));
    const crop = (picture: Picture) => {
      const out = new Uint8ClampedArray(urlWidth * picture.height * 4);
      for (let y = 0; y < picture.height; y += 1)
        out.set(
          picture.rgba.subarray((y * picture.width + Math.round(580 - width)) * 4, (y * picture.width + Math.round(580 - width) + urlWidth) * 4),
          y * urlWidth * 4,
        );
      return out;
    };
    expect(pixelmatch(crop(image), crop(address), undefined, urlWidth, image.height, { threshold: 0.1 })).toBeLessThan(20);
  });
});
