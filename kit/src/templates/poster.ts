/**
 * Posters and flyer (A4, A3, A5): one layout drawn in millimetres for A4 and scaled, since the
 * A sizes share one aspect ratio. A band in the territory's colour carries its name (and logo),
 * then the call to action, a QR code of at least 2 cm with its quiet zone, and the short URL.
 * The colour bands run 3 mm past the trim (the bleed); text and the QR code keep to the margins.
 * The A5 flyer has a back: what is asked, why, anonymity and where the results are published.
 * @module
 */
import { contrastRatio, DARK_TEXT, MIN_CONTRAST } from '../brand.js';
import type { Drawing, Item } from '../drawing.js';
import { logoSlot } from '../logo.js';
import { qrMatrix, QUIET_ZONE_MODULES } from '../qr.js';
import { toSvg } from '../svg.js';
import { stackText, textItemOf } from '../text-fit.js';
import type { TemplateData } from './layout-data.js';

const A4_WIDTH = 210;
const MARGIN = 15;
/** The logo's tile: this high at most, and twice as wide for a wide logo (its shape, see logoSlot). */
const LOGO_BOX = 36;
const LOGO_MAX_WIDTH = 72;
const FOOTER = 22;
const QR_MAX = 84;
/** Bleed of every print asset, in mm of the finished size. */
export const BLEED_MM = 3;
/** The assets printed on both sides. */
const TWO_SIDED = new Set(['flyer-a5']);

export function posterDrawing(data: TemplateData): Drawing {
  const { asset, palette, t, fonts } = data;
  const scale = asset.width / A4_WIDTH;
  // In the A4 layout's units: 3 mm once scaled.
  const bleed = BLEED_MM / scale;
  // A3 and A5 are A4 scaled to within a millimetre: the bottom band sits on the page's own bottom.
  const height = asset.height / scale;
  const items: Item[] = [];

  // The band: kicker and name, beside the logo when there is one.
  const slot = data.logo ? logoSlot(data.logo, LOGO_MAX_WIDTH, LOGO_BOX) : undefined;
  const textX = slot ? MARGIN + slot.width + 8 : MARGIN;
  const band = stackText(
    [
      { text: t('brand'), maxSize: 6, minSize: 4, maxLines: 1, weight: 'bold' },
      { text: data.territory.name, maxSize: 15, minSize: 6, maxLines: 3, weight: 'bold', gapBefore: 0.35, hardMinSize: 4 },
    ],
    A4_WIDTH - textX - MARGIN,
    60,
    fonts,
  );
  const bandHeight = Math.max(80, MARGIN * 2 + band.height, slot ? MARGIN * 2 + slot.height : 0);
  items.push({ kind: 'rect', x: -bleed, y: -bleed, width: A4_WIDTH + 2 * bleed, height: bandHeight + bleed, fill: palette.brand });
  if (data.logo && slot) {
    items.push({ kind: 'rect', x: MARGIN, y: MARGIN, width: slot.width, height: slot.height, fill: '#ffffff', radius: 3 });
    items.push({ kind: 'image', x: MARGIN + slot.image.x, y: MARGIN + slot.image.y, width: slot.image.width, height: slot.image.height, logo: data.logo });
  }
  const bandTop = (bandHeight - band.height) / 2;
  for (const block of band.blocks) items.push(textItemOf(block, { x: textX, top: bandTop, fill: palette.onBrand, anchor: 'start' }));

  // The call to action, in the brand colour when it reads on white.
  const accent = contrastRatio(palette.brand, '#ffffff') >= MIN_CONTRAST ? palette.brand : DARK_TEXT;
  const body = stackText(
    [
      { text: t('headline'), maxSize: 16, minSize: 9, maxLines: 2, weight: 'bold' },
      { text: t('question'), maxSize: 8, minSize: 5, maxLines: 3, weight: 'regular', gapBefore: 0.6 },
    ],
    A4_WIDTH - 2 * MARGIN,
    60,
    fonts,
  );
  const bodyTop = bandHeight + 14;
  body.blocks.forEach((block, index) => {
    items.push(textItemOf(block, { x: A4_WIDTH / 2, top: bodyTop, fill: index === 0 ? accent : DARK_TEXT, anchor: 'middle' }));
  });

  // The QR code takes what room is left above the URL and the footer.
  const url = stackText(
    [
      { text: t('scan'), maxSize: 5.5, minSize: 4, maxLines: 2, weight: 'regular' },
      // Print: an address too long for the line shrinks rather than break inside its host.
      { text: data.shortUrl, maxSize: 6.5, minSize: 3.5, maxLines: 2, weight: 'bold', gapBefore: 0.4, breaks: 'address', hardMinSize: 2.5 },
    ],
    A4_WIDTH - 2 * MARGIN,
    30,
    fonts,
  );
  const qrTop = bodyTop + body.height + 8;
  const qrSize = Math.min(QR_MAX, height - FOOTER - 8 - url.height - 6 - qrTop);
  const matrix = qrMatrix(data.surveyUrl, 'print');
  items.push({ kind: 'rect', x: (A4_WIDTH - qrSize) / 2 - 1.5, y: qrTop - 1.5, width: qrSize + 3, height: qrSize + 3, fill: accent, radius: 2 });
  items.push({ kind: 'qr', x: (A4_WIDTH - qrSize) / 2, y: qrTop, size: qrSize, matrix, quietZone: QUIET_ZONE_MODULES, url: data.surveyUrl });
  const urlTop = qrTop + qrSize + 6;
  for (const block of url.blocks) items.push(textItemOf(block, { x: A4_WIDTH / 2, top: urlTop, fill: DARK_TEXT, anchor: 'middle' }));

  // The footer: the promise that makes people answer.
  items.push(...footer(data, t('promise'), bleed, height));

  return {
    width: asset.width,
    height: asset.height,
    unit: 'mm',
    alt: t('alt', { asset: asset.label[data.language], name: data.territory.name, url: data.shortUrl }),
    items: items.map((item) => scaled(item, scale)),
    bleed: BLEED_MM,
    ...(TWO_SIDED.has(asset.id) ? { back: flyerBack(data, accent, bleed, height).map((item) => scaled(item, scale)) } : {}),
  };
}

