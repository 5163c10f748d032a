/**
 * Screen assets in pixels: web banners, social images, the story, the e-mail signature. They carry
 * no QR code (nobody scans the phone in their hand): the short address in large type and a call to
 * tap or click, drawn as a button. Each asset has its own layout, a column of blocks fitted to a
 * box; no text is ever smaller than MIN_SCREEN_TEXT px at 1×, and the story keeps its text inside
 * the networks' safe zone (STORY_SAFE_ZONE). The background is the territory's colour.
 * @module
 */
import type { KitAsset } from '../../../survey/sources.js';
import type { Drawing, Item, Logo } from '../drawing.js';
import type { Fonts, Weight } from '../fonts.js';
import { logoSlot } from '../logo.js';
import { toSvg } from '../svg.js';
import { fitText, LINE_HEIGHT, type Breaks, type FittedText } from '../text-fit.js';
import type { TemplateData } from './layout-data.js';

/** No text on a screen asset is smaller than this, in px at 1× (kit/src/templates/templates.test.ts checks every item). */
export const MIN_SCREEN_TEXT = 14;

/**
 * Where a story's text may go, in px of its 1080 × 1920: Meta asks to keep about 14 % at the top
 * (profile, progress bar: 250–270 px) and 20 % at the bottom (reply field, link sticker: 340–384 px)
 * free of text; TikTok covers more at the bottom and its buttons run down the right edge. Taking the
 * larger figure of each keeps the text clear on both.
 */
export const STORY_SAFE_ZONE = { top: 270, bottom: 400, left: 120, right: 120 } as const;

interface Block {
  kind: 'text' | 'pill' | 'logo' | 'rule';
  text?: string;
  /** Largest size (text: font size; logo and rule: height), shrunk together when the column is too tall. */
  max: number;
  lines?: number;
  weight?: Weight;
  breaks?: Breaks;
  /** An address: shown whole or not at all (the asset stays a link through its HTML snippet). */
  optional?: boolean;
  /** Space above, as a fraction of the block's size. */
  gap?: number;
}

interface Placed {
  block: Block;
  lines: string[];
  size: number;
  weight: Weight;
  /** Top of the block in the column, its height and width. */
  top: number;
  height: number;
  width: number;
}

const PILL_PAD_X = 0.8;
const PILL_PAD_Y = 0.5;

/**
 * The blocks one under the other in `width`; all shrink together (text down to MIN_SCREEN_TEXT) until
 * they fit `height`. A word never breaks: one wider than the column at 14 px is set in regular
 * weight, then allowed `spread` px more on each side; an address that still does not fit whole is
 * left out. A logo's slot has its shape: `max` high at most, and three times that wide.
 */
function column(blocks: Block[], width: number, height: number, fonts: Fonts, logo?: Logo, spread = 0): { placed: Placed[]; height: number } {
  let last: { placed: Placed[]; height: number } = { placed: [], height: 0 };
  for (let scale = 1, attempt = 0; attempt < 40; scale *= 0.95, attempt += 1) {
    let y = 0;
    const placed = blocks.map((block, index): Placed => {
      let size: number;
      let lines: string[] = [];
      let blockHeight: number;
      let blockWidth: number;
      if (block.kind === 'text' || block.kind === 'pill') {
        const max = Math.max(MIN_SCREEN_TEXT, block.max * scale);
        const padX = block.kind === 'pill' ? max * PILL_PAD_X : 0;
        let weight = block.weight ?? 'regular';
        const fit = (boxWidth: number): FittedText =>
          fitText(
            {
              text: block.text ?? '',
              width: boxWidth - 2 * padX,
              maxSize: max,
              minSize: MIN_SCREEN_TEXT,
              maxLines: block.lines ?? 1,
              weight,
              breaks: block.breaks,
            },
            fonts,
          );
        let fitted = fit(width);
        if (!fitted.fits && weight === 'bold') {
          weight = 'regular';
          fitted = fit(width);
        }
        if (!fitted.fits && spread > 0) fitted = fit(width + 2 * spread);
        size = fitted.size;
        lines = fitted.fits || !block.optional ? fitted.lines : [];
        const padY = block.kind === 'pill' ? size * PILL_PAD_Y : 0;
        blockHeight = lines.length === 0 ? 0 : lines.length * size * LINE_HEIGHT + 2 * padY;
        blockWidth = lines.length === 0 ? 0 : Math.max(...lines.map((line) => fonts.measure(line, size, weight))) + 2 * padX;
        if (index > 0 && lines.length > 0) y += (block.gap ?? 0.4) * size;
        const top = y;
        y += blockHeight;
        return { block, lines, size, weight, top, height: blockHeight, width: blockWidth };
      } else if (block.kind === 'logo' && logo) {
        size = Math.max(24, block.max * scale);
        const slot = logoSlot(logo, Math.min(width, 3 * size), size);
        blockHeight = slot.height;
        blockWidth = slot.width;
      } else {
        size = Math.max(2, block.max * scale);
        blockHeight = Math.max(2, size * 0.12);
        blockWidth = size * 1.6;
      }
      if (index > 0) y += (block.gap ?? 0.4) * size;
      const top = y;
      y += blockHeight;
      return { block, lines, size, weight: 'regular', top, height: blockHeight, width: blockWidth };
    });
    last = { placed, height: y };
    // Fitted, or nothing left to shrink: every text at the floor.
    if (y <= height || blocks.every((block) => block.kind === 'logo' || block.kind === 'rule' || block.max * scale <= MIN_SCREEN_TEXT)) break;
  }
  return last;
}

