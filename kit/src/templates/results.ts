/**
 * The results given back to citizens: an A4 poster (with a QR code to keep answering) and a
 * 1080 × 1080 image for social networks (the short address, no QR code: nobody scans the phone that
 * shows it). Both lead with « Vous nous avez donné 8,7/10 — merci ! », then the number of answers,
 * the period, the share of satisfied users and the best-rated criterion.
 * @module
 */
import { contrastRatio, DARK_TEXT, MIN_CONTRAST } from '../brand.js';
import type { Drawing, Item } from '../drawing.js';
import { qrMatrix, QUIET_ZONE_MODULES } from '../qr.js';
import { resultsWords, type ResultsFigures } from '../results-figures.js';
import { stackText, textItemOf, type StackBlock } from '../text-fit.js';
import type { TemplateData } from './layout-data.js';
import { BLEED_MM } from './poster.js';

/** Blocks stacked and centred at `x` from `top`: the items, and the height they take. */
function centred(
  blocks: StackBlock[],
  x: number,
  top: number,
  width: number,
  height: number,
  fills: string[],
  data: TemplateData,
): { items: Item[]; height: number } {
  const stack = stackText(blocks, width, height, data.fonts);
  const items = stack.blocks.map((block, index): Item => textItemOf(block, { x, top, fill: fills[index] ?? DARK_TEXT, anchor: 'middle' }));
  return { items, height: stack.height };
}

const accentOf = (data: TemplateData) => (contrastRatio(data.palette.brand, '#ffffff') >= MIN_CONTRAST ? data.palette.brand : DARK_TEXT);

function altOf(figures: ResultsFigures, data: TemplateData): string {
  const words = resultsWords(figures, data.language);
  const intro = data.t('results.alt', { asset: data.asset.label[data.language], name: data.territory.name, headline: words.headline });
  return `${intro} ${words.detail}.${words.best ? ` ${words.best}.` : ''} ${words.again} ${data.shortUrl}`;
}

/** The band in the territory's colour: the barometer's name over the territory's. */
function band(data: TemplateData, width: number, height: number, kicker: number, name: number, bleed = 0): Item[] {
  const { items } = centred(
    [
      { text: data.t('results.kicker'), maxSize: kicker, minSize: kicker * 0.7, maxLines: 1, weight: 'bold' },
      { text: data.territory.name, maxSize: name, minSize: name * 0.4, maxLines: 2, weight: 'bold', gapBefore: 0.35 },
    ],
    width / 2,
    height * 0.22,
    width * 0.86,
    height * 0.7,
    [data.palette.onBrand, data.palette.onBrand],
    data,
  );
  // On paper the band runs `bleed` past the top and the sides, for the printer to trim.
  return [{ kind: 'rect', x: -bleed, y: -bleed, width: width + 2 * bleed, height: height + bleed, fill: data.palette.brand }, ...items];
}

type Sizes = [max: number, min: number];

/** The figures, one block each: the headline, the answers and period, the best-rated criterion when there is one. */
function figureBlocks(words: ReturnType<typeof resultsWords>, headline: Sizes, detail: Sizes, best: Sizes): StackBlock[] {
  return [
    { text: words.headline, maxSize: headline[0], minSize: headline[1], maxLines: 3, weight: 'bold' },
    { text: words.detail, maxSize: detail[0], minSize: detail[1], maxLines: 3, weight: 'regular', gapBefore: 0.9 },
    ...(words.best ? [{ text: words.best, maxSize: best[0], minSize: best[1], maxLines: 3, weight: 'regular' as const, gapBefore: 0.7 }] : []),
  ];
}

export function resultsPosterDrawing(figures: ResultsFigures, data: TemplateData): Drawing {
  const [width, height] = [210, 297];
  const words = resultsWords(figures, data.language);
  const accent = accentOf(data);
  const items: Item[] = [
    { kind: 'rect', x: -BLEED_MM, y: -BLEED_MM, width: width + 2 * BLEED_MM, height: height + 2 * BLEED_MM, fill: '#ffffff' },
    ...band(data, width, 62, 6, 14, BLEED_MM),
  ];
  const body = centred(figureBlocks(words, [17, 9], [7, 4.5], [6.5, 4.5]), width / 2, 78, width - 30, 95, [accent, DARK_TEXT, DARK_TEXT], data);
  items.push(...body.items);
  // Keep answering: the QR code and the address to type, under a rule.
  const ruleTop = 78 + body.height + 10;
  items.push({ kind: 'rect', x: width / 2 - 20, y: ruleTop, width: 40, height: 0.8, fill: accent });
  const again = centred(
    [{ text: words.again, maxSize: 6, minSize: 4, maxLines: 2, weight: 'bold' }],
    width / 2,
    ruleTop + 6,
    width - 30,
    20,
    [DARK_TEXT],
    data,
  );
  items.push(...again.items);
  const qrTop = ruleTop + 6 + again.height + 5;
  const url = centred(
    [{ text: data.shortUrl, maxSize: 6, minSize: 3.5, maxLines: 2, weight: 'bold', breaks: 'address', hardMinSize: 2.5 }],
    width / 2,
    0,
    width - 30,
    20,
    [DARK_TEXT],
    data,
  );
  const qrSize = Math.max(30, Math.min(60, height - 15 - url.height - 6 - qrTop));
  items.push({ kind: 'rect', x: (width - qrSize) / 2 - 1.5, y: qrTop - 1.5, width: qrSize + 3, height: qrSize + 3, fill: accent, radius: 2 });
  items.push({
    kind: 'qr',
    x: (width - qrSize) / 2,
    y: qrTop,
    size: qrSize,
    matrix: qrMatrix(data.surveyUrl, 'print'),
    quietZone: QUIET_ZONE_MODULES,
    url: data.surveyUrl,
  });
  items.push(...url.items.map((item) => (item.kind === 'text' ? { ...item, y: item.y + qrTop + qrSize + 6 } : item)));
  return { width, height, unit: 'mm', bleed: BLEED_MM, alt: altOf(figures, data), items };
}

export function resultsSocialDrawing(figures: ResultsFigures, data: TemplateData): Drawing {
  const size = 1080;
  const words = resultsWords(figures, data.language);
  const accent = accentOf(data);
  const items: Item[] = [{ kind: 'rect', x: 0, y: 0, width: size, height: size, fill: '#ffffff' }, ...band(data, size, 260, 34, 72)];
  const body = centred(figureBlocks(words, [92, 48], [38, 28], [34, 26]), size / 2, 320, size - 140, 500, [accent, DARK_TEXT, DARK_TEXT], data);
  items.push(...body.items);
  // The foot: the address to tap or type, in the territory's colour.
  items.push({ kind: 'rect', x: 0, y: size - 170, width: size, height: 170, fill: data.palette.brand });
  const foot = centred(
    [
      { text: words.again, maxSize: 34, minSize: 26, maxLines: 1, weight: 'regular' },
      { text: data.shortUrl, maxSize: 46, minSize: 28, maxLines: 2, weight: 'bold', gapBefore: 0.4, breaks: 'address' },
    ],
    size / 2,
    size - 150,
    size - 120,
    140,
    [data.palette.onBrand, data.palette.onBrand],
    data,
  );
  items.push(...foot.items);
  return { width: size, height: size, unit: 'px', alt: altOf(figures, data), items };
}