/** The bottom band, into the bleed, with one line of text. */
function footer(data: TemplateData, text: string, bleed: number, height: number): Item[] {
  const items: Item[] = [{ kind: 'rect', x: -bleed, y: height - FOOTER, width: A4_WIDTH + 2 * bleed, height: FOOTER + bleed, fill: data.palette.brand }];
  const line = stackText([{ text, maxSize: 5.5, minSize: 3.5, maxLines: 1, weight: 'regular' }], A4_WIDTH - 2 * MARGIN, FOOTER, data.fonts).blocks[0];
  if (line)
    items.push({
      kind: 'text',
      x: A4_WIDTH / 2,
      y: height - FOOTER / 2 + line.size * 0.35,
      lines: line.lines,
      size: line.size,
      lineHeight: line.lineHeight,
      weight: 'regular',
      fill: data.palette.onBrand,
      anchor: 'middle',
    });
  return items;
}

const BACK_BAND = 46;
const CRITERIA = ['accessibilite', 'accueil', 'attente', 'efficacite', 'en-ligne'] as const;

/** The flyer's back, in the A4 layout's units: what is asked, why, anonymity, the results' address. */
function flyerBack(data: TemplateData, accent: string, bleed: number, height: number): Item[] {
  const { palette, t, fonts } = data;
  const name = data.territory.name;
  const items: Item[] = [{ kind: 'rect', x: -bleed, y: -bleed, width: A4_WIDTH + 2 * bleed, height: BACK_BAND + bleed, fill: palette.brand }];
  const band = stackText(
    [
      { text: t('brand'), maxSize: 6, minSize: 4, maxLines: 1, weight: 'bold' },
      { text: name, maxSize: 11, minSize: 5, maxLines: 2, weight: 'bold', gapBefore: 0.35, hardMinSize: 4 },
    ],
    A4_WIDTH - 2 * MARGIN,
    BACK_BAND - 2 * 10,
    fonts,
  );
  const bandTop = (BACK_BAND - band.height) / 2;
  for (const block of band.blocks) items.push(textItemOf(block, { x: MARGIN, top: bandTop, fill: palette.onBrand, anchor: 'start', weight: 'bold' }));

  const heading = (text: string) => ({ text, maxSize: 9.5, minSize: 5, maxLines: 2, weight: 'bold' as const, gapBefore: 1.3, fill: accent });
  const paragraph = (text: string, gapBefore = 0.5) => ({
    text,
    maxSize: 7.4,
    minSize: 4.2,
    maxLines: 5,
    weight: 'regular' as const,
    gapBefore,
    fill: DARK_TEXT,
  });
  const blocks = [
    { ...heading(t('flyer.asked')), gapBefore: 0 },
    paragraph(t('flyer.overall')),
    paragraph(t('flyer.criteriaIntro')),
    ...CRITERIA.map((criterion) => paragraph(`•\u00a0${t(`flyer.criteria.${criterion}`)}`, 0.3)),
    heading(t('flyer.why')),
    paragraph(t('flyer.whyText', { name })),
    heading(t('flyer.anonymous')),
    paragraph(t('flyer.anonymousText')),
    heading(t('flyer.results')),
    paragraph(t('flyer.resultsText')),
    {
      text: data.dashboardUrl,
      maxSize: 7.4,
      minSize: 3.5,
      maxLines: 2,
      weight: 'bold' as const,
      gapBefore: 0.4,
      fill: DARK_TEXT,
      breaks: 'address' as const,
      hardMinSize: 2.5,
    },
  ];
  const top = BACK_BAND + 14;
  const body = stackText(blocks, A4_WIDTH - 2 * MARGIN, height - FOOTER - 12 - top, fonts);
  body.blocks.forEach((block, index) => {
    items.push(textItemOf(block, { x: MARGIN, top, fill: blocks[index]?.fill ?? DARK_TEXT, anchor: 'start' }));
  });
  items.push(...footer(data, t('flyer.answer', { url: data.shortUrl }), bleed, height));
  return items;
}

function scaled(item: Item, scale: number): Item {
  if (scale === 1) return item;
  const base = { ...item, x: item.x * scale, y: item.y * scale };
  switch (base.kind) {
    case 'rect':
      return { ...base, width: base.width * scale, height: base.height * scale, ...(base.radius ? { radius: base.radius * scale } : {}) };
    case 'text':
      return { ...base, size: base.size * scale, lineHeight: base.lineHeight * scale };
    case 'qr':
      return { ...base, size: base.size * scale };
    case 'image':
      return { ...base, width: base.width * scale, height: base.height * scale };
  }
}

export const posterSvg = (data: TemplateData): string => toSvg(posterDrawing(data));
