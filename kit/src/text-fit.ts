/**
 * Fits a text into a box: the largest size, down to a floor, at which it wraps into at most
 * `maxLines` lines no wider than the box. Prose and names break at spaces, after hyphens
 * (« Saint-Rémy- / en-Bouzemont ») and after slashes; an address only in its path, after a slash
 * or a hyphen, never inside its host nor at a dot. A word is never cut between letters: at the floor the text takes
 * more lines, and a word still wider than the box either shrinks below the floor down to
 * `hardMinSize` (print: a smaller word beats a broken one) or is reported (`fits: false`) for the
 * template to decide (a screen asset drops an address it cannot show whole, see card.ts).
 * @module
 */
import type { Item } from './drawing.js';
import type { Fonts, Weight } from './fonts.js';

export interface FitRequest {
  text: string;
  width: number;
  maxSize: number;
  minSize: number;
  maxLines: number;
  weight: Weight;
  /** Where lines may break: `prose` (names too: spaces, after hyphens and slashes) or `address` (never in its host, see `tokens`). */
  breaks?: Breaks;
  /**
   * How far below `minSize` a word wider than the box may shrink so as not to be cut (print
   * assets); `minSize` when absent (screen assets: nothing under their floor).
   */
  hardMinSize?: number;
}

export type Breaks = 'prose' | 'address';

export interface FittedText {
  lines: string[];
  size: number;
  /** Every line within the width (false: a word wider than the box even at the smallest size allowed). */
  fits: boolean;
}

/**
 * Break opportunities: after a space (dropped), after a hyphen or a slash (kept: URLs break at
 * their path); an address only in its path (after the host's slash), after a slash or a hyphen. Never at a dot (« barometre. / example.fr » read as
 * two addresses). `glued`: the token continues the previous one's word, no space between them.
 * No-break spaces (U+00A0, U+202F: « 2 000 », « avis ? ») hold their neighbours together, and so,
 * whatever the language, does a plain space (or none) before « ? ! : ; » or a closing « » »: a
 * line never starts with one of them (English « Why ? », a French text typed with plain spaces).
 * An opening « « » likewise stays with the word after it.
 */
function tokens(text: string, breaks: Breaks): { text: string; glued: boolean }[] {
  const pieces = text
    .split(/[ \t\n\r]+/)
    .filter((word) => word.length > 0)
    .flatMap((word) =>
      word
        // An address: its host whole, its path after a slash or a hyphen (the name's own words).
        .split(breaks === 'address' ? /(?<=^[^/]*\/.*[-/])(?=.)/ : /(?<=[-/])/)
        .filter((piece) => piece.length > 0)
        .map((piece, index) => ({ text: piece, glued: index > 0 })),
    );
  const held: { text: string; glued: boolean }[] = [];
  for (const piece of pieces) {
    const previous = held[held.length - 1];
    if (previous !== undefined && (TRAILING_MARK.test(piece.text) || /^«$/u.test(previous.text.split(' ').pop() ?? '')))
      previous.text += piece.glued ? piece.text : ` ${piece.text}`;
    else held.push({ ...piece });
  }
  return held;
}

/** Marks that close what comes before them: never at a line's start. */
const TRAILING_MARK = /^[?!:;»\u203a)\]}…,.]/u;

/** Greedy wrapping at the break opportunities; a token wider than `width` stays whole on its own line. */
function wrap(text: string, width: number, size: number, weight: Weight, fonts: Fonts, breaks: Breaks): string[] {
  const lines: string[] = [];
  let line = '';
  for (const { text: token, glued } of tokens(text, breaks)) {
    const joined = line === '' ? token : glued || /[-/]$/.test(line) ? line + token : `${line} ${token}`;
    if (fonts.measure(joined, size, weight) <= width) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    line = token;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function fitText(request: FitRequest, fonts: Fonts): FittedText {
  const { width, weight } = request;
  const breaks = request.breaks ?? 'prose';
  const widest = (lines: string[], size: number) => Math.max(0, ...lines.map((line) => fonts.measure(line, size, weight)));
  const step = Math.max((request.maxSize - request.minSize) / 40, 0.01);
  for (let size = request.maxSize; size >= request.minSize; size -= step) {
    const lines = wrap(request.text, width, size, weight, fonts, breaks);
    if (lines.length <= request.maxLines && widest(lines, size) <= width) return { lines, size, fits: true };
  }
  // At the floor it may take more lines; the template gives the name the room it needs.
  const lines = wrap(request.text, width, request.minSize, weight, fonts, breaks);
  const over = widest(lines, request.minSize);
  if (over <= width) return { lines, size: request.minSize, fits: true };
  // A word wider than the box: smaller (print only), never cut. Widths scale with the size.
  const hardMin = Math.min(request.hardMinSize ?? request.minSize, request.minSize);
  const size = Math.max(hardMin, ((request.minSize * width) / over) * 0.999);
  const shrunk = wrap(request.text, width, size, weight, fonts, breaks);
  return { lines: shrunk, size, fits: widest(shrunk, size) <= width };
}

export interface StackBlock {
  text: string;
  maxSize: number;
  minSize: number;
  maxLines: number;
  weight: Weight;
  breaks?: Breaks;
  hardMinSize?: number;
  /** Space above the block, as a fraction of its own size. */
  gapBefore?: number;
}

export interface StackedBlock extends StackBlock, FittedText {
  /** Baseline of the first line, from the top of the stack. */
  top: number;
  lineHeight: number;
}

export const LINE_HEIGHT = 1.2;

/**
 * Several blocks one under the other in `width` × `height`: each fitted to the width; if together
 * they are too tall, every block shrinks in proportion until they fit (or reach their floors).
 */
export function stackText(blocks: StackBlock[], width: number, height: number, fonts: Fonts): { blocks: StackedBlock[]; height: number } {
  let scale = 1;
  let last: { blocks: StackedBlock[]; height: number } = { blocks: [], height: 0 };
  for (let attempt = 0; attempt < 40; attempt += 1) {
    let y = 0;
    const placed = blocks.map((block, index) => {
      const fitted = fitText({ ...block, width, maxSize: Math.max(block.minSize, block.maxSize * scale) }, fonts);
      const lineHeight = fitted.size * LINE_HEIGHT;
      if (index > 0) y += (block.gapBefore ?? 0.5) * fitted.size;
      const top = y + fitted.size;
      y += lineHeight * fitted.lines.length;
      return { ...block, ...fitted, top, lineHeight };
    });
    last = { blocks: placed, height: y };
    if (y <= height || placed.every((block) => block.size <= block.minSize)) break;
    scale *= 0.92;
  }
  return last;
}

/**
 * A stacked block as the drawing's text item, its first baseline `top` below where the stack
 * starts; every template places its stacks through this one function.
 */
export function textItemOf(
  block: StackedBlock,
  at: { x: number; top: number; fill: string; anchor: 'start' | 'middle' | 'end'; weight?: Weight },
): Extract<Item, { kind: 'text' }> {
  return {
    kind: 'text',
    x: at.x,
    y: at.top + block.top,
    lines: block.lines,
    size: block.size,
    lineHeight: block.lineHeight,
    weight: at.weight ?? block.weight,
    fill: at.fill,
    anchor: at.anchor,
  };
}
