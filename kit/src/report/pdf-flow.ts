/**
 * The flowing A4 layout both reports share (the analysis, report-pdf.ts, and the audits,
 * audit-pdf.ts): blocks placed down the page, each asking for its height and starting a new page
 * when it would cross the bottom margin; a table row never splits, and a table repeats its header
 * on a new page; lines are wrapped to the text width, so no line leaves the margins.
 * @module
 */
import type { Drawing, Item } from '../drawing.js';
import type { Fonts, Weight } from '../fonts.js';

export const PAGE = { width: 210, height: 297 };
export const MARGIN = { side: 18, top: 20, bottom: 22 };
export const WIDTH = PAGE.width - 2 * MARGIN.side;
export const INK = '#161616';
export const BLUE = '#000091';
export const GREY = '#666666';
const RULE = '#dddddd';
const SHADE = '#eeeef8';
const PT = 25.4 / 72;
export const SIZES = { title: 20 * PT, h2: 14 * PT, h3: 11 * PT, body: 10 * PT, small: 8.5 * PT };

export interface Cell {
  text: string;
  weight?: Weight;
  align?: 'start' | 'end';
}

/**
 * Lines of `text` no wider than `width` at `size`, broken at spaces; a word wider than the line
 * (a long name in a narrow column, « Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson ») breaks after
 * its hyphens, and as a last resort between letters.
 */
