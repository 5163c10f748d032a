/**
 * Posters and flyer (A4, A3, A5): one layout drawn in millimetres for A4 and scaled, since the
 * A sizes share one aspect ratio. A band in the territory's colour carries its name (and logo),
 * then the call to action, a QR code of at least 2 cm with its quiet zone, and the short URL.
 * @module
 */
import { contrastRatio, DARK_TEXT, MIN_CONTRAST } from '../brand.js';
import type { Drawing, Item } from '../drawing.js';
import { qrMatrix, QUIET_ZONE_MODULES } from '../qr.js';
import { toSvg } from '../svg.js';
import { stackText } from '../text-fit.js';
import type { TemplateData } from './layout-data.js';

const A4_WIDTH = 210;
const A4_HEIGHT = 297;
const MARGIN = 15;
const LOGO_BOX = 36;
const FOOTER = 22;
const QR_MAX = 84;

export function posterDrawing(data: TemplateData): Drawing {
  const { asset, palette, t, fonts } = data;
  const scale = asset.width / A4_WIDTH;
  const items: Item[] = [];

  // The band: kicker and name, beside the logo when there is one.
  const textX = data.logo ? MARGIN + LOGO_BOX + 8 : MARGIN;
  const band = stackText(
    [
      { text: t('brand'), maxSize: 6, minSize: 4, maxLines: 1, weight: 'bold' },
      { text: data.territory.name, maxSize: 15, minSize: 6, maxLines: 3, weight: 'bold', gapBefore: 0.35 },
    ],
    A4_WIDTH - textX - MARGIN,
    60,
    fonts,
  );
  const bandHeight = Math.max(80, MARGIN * 2 + band.height, data.logo ? MARGIN * 2 + LOGO_BOX : 0);
  items.push({ kind: 'rect', x: 0, y: 0, width: A4_WIDTH, height: bandHeight, fill: palette.brand });
  if (data.logo) {
    items.push({ kind: 'rect', x: MARGIN, y: MARGIN, width: LOGO_BOX, height: LOGO_BOX, fill: '#ffffff', radius: 3 });
    items.push({ kind: 'image', x: MARGIN + 3, y: MARGIN + 3, width: LOGO_BOX - 6, height: LOGO_BOX - 6, logo: data.logo });
  }
  const bandTop = (bandHeight - band.height) / 2;
  for (const block of band.blocks) {
    items.push({
      kind: 'text',
      x: textX,
      y: bandTop + block.top,
      lines: block.lines,
      size: block.size,
      lineHeight: block.lineHeight,
      weight: block.weight,
      fill: palette.onBrand,
      anchor: 'start',
    });
  }

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
    items.push({
      kind: 'text',
      x: A4_WIDTH / 2,
      y: bodyTop + block.top,
      lines: block.lines,
      size: block.size,
      lineHeight: block.lineHeight,
      weight: block.weight,
      fill: index === 0 ? accent : DARK_TEXT,
      anchor: 'middle',
    });
  });

  // The QR code takes what room is left above the URL and the footer.
  const url = stackText(
    [
      { text: t('scan'), maxSize: 5.5, minSize: 4, maxLines: 2, weight: 'regular' },
      { text: data.shortUrl, maxSize: 6.5, minSize: 3.5, maxLines: 2, weight: 'bold', gapBefore: 0.4 },
    ],
    A4_WIDTH - 2 * MARGIN,
    30,
    fonts,
  );
  const qrTop = bodyTop + body.height + 8;
  const qrSize = Math.min(QR_MAX, A4_HEIGHT - FOOTER - 8 - url.height - 6 - qrTop);
  const matrix = qrMatrix(data.surveyUrl, 'print');
  items.push({ kind: 'rect', x: (A4_WIDTH - qrSize) / 2 - 1.5, y: qrTop - 1.5, width: qrSize + 3, height: qrSize + 3, fill: accent, radius: 2 });
  items.push({ kind: 'qr', x: (A4_WIDTH - qrSize) / 2, y: qrTop, size: qrSize, matrix, quietZone: QUIET_ZONE_MODULES, url: data.surveyUrl });
  const urlTop = qrTop + qrSize + 6;
  for (const block of url.blocks) {
    items.push({
      kind: 'text',
      x: A4_WIDTH / 2,
      y: urlTop + block.top,
      lines: block.lines,
      size: block.size,
      lineHeight: block.lineHeight,
      weight: block.weight,
      fill: DARK_TEXT,
      anchor: 'middle',
    });
  }

  // The footer: the promise that makes people answer.
  items.push({ kind: 'rect', x: 0, y: A4_HEIGHT - FOOTER, width: A4_WIDTH, height: FOOTER, fill: palette.brand });
  const promise = stackText([{ text: t('promise'), maxSize: 5.5, minSize: 3.5, maxLines: 1, weight: 'regular' }], A4_WIDTH - 2 * MARGIN, FOOTER, fonts)
    .blocks[0];
  if (promise)
    items.push({
      kind: 'text',
      x: A4_WIDTH / 2,
      y: A4_HEIGHT - FOOTER / 2 + promise.size * 0.35,
      lines: promise.lines,
      size: promise.size,
      lineHeight: promise.lineHeight,
      weight: 'regular',
      fill: palette.onBrand,
      anchor: 'middle',
    });

  return {
    width: asset.width,
    height: asset.height,
    unit: 'mm',
    alt: t('alt', { asset: asset.label[data.language], name: data.territory.name, url: data.shortUrl }),
    items: items.map((item) => scaled(item, scale)),
  };
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
