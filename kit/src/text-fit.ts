/**
 * Fits a text into a box: the largest size, down to a floor, at which it wraps into at most
 * `maxLines` lines no wider than the box. Words break at spaces, after hyphens (« Saint-Rémy- /
 * en-Bouzemont ») and after slashes (URLs); a word wider than the box at the floor size is cut between letters, so a long
 * commune name never overflows.
 * @module
 */
import type { Fonts, Weight } from './fonts.js';

export interface FitRequest {
  text: string;
  width: number;
  maxSize: number;
  minSize: number;
  maxLines: number;
  weight: Weight;
}

export interface FittedText {
  lines: string[];
  size: number;
}

/**
 * Break opportunities: after a space (dropped), after a hyphen or a slash (kept: URLs break at
 * their path), and inside a word after a dot followed by a letter (a host name: « barometre. /
 * example.fr »). `glued`: the token continues the previous one's word, no space between them.
 * No-break spaces (U+00A0, U+202F: « 2 000 », « avis ? ») hold their neighbours together.
 */
function tokens(text: string): { text: string; glued: boolean }[] {
  return text
    .split(/[ \t\n\r]+/)
    .filter((word) => word.length > 0)
    .flatMap((word) =>
      word
        .split(/(?<=[-/])|(?<=\.)(?=[a-z])/)
        .filter((piece) => piece.length > 0)
        .map((piece, index) => ({ text: piece, glued: index > 0 })),
    );
}

function wrap(text: string, width: number, size: number, weight: Weight, fonts: Fonts): string[] {
  const lines: string[] = [];
  let line = '';
  for (const { text: token, glued } of tokens(text)) {
    const joined = line === '' ? token : glued || /[-/]$/.test(line) ? line + token : `${line} ${token}`;
    if (fonts.measure(joined, size, weight) <= width) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    line = token;
    // A token alone wider than the line: cut it between letters.
    while (fonts.measure(line, size, weight) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && fonts.measure(line.slice(0, cut), size, weight) > width) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function fitText(request: FitRequest, fonts: Fonts): FittedText {
  const step = Math.max((request.maxSize - request.minSize) / 40, 0.01);
  for (let size = request.maxSize; size >= request.minSize; size -= step) {
    const lines = wrap(request.text, request.width, size, request.weight, fonts);
    if (lines.length <= request.maxLines) return { lines, size };
  }
  // At the floor it may take more lines; the template gives the name the room it needs.
  return { lines: wrap(request.text, request.width, request.minSize, request.weight, fonts), size: request.minSize };
}

export interface StackBlock {
  text: string;
  maxSize: number;
  minSize: number;
  maxLines: number;
  weight: Weight;
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
