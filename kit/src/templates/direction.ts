/**
 * A drawing for a right-to-left language (Arabic): the layout mirrored, as its reader expects.
 * What sat at the left (the logo, the name beside it, a banner's title column) goes to the right
 * and the other way round; left-aligned text becomes right-aligned; centred text stays centred.
 * Text holding Arabic is laid out right to left (`direction: 'rtl'`); text without any (an
 * address, a territory's name) stays left to right inside, only its alignment mirrored. Pictures
 * are moved, never flipped: a logo or a QR code reads the same in every language.
 * @module
 */
import { directionOf, type SurveyLanguage } from '../../../survey/languages.js';
import { hasRtl } from '../bidi.js';
import type { Drawing, Item } from '../drawing.js';

const FLIPPED = { start: 'end', middle: 'middle', end: 'start' } as const;

function mirrorItem(item: Item, width: number): Item {
  switch (item.kind) {
    case 'text':
      return {
        ...item,
        x: width - item.x,
        anchor: FLIPPED[item.anchor],
        ...(item.lines.some(hasRtl) ? { direction: 'rtl' as const } : {}),
      };
    case 'qr':
      return { ...item, x: width - item.x - item.size };
    case 'rect':
    case 'image':
      return { ...item, x: width - item.x - item.width };
  }
}

/** The drawing as drawn for `language`: itself left to right, mirrored right to left. */
export function inDirectionOf(drawing: Drawing, language: SurveyLanguage): Drawing {
  if (directionOf(language) === 'ltr') return drawing;
  const mirror = (items: Item[]) => items.map((item) => mirrorItem(item, drawing.width));
  return { ...drawing, direction: 'rtl', items: mirror(drawing.items), ...(drawing.back ? { back: mirror(drawing.back) } : {}) };
}