/** The logo on its white tile, of its own shape, at most `maxWidth` × `maxHeight`; `right`: the tile's right edge at `x`. */
function logoItems(logo: Logo, x: number, y: number, maxWidth: number, maxHeight: number, right = false): { items: Item[]; width: number; height: number } {
  const slot = logoSlot(logo, maxWidth, maxHeight);
  const left = right ? x - slot.width : x;
  return {
    width: slot.width,
    height: slot.height,
    items: [
      { kind: 'rect', x: left, y, width: slot.width, height: slot.height, fill: '#ffffff', radius: Math.min(slot.width, slot.height) * 0.12 },
      { kind: 'image', x: left + slot.image.x, y: y + slot.image.y, width: slot.image.width, height: slot.image.height, logo },
    ],
  };
}

/**
 * Whether a screen asset shows the address to type. The two short banners show it only where it
 * holds one line at 14 px (a long name's slug does not): they are links (their HTML) either way.
 */
export function showsAddress(asset: KitAsset, shortUrl: string, fonts: Fonts): boolean {
  if (asset.id === 'banniere-320x100') return fonts.measure(shortUrl, 14, 'regular') <= asset.width - 12;
  if (asset.id === 'banniere-728x90') return fonts.measure(shortUrl, 14, 'bold') <= asset.width * 0.46;
  return true;
}

