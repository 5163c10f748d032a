/**
 * Screen assets in pixels: web banners, social images, the e-mail signature. Wide formats put the
 * text at the left and the QR code at the right; the others stack the text above the code. The
 * whole background is the territory's colour, the QR code sits on white with its quiet zone.
 * @module
 */
import type { Drawing, Item } from '../drawing.js';
import { qrMatrix, QUIET_ZONE_MODULES } from '../qr.js';
import { toSvg } from '../svg.js';
import { stackText, type StackBlock } from '../text-fit.js';
import type { TemplateData } from './layout-data.js';

/** Width / height from which the text goes beside the code rather than above it. */
const SIDE_BY_SIDE = 1.4;

export function cardDrawing(data: TemplateData): Drawing {
  const { asset, palette, t, fonts } = data;
  const { width, height } = asset;
  const pad = Math.round(Math.min(width, height) * 0.08);
  const items: Item[] = [{ kind: 'rect', x: 0, y: 0, width, height, fill: palette.brand }];
  const matrix = qrMatrix(data.surveyUrl, 'screen');
  const callToAction = `${t('openSurvey')} — ${t('action')}`;
  const text = (
    block: { top: number; lines: string[]; size: number; lineHeight: number; weight: 'regular' | 'bold' },
    x: number,
    y: number,
    anchor: 'start' | 'middle',
  ) =>
    items.push({
      kind: 'text',
      x,
      y: y + block.top,
      lines: block.lines,
      size: block.size,
      lineHeight: block.lineHeight,
      weight: block.weight,
      fill: palette.onBrand,
      anchor,
    });

  if (width / height >= SIDE_BY_SIDE) {
    const qrSize = Math.min(height - 2 * pad, width * 0.34);
    items.push({ kind: 'qr', x: width - pad - qrSize, y: pad, size: qrSize, matrix, quietZone: QUIET_ZONE_MODULES, url: data.surveyUrl });
    let left = pad;
    if (data.logo) {
      // The logo never takes more than a quarter of the text's width.
      const logoSize = Math.min(qrSize, (width - qrSize - 3 * pad) * 0.25);
      const logoTop = (height - logoSize) / 2;
      items.push({ kind: 'rect', x: pad, y: logoTop, width: logoSize, height: logoSize, fill: '#ffffff', radius: logoSize * 0.08 });
      items.push({ kind: 'image', x: pad + logoSize * 0.08, y: logoTop + logoSize * 0.08, width: logoSize * 0.84, height: logoSize * 0.84, logo: data.logo });
      left += logoSize + pad;
    }
    const room = height - 2 * pad;
    const blocks: StackBlock[] = [
      { text: data.territory.name, maxSize: room * 0.4, minSize: Math.max(8, room * 0.06), maxLines: 2, weight: 'bold' },
      { text: callToAction, maxSize: room * 0.24, minSize: Math.max(7, room * 0.05), maxLines: 2, weight: 'regular', gapBefore: 0.3 },
    ];
    if (height >= 120)
      blocks.splice(1, 0, { text: t('question'), maxSize: room * 0.1, minSize: Math.max(7, room * 0.04), maxLines: 3, weight: 'regular', gapBefore: 0.6 });
    if (height >= 120)
      blocks.push({ text: data.shortUrl, maxSize: room * 0.07, minSize: Math.max(7, room * 0.03), maxLines: 2, weight: 'bold', gapBefore: 0.6 });
    const stack = stackText(blocks, width - left - qrSize - 2 * pad, room, fonts);
    for (const block of stack.blocks) text(block, left, pad + (room - stack.height) / 2, 'start');
  } else {
    const qrSize = Math.min(width - 2 * pad, height * 0.38);
    const url = stackText(
      [{ text: data.shortUrl, maxSize: Math.min(width, height) * 0.035, minSize: 7, maxLines: 2, weight: 'bold' }],
      width - 2 * pad,
      height * 0.1,
      fonts,
    );
    const room = height - 3 * pad - qrSize - url.height - pad * 0.5;
    const logoSize = data.logo ? Math.min(room * 0.22, width * 0.25) : 0;
    if (data.logo) {
      items.push({ kind: 'rect', x: (width - logoSize) / 2, y: pad, width: logoSize, height: logoSize, fill: '#ffffff', radius: logoSize * 0.08 });
      items.push({
        kind: 'image',
        x: (width - logoSize) / 2 + logoSize * 0.08,
        y: pad + logoSize * 0.08,
        width: logoSize * 0.84,
        height: logoSize * 0.84,
        logo: data.logo,
      });
    }
    const textRoom = room - (logoSize ? logoSize + pad * 0.5 : 0);
    const unit = Math.min(width, height * 0.75);
    const stack = stackText(
      [
        { text: t('brand'), maxSize: unit * 0.045, minSize: 7, maxLines: 1, weight: 'bold' },
        { text: data.territory.name, maxSize: unit * 0.1, minSize: 8, maxLines: 3, weight: 'bold', gapBefore: 0.3 },
        { text: t('headline'), maxSize: unit * 0.085, minSize: 8, maxLines: 2, weight: 'bold', gapBefore: 0.5 },
        { text: t('question'), maxSize: unit * 0.05, minSize: 7, maxLines: 3, weight: 'regular', gapBefore: 0.4 },
      ],
      width - 2 * pad,
      textRoom,
      fonts,
    );
    const textTop = pad + (logoSize ? logoSize + pad * 0.5 : 0) + Math.max(0, (textRoom - stack.height) / 2);
    for (const block of stack.blocks) text(block, width / 2, textTop, 'middle');
    const qrTop = height - pad - url.height - pad * 0.5 - qrSize;
    items.push({ kind: 'qr', x: (width - qrSize) / 2, y: qrTop, size: qrSize, matrix, quietZone: QUIET_ZONE_MODULES, url: data.surveyUrl });
    for (const block of url.blocks) text(block, width / 2, qrTop + qrSize + pad * 0.5, 'middle');
  }
  return { width, height, unit: 'px', alt: t('alt', { asset: asset.label[data.language], name: data.territory.name, url: data.shortUrl }), items };
}

export const cardSvg = (data: TemplateData): string => toSvg(cardDrawing(data));