export function wrap(fonts: Fonts, text: string, size: number, weight: Weight, width: number): string[] {
  const fits = (candidate: string) => fonts.measure(candidate, size, weight) <= width;
  const pieces = (word: string): string[] => {
    if (fits(word)) return [word];
    const parts = word.split(/(?<=-)/u);
    if (parts.length > 1) return parts.flatMap(pieces);
    const letters: string[] = [];
    let piece = '';
    for (const letter of word) {
      if (piece !== '' && !fits(piece + letter)) {
        letters.push(piece);
        piece = '';
      }
      piece += letter;
    }
    return [...letters, piece];
  };
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    pieces(word).forEach((piece, index) => {
      // A piece after the first of its word joins without a space (it follows a hyphen or a letter).
      const tried = line === '' ? piece : index === 0 ? `${line} ${piece}` : `${line}${piece}`;
      if (line !== '' && !fits(tried)) {
        lines.push(line);
        line = piece;
      } else line = tried;
    });
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A flowing A4 document: blocks placed down the page, a new page when one would not fit. */
export class Flow {
  pages: Item[][] = [[]];
  y = MARGIN.top;
  constructor(readonly fonts: Fonts) {}

  get page(): Item[] {
    return this.pages.at(-1) as Item[];
  }

  newPage(): void {
    this.pages.push([]);
    this.y = MARGIN.top;
  }

  /** Room for `height` mm, or a new page. */
  room(height: number): void {
    if (this.y + height > PAGE.height - MARGIN.bottom) this.newPage();
  }

  text(text: string, options: { size?: number; weight?: Weight; fill?: string; indent?: number; right?: number; after?: number; keep?: number } = {}): void {
    const size = options.size ?? SIZES.body;
    const weight = options.weight ?? 'regular';
    const indent = options.indent ?? 0;
    const lineHeight = size * 1.4;
    const lines = wrap(this.fonts, text, size, weight, WIDTH - indent - (options.right ?? 0));
    this.room(lines.length * lineHeight + (options.keep ?? 0));
    this.page.push({ kind: 'text', x: MARGIN.side + indent, y: this.y + size, lines, size, lineHeight, weight, fill: options.fill ?? INK, anchor: 'start' });
    this.y += lines.length * lineHeight + (options.after ?? size * 0.6);
  }

  heading(text: string): void {
    this.y += 4;
    // Kept with the first lines after it: a heading never ends a page.
    this.text(text, { size: SIZES.h2, weight: 'bold', fill: BLUE, after: 2.5, keep: 20 });
  }

  bullets(items: readonly string[]): void {
    for (const item of items) {
      const top = this.y;
      this.text(item, { indent: 5, after: 1.5 });
      const startsPage = this.y < top;
      this.page.push({
        kind: 'text',
        x: MARGIN.side + 1,
        y: (startsPage ? MARGIN.top : top) + SIZES.body,
        lines: ['•'],
        size: SIZES.body,
        lineHeight: SIZES.body,
        weight: 'bold',
        fill: BLUE,
        anchor: 'start',
      });
    }
    this.y += 2;
  }

  /** A table: `widths` in fractions of the text width; the header repeated on each page it runs onto. */
  table(caption: string, header: readonly Cell[], rows: readonly (readonly Cell[])[], widths: readonly number[]): void {
    const size = SIZES.small + 0.2;
    const lineHeight = size * 1.35;
    const pad = 1.6;
    const columns = widths.map((fraction) => fraction * WIDTH);
    const layout = (cells: readonly Cell[]) =>
      cells.map((cell, index) => wrap(this.fonts, cell.text, size, cell.weight ?? 'regular', (columns[index] ?? 0) - 2 * pad));
    const heightOf = (lines: string[][]) => Math.max(...lines.map((cell) => cell.length)) * lineHeight + 2 * pad;
    const draw = (cells: readonly Cell[], lines: string[][], shade: boolean) => {
      const height = heightOf(lines);
      if (shade) this.page.push({ kind: 'rect', x: MARGIN.side, y: this.y, width: WIDTH, height, fill: SHADE });
      let x = MARGIN.side;
      cells.forEach((cell, index) => {
        const width = columns[index] ?? 0;
        const end = cell.align === 'end';
        this.page.push({
          kind: 'text',
          x: end ? x + width - pad : x + pad,
          y: this.y + pad + size * 0.85,
          lines: lines[index] ?? [],
          size,
          lineHeight,
          weight: cell.weight ?? 'regular',
          fill: INK,
          anchor: end ? 'end' : 'start',
        });
        x += width;
      });
      this.y += height;
      this.page.push({ kind: 'rect', x: MARGIN.side, y: this.y - 0.15, width: WIDTH, height: 0.3, fill: RULE });
    };
    const head = header.map((cell) => ({ ...cell, weight: 'bold' as const }));
    const headLines = layout(head);
    this.text(caption, { size: SIZES.h3, weight: 'bold', after: 1.5, keep: heightOf(headLines) + 10 });
    draw(head, headLines, true);
    for (const row of rows) {
      const lines = layout(row);
      if (this.y + heightOf(lines) > PAGE.height - MARGIN.bottom) {
        this.newPage();
        draw(head, headLines, true);
      }
      draw(row, lines, false);
    }
    this.y += 5;
  }

  /** A framed box (the methods): drawn behind its text once the text is placed, on one page. */
  box(title: string, paragraphs: readonly string[]): void {
    const pad = 4;
    const size = SIZES.small + 0.2;
    const heights = paragraphs.map((paragraph) => wrap(this.fonts, paragraph, size, 'regular', WIDTH - 2 * pad).length * size * 1.4 + 1.6);
    const height = heights.reduce((sum, part) => sum + part, 0) + SIZES.h3 * 1.4 + 2 * pad + 2;
    this.room(height + 4);
    this.y += 4;
    this.page.push({ kind: 'rect', x: MARGIN.side, y: this.y, width: WIDTH, height, fill: SHADE });
    this.page.push({ kind: 'rect', x: MARGIN.side, y: this.y, width: 1.2, height, fill: BLUE });
    const top = this.y;
    this.y += pad;
    this.text(title, { size: SIZES.h3, weight: 'bold', indent: pad, after: 2 });
    for (const paragraph of paragraphs) this.text(paragraph, { size, indent: pad, right: pad, after: 1.6 });
    this.y = top + height + 4;
  }
  /** The title band and the three lines that open a report. */
  titleBlock(kicker: string, title: string, subtitle: string): void {
    this.page.push({ kind: 'rect', x: 0, y: 0, width: PAGE.width, height: 8, fill: BLUE });
    this.y = 22;
    this.text(kicker, { size: SIZES.h3, weight: 'bold', fill: BLUE, after: 2 });
    this.text(title, { size: SIZES.title, weight: 'bold', after: 2 });
    this.text(subtitle, { size: SIZES.body, fill: GREY, after: 6 });
  }

  /** Every page's footer (`footer` on the left, « page n sur N » on the right), then the drawing. */
  finish(footer: string, alt: string): Drawing {
    const total = this.pages.length;
    this.pages.forEach((page, index) => {
      page.push({ kind: 'rect', x: MARGIN.side, y: PAGE.height - 14, width: WIDTH, height: 0.3, fill: RULE });
      page.push({
        kind: 'text',
        x: MARGIN.side,
        y: PAGE.height - 9,
        lines: [footer],
        size: SIZES.small,
        lineHeight: SIZES.small,
        weight: 'regular',
        fill: GREY,
        anchor: 'start',
      });
      page.push({
        kind: 'text',
        x: PAGE.width - MARGIN.side,
        y: PAGE.height - 9,
        lines: [`page ${index + 1} sur ${total}`],
        size: SIZES.small,
        lineHeight: SIZES.small,
        weight: 'regular',
        fill: GREY,
        anchor: 'end',
      });
    });
    const [first = [], ...others] = this.pages;
    return { width: PAGE.width, height: PAGE.height, unit: 'mm', alt, items: first, pages: others };
  }
}