export function cardDrawing(data: TemplateData): Drawing {
  const { asset, palette, t, fonts } = data;
  const { width, height } = asset;
  const items: Item[] = [{ kind: 'rect', x: 0, y: 0, width, height, fill: palette.brand }];
  // Banners and the signature sit in pages and e-mails read with a mouse; the 320 × 100 banner is the mobile one.
  const touch = !asset.id.startsWith('banniere-') && !asset.id.startsWith('signature-');
  const action = touch || asset.id === 'banniere-320x100' ? t('screen.tap') : t('screen.click');
  const name = data.territory.name;
  const kicker = (max: number, gap?: number): Block => ({ kind: 'text', text: t('brand'), max, lines: 2, weight: 'bold', gap });
  const title = (max: number, lines: number, gap = 0.35): Block => ({ kind: 'text', text: name, max, lines, weight: 'bold', gap });
  const headline = (max: number, lines = 2, gap = 0.5): Block => ({ kind: 'text', text: t('headline'), max, lines, weight: 'bold', gap });
  const question = (max: number, lines = 3, gap = 0.5): Block => ({ kind: 'text', text: t('question'), max, lines, gap });
  const cta = (max: number, lines = 2, gap = 0.9): Block => ({ kind: 'pill', text: action, max, lines, weight: 'bold', gap });
  const address = (max: number, lines = 2, gap = 0.45, weight: Weight = 'bold'): Block => ({
    kind: 'text',
    text: data.shortUrl,
    max,
    lines,
    weight,
    gap,
    breaks: 'address',
    optional: true,
  });
  const promise = (max: number, gap = 0.8): Block => ({ kind: 'text', text: t('promise'), max, lines: 2, gap });
  const logo = (max: number): Block[] => (data.logo ? [{ kind: 'logo', max }] : []);
  const rule = (max: number): Block => ({ kind: 'rule', max, gap: 0.45 });

  /** Draws a column in the box, vertically centred, each block aligned by `anchor` at `x`. */
  const draw = (blocks: Block[], box: { x: number; y: number; width: number; height: number }, anchor: 'start' | 'middle', spread = 0): void => {
    const { placed, height: used } = column(blocks, box.width, box.height, fonts, data.logo, spread);
    const top = box.y + Math.max(0, (box.height - used) / 2);
    for (const { block, lines, size, weight, top: blockTop, height: blockHeight, width: blockWidth } of placed) {
      const y = top + blockTop;
      const left = anchor === 'middle' ? box.x + (box.width - blockWidth) / 2 : box.x;
      if (block.kind === 'logo' && data.logo) items.push(...logoItems(data.logo, left, y, blockWidth, blockHeight).items);
      else if ((block.kind === 'text' || block.kind === 'pill') && lines.length === 0) continue;
      else if (block.kind === 'rule')
        items.push({ kind: 'rect', x: left, y, width: blockWidth, height: blockHeight, fill: palette.onBrand, radius: blockHeight / 2 });
      else if (block.kind === 'pill') {
        items.push({ kind: 'rect', x: left, y, width: blockWidth, height: blockHeight, fill: palette.onBrand, radius: Math.min(blockHeight / 2, size * 1.1) });
        const lineHeight = size * LINE_HEIGHT;
        items.push({
          kind: 'text',
          x: left + blockWidth / 2,
          y: y + size * PILL_PAD_Y + size * 0.96,
          lines,
          size,
          lineHeight,
          weight,
          fill: palette.brand,
          anchor: 'middle',
        });
      } else if (block.kind === 'text') {
        items.push({
          kind: 'text',
          x: anchor === 'middle' ? box.x + box.width / 2 : box.x,
          y: y + size,
          lines,
          size,
          lineHeight: size * LINE_HEIGHT,
          weight,
          fill: palette.onBrand,
          anchor,
        });
      }
    }
  };

  switch (asset.id) {
    case 'story-1080x1920': {
      // Two soft discs in the corners the networks cover: colour where no text may go.
      const tint = mix(palette.brand, palette.onBrand, 0.14);
      items.push({ kind: 'rect', x: width - 330, y: -330, width: 600, height: 600, fill: tint, radius: 300 });
      items.push({ kind: 'rect', x: -380, y: height - 360, width: 760, height: 760, fill: tint, radius: 380 });
      const zone = STORY_SAFE_ZONE;
      draw(
        [...logo(170), kicker(44, 0.5), rule(60), title(112, 3), headline(84, 2, 0.55), question(50, 3), cta(54), address(46), promise(32)],
        { x: zone.left, y: zone.top, width: width - zone.left - zone.right, height: height - zone.top - zone.bottom },
        'middle',
      );
      break;
    }
    case 'social-1080x1080': {
      const pad = 90;
      draw(
        [...logo(130), kicker(38, 0.5), rule(52), title(96, 3), headline(70, 2), question(40, 2), cta(44), address(40), promise(28)],
        { x: pad, y: pad, width: width - 2 * pad, height: height - 2 * pad },
        'middle',
      );
      break;
    }
    case 'social-1200x630': {
      const pad = 64;
      const tile = data.logo ? logoItems(data.logo, width - pad, pad, 300, 170, true) : undefined;
      if (tile) items.push(...tile.items);
      const textWidth = width - 2 * pad - (tile ? tile.width + pad : 0);
      draw(
        [kicker(30, 0), rule(46), title(80, 2), headline(56, 1), cta(34, 1, 0.8), address(34, 1)],
        { x: pad, y: pad * 0.75, width: textWidth, height: height - 1.5 * pad },
        'start',
      );
      break;
    }
    case 'banniere-300x250': {
      const pad = 10;
      const blocks = [kicker(15, 0), title(28, 2, 0.25), headline(20, 1, 0.3), cta(17, 1, 0.6), address(15, 2, 0.4)];
      const start = items.length;
      draw(blocks, { x: pad, y: pad, width: width - 2 * pad, height: height - 2 * pad }, 'middle');
      if (data.logo) {
        // The logo in the corner, where the centred text leaves room; if it does not (a long name
        // and a wide logo), the text moves down under the logo.
        const tile = logoItems(data.logo, width - 8, 8, 72, 36, true);
        const tileLeft = width - 8 - tile.width;
        const bottom = 8 + tile.height + 2;
        const clash = items.slice(start).some(
          (item) =>
            item.kind === 'text' &&
            item.lines.some((line, index) => {
              const lineWidth = fonts.measure(line, item.size, item.weight);
              const left = item.anchor === 'middle' ? item.x - lineWidth / 2 : item.x;
              return item.y + index * item.lineHeight - item.size < bottom && left + lineWidth > tileLeft;
            }),
        );
        if (clash) {
          items.splice(start);
          draw(blocks, { x: pad, y: bottom + 2, width: width - 2 * pad, height: height - pad - bottom - 2 }, 'middle');
        }
        items.splice(1, 0, ...tile.items);
      }
      break;
    }
    case 'banniere-160x600': {
      const pad = 12;
      draw(
        [...logo(96), kicker(16, 0.5), rule(36), title(24, 5), headline(22, 3), question(15, 6), cta(16, 3), address(15, 3, 0.6)],
        { x: pad, y: pad, width: width - 2 * pad, height: height - 2 * pad },
        'middle',
        // « Niederschaeffolsheim » is 171 px wide in bold at 14 px, 149 in regular: it takes the margins rather than break.
        pad - 2,
      );
      break;
    }
    case 'banniere-320x100': {
      // The mobile banner: the name, the button and the address; a logo would leave the name no room.
      const pad = 6;
      const typed = showsAddress(asset, data.shortUrl, fonts) ? [address(14, 1, 0.3, 'regular')] : [];
      draw([title(19, 2, 0), cta(15, 1, 0.35), ...typed], { x: pad, y: pad, width: width - 2 * pad, height: height - 2 * pad }, 'middle');
      break;
    }
    case 'banniere-728x90': {
      // Logo, name and headline at the left; the button and the address at the right.
      const pad = 10;
      const typed = showsAddress(asset, data.shortUrl, fonts);
      const right = Math.min(
        width * 0.46,
        Math.max(fonts.measure(action, 17, 'bold') + 2 * 17 * PILL_PAD_X, typed ? fonts.measure(data.shortUrl, 15, 'bold') : 0),
      );
      draw([cta(17, 1, 0), ...(typed ? [address(15, 1, 0.3)] : [])], { x: width - pad - right, y: pad, width: right, height: height - 2 * pad }, 'middle');
      const tile = data.logo ? logoItems(data.logo, pad, pad, 160, height - 2 * pad) : undefined;
      if (tile) items.push(...tile.items);
      const left = pad + (tile ? tile.width + pad : 0);
      draw([title(24, 2, 0), headline(16, 1, 0.25)], { x: left, y: pad, width: width - left - right - 2 * pad, height: height - 2 * pad }, 'start');
      break;
    }
    default: {
      // The e-mail signature (600 × 150), and any other wide format: logo at the left, then the column.
      const pad = 12;
      const tile = data.logo ? logoItems(data.logo, pad, pad, 220, height - 2 * pad) : undefined;
      if (tile) items.push(...tile.items);
      const left = pad + (tile ? tile.width + pad * 1.5 : 0);
      draw([title(26, 2, 0), cta(17, 1, 0.5), address(16, 1, 0.45)], { x: left, y: pad, width: width - left - pad, height: height - 2 * pad }, 'start');
    }
  }
  return { width, height, unit: 'px', alt: t('screen.alt', { asset: asset.label[data.language], name, url: data.shortUrl }), items };
}

/** `a` moved `amount` of the way to `b` (both #rrggbb). */
function mix(a: string, b: string, amount: number): string {
  const channel = (color: string, index: number) => parseInt(color.slice(1 + 2 * index, 3 + 2 * index), 16);
  return `#${[0, 1, 2]
    .map((index) =>
      Math.round(channel(a, index) + (channel(b, index) - channel(a, index)) * amount)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

export const cardSvg = (data: TemplateData): string => toSvg(cardDrawing(data));
