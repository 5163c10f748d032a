import { describe, expect, it } from 'vitest';
import { KIT_ASSETS } from '../../../survey/sources.js';
import { BASE_URL, BESANCON, kitFonts, longestCommunes, textLines, type Box } from '../../test/kit-fixtures.js';
import { contrastRatio, MIN_CONTRAST } from '../brand.js';
import type { Drawing, Item } from '../drawing.js';
import { CRITERIA } from '../../../survey/questionnaire.js';
import { kitTranslator } from '../i18n.js';
import { drawKit } from '../kit.js';
import { shortUrlOf } from '../urls.js';
import { showsAddress } from './card.js';
import { MIN_SCREEN_TEXT, STORY_SAFE_ZONE } from './card.js';

const textBoxes = textLines;

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
        const sides = drawKit({ territory, color, language, baseUrl: BASE_URL }, kitFonts()).flatMap((built) => [
          { built, drawing: built.drawing, where: `${built.asset.id} (${language})` },
          ...(built.drawing.back ? [{ built, drawing: { ...built.drawing, items: built.drawing.back }, where: `${built.asset.id} back (${language})` }] : []),
        ]);
        for (const { drawing, where } of sides) {
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

  it('keeps text and the QR code inside a 5 mm safe margin of the trim, and runs the colour bands 3 mm into the bleed', () => {
    const SAFE = 5;
    for (const { territory, color } of CASES.slice(0, 3)) {
      for (const built of drawKit({ territory, color, language: 'fr', baseUrl: BASE_URL }, kitFonts())) {
        if (built.asset.unit !== 'mm') continue;
        const { drawing } = built;
        expect(drawing.bleed, built.asset.id).toBe(3);
        for (const side of [drawing.items, drawing.back ?? []]) {
          const sideDrawing = { ...drawing, items: side };
          for (const { item, box } of textBoxes(sideDrawing)) {
            const line = `${built.asset.id}: « ${item.lines.join(' / ')} »`;
            expect(Math.min(box.left, box.top, drawing.width - box.right, drawing.height - box.bottom), line).toBeGreaterThanOrEqual(SAFE);
          }
          for (const item of side) {
            if (item.kind === 'qr')
              expect(Math.min(item.x, item.y, drawing.width - item.x - item.size, drawing.height - item.y - item.size)).toBeGreaterThanOrEqual(SAFE);
            if (item.kind !== 'rect') continue;
            // A rectangle reaching an edge of the trim goes exactly 3 mm past it, never less (a white line) nor more.
            const [left, top, right, bottom] = [item.x, item.y, item.x + item.width, item.y + item.height];
            for (const [inside, edge] of [
              [left, 0],
              [top, 0],
              [-right, -drawing.width],
              [-bottom, -drawing.height],
            ] as const) {
              if (inside <= edge + 0.01) expect(inside, `${built.asset.id} ${item.fill} band`).toBeCloseTo(edge - 3, 6);
            }
          }
        }
      }
    }
  });

  it('gives the A5 flyer a back saying what is asked, why, that it is anonymous and where the results are published', () => {
    for (const language of ['fr', 'en'] as const) {
      const flyer = drawKit({ territory: BESANCON, color: '#000091', language, baseUrl: BASE_URL }, kitFonts()).find((item) => item.asset.id === 'flyer-a5');
      const text = (flyer?.drawing.back ?? [])
        .flatMap((item) => (item.kind === 'text' ? item.lines : []))
        .join(' ')
        .replace(/- /g, '-');
      const t = kitTranslator(language);
      for (const key of ['asked', 'why', 'anonymous', 'results'] as const) expect(text).toContain(t(`flyer.${key}`));
      for (const criterion of CRITERIA) expect(text).toContain(t(`flyer.criteria.${criterion}`));
      expect(text).toContain('barometre.example.fr/tableau-de-bord/commune:25056');
      expect(text).toContain(shortUrlOf(BASE_URL, 'commune:25056', 'flyer-a5'));
      expect(text).toContain('Besançon');
    }
    // Only the flyer is two-sided.
    const built = drawKit({ territory: BESANCON, color: '#000091', language: 'fr', baseUrl: BASE_URL }, kitFonts());
    expect(built.filter((item) => item.drawing.back).map((item) => item.asset.id)).toEqual(['flyer-a5']);
  });

  it('draws every asset of the catalogue', () => {
    const built = drawKit({ territory: BESANCON, color: '#000091', language: 'fr', baseUrl: BASE_URL }, kitFonts());
    expect(built.map((item) => [item.asset.id, item.drawing.width, item.drawing.height])).toEqual(
      KIT_ASSETS.map((asset) => [asset.id, asset.width, asset.height]),
    );
  });

  it('draws screen assets for screens: no QR code, no text under 14 px, the story’s text inside the safe zone', () => {
    const screens = KIT_ASSETS.filter((asset) => asset.unit === 'px');
    expect(screens.map((asset) => asset.id).sort()).toEqual(
      [
        'banniere-160x600',
        'banniere-300x250',
        'banniere-320x100',
        'banniere-728x90',
        'signature-600x150',
        'social-1080x1080',
        'social-1200x630',
        'story-1080x1920',
      ].sort(),
    );
    expect(MIN_SCREEN_TEXT).toBe(14);
    // The short banners show a short address; only a long name's goes.
    for (const banner of KIT_ASSETS.filter((asset) => asset.id === 'banniere-320x100' || asset.id === 'banniere-728x90'))
      expect(showsAddress(banner, `barometre.example.fr/b/besancon/${banner.short}`, kitFonts()), banner.id).toBe(true);
    let stories = 0;
    for (const { territory, color } of CASES) {
      for (const language of ['fr', 'en'] as const) {
        for (const built of drawKit({ territory, color, language, baseUrl: BASE_URL }, kitFonts())) {
          if (built.asset.unit !== 'px') continue;
          const where = `${built.asset.id} (${territory.name}, ${language})`;
          expect(
            built.drawing.items.filter((item) => item.kind === 'qr'),
            `${where} has no QR code`,
          ).toEqual([]);
          const texts = built.drawing.items.filter((item) => item.kind === 'text');
          for (const item of texts) expect(item.size, `${where}: « ${item.lines.join(' / ')} »`).toBeGreaterThanOrEqual(14);
          // The address, whole, and a call to tap or click.
          const said = texts.map((item) => item.lines.join('')).join(' ');
          const typed = shortUrlOf(BASE_URL, territory.id, built.asset.id, language);
          // Whole or absent: a banner too narrow for the address unbroken at 14 px is a link through its HTML.
          if (!said.includes(typed)) expect(built.asset.formats, `${where} leaves its address out only as a link`).toContain('html');
          if (!built.asset.id.startsWith('banniere-') || (showsAddress(built.asset, typed, kitFonts()) && built.asset.id !== 'banniere-160x600'))
            expect(said, where).toContain(typed);
          expect(said, where).toMatch(/Touchez|Cliquez|Tap|Click/);
          if (built.asset.id === 'story-1080x1920') {
            stories += 1;
            for (const { item, box } of textBoxes(built.drawing)) {
              const line = `${where}: « ${item.lines.join(' / ')} »`;
              expect(box.top, line).toBeGreaterThanOrEqual(STORY_SAFE_ZONE.top);
              expect(box.bottom, line).toBeLessThanOrEqual(1920 - STORY_SAFE_ZONE.bottom);
              expect(box.left, line).toBeGreaterThanOrEqual(STORY_SAFE_ZONE.left);
              expect(box.right, line).toBeLessThanOrEqual(1080 - STORY_SAFE_ZONE.right);
            }
          }
        }
      }
    }
    expect(stories).toBe(CASES.length * 2);
    // The figures the story keeps clear: at least Meta's ~250 px at the top and ~340 px at the bottom of 1920.
    expect(STORY_SAFE_ZONE.top).toBeGreaterThanOrEqual(250);
    expect(STORY_SAFE_ZONE.bottom).toBeGreaterThanOrEqual(340);
  }, 60_000);

  it('fails a text under 14 px on a screen asset: the measure reads every text item', () => {
    const built = drawKit({ territory: BESANCON, color: '#000091', language: 'fr', baseUrl: BASE_URL }, kitFonts()).find(
      (item) => item.asset.id === 'banniere-728x90',
    );
    const texts = built?.drawing.items.filter((item) => item.kind === 'text') ?? [];
    expect(texts.length).toBeGreaterThanOrEqual(3);
    expect(Math.min(...texts.map((item) => item.size))).toBeGreaterThanOrEqual(MIN_SCREEN_TEXT);
  });
});
