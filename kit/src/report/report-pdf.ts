/**
 * The report as an A4 portrait PDF, several pages, drawn with the kit's own writer (render/pdf.ts)
 * and fonts, so its text is real, extractable text in embedded DejaVu Sans. The layout flows: each
 * block asks for its height and starts a new page when it would cross the bottom margin; a table
 * row never splits, and a table repeats its header on a new page. Differences carry a marker and
 * words (▲ au-dessus, ▼ en dessous), never colour alone.
 * @module
 */
import type { Drawing, Item } from '../drawing.js';
import type { Fonts, Weight } from '../fonts.js';
import { toPdf } from '../render/pdf.js';
import { analyse, differenceText, intervalText, monthText, rateText, scoreText, type ReportContent } from './analysis.js';
import { count, INSUFFICIENT, percent } from './format.js';
import type { ReportData } from './report-data.js';

const PAGE = { width: 210, height: 297 };
const MARGIN = { side: 18, top: 20, bottom: 22 };
const WIDTH = PAGE.width - 2 * MARGIN.side;
const INK = '#161616';
const BLUE = '#000091';
const GREY = '#666666';
const RULE = '#dddddd';
const SHADE = '#eeeef8';
const PT = 25.4 / 72;
const SIZES = { title: 20 * PT, h2: 14 * PT, h3: 11 * PT, body: 10 * PT, small: 8.5 * PT };

interface Cell {
  text: string;
  weight?: Weight;
  align?: 'start' | 'end';
}

/**
 * Lines of `text` no wider than `width` at `size`, broken at spaces; a word wider than the line
 * (a long name in a narrow column, « Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson ») breaks after
 * its hyphens, and as a last resort between letters.
 */
function wrap(fonts: Fonts, text: string, size: number, weight: Weight, width: number): string[] {
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
class Flow {
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
}

const diff = (difference: Parameters<typeof differenceText>[0]): Cell => ({ text: differenceText(difference) });

/** The content laid out on A4 pages: the first page's items, then the others, each with its footer. */
export function reportDrawing(content: ReportContent, fonts: Fonts): Drawing {
  const flow = new Flow(fonts);
  const { territory, period } = content;
  // The title block.
  flow.page.push({ kind: 'rect', x: 0, y: 0, width: PAGE.width, height: 8, fill: BLUE });
  flow.y = 22;
  flow.text('Baromètre citoyen — rapport d’analyse', { size: SIZES.h3, weight: 'bold', fill: BLUE, after: 2 });
  flow.text(territory.name, { size: SIZES.title, weight: 'bold', after: 2 });
  flow.text(`${period.title} · département\u00a0: ${content.departementName} · rapport établi le ${content.madeOn}`.replace('\u00a0:', '\u202f:'), {
    size: SIZES.body,
    fill: GREY,
    after: 6,
  });
  if (content.notice) flow.box('À savoir', [content.notice]);

  flow.heading('Chiffres clés');
  flow.table(
    `Chiffres clés — ${period.title}`,
    [{ text: 'Indicateur' }, { text: 'Valeur', align: 'end' }],
    content.keyFigures.map(({ label, value }) => [{ text: label }, { text: value, align: 'end' }]),
    [0.7, 0.3],
  );
  if (content.sources.length > 0) {
    flow.table(
      'Provenance des réponses',
      [{ text: 'Source' }, { text: 'Réponses', align: 'end' }, { text: 'Part', align: 'end' }],
      content.sources.map((source) => [{ text: source.label }, { text: count(source.answers), align: 'end' }, { text: source.share, align: 'end' }]),
      [0.6, 0.2, 0.2],
    );
  }

  flow.heading('Comparaison avec le département et la France');
  flow.table(
    'Part des usagers satisfaits, par indicateur',
    [
      { text: 'Indicateur' },
      { text: territory.name },
      { text: 'Fourchette à 95\u202f%' },
      { text: content.departementName },
      { text: 'Écart' },
      { text: 'France' },
      { text: 'Écart' },
    ],
    content.comparison.map((row) => [
      { text: row.label, weight: 'bold' },
      { text: row.territory.rate === null ? INSUFFICIENT : `${rateText(row.territory)} (${scoreText(row.territory)})` },
      { text: intervalText(row.territory.interval) },
      { text: rateText(row.departement) },
      diff(row.vsDepartement),
      { text: rateText(row.national) },
      diff(row.vsNational),
    ]),
    [0.18, 0.15, 0.14, 0.11, 0.155, 0.11, 0.155],
  );
  flow.text(
    '▲ au-dessus, ▼ en dessous\u202f: écart significatif. = comparable\u202f: écart qui peut s’expliquer par le hasard. — : pas de comparaison possible.'.replace(
      ' — :',
      ' —\u202f:',
    ),
    {
      size: SIZES.small,
      fill: GREY,
    },
  );

  flow.heading('Évolution');
  flow.bullets(content.trend.sentences);
  if (content.trend.months.length > 0) {
    flow.table(
      'Mois par mois',
      [{ text: 'Mois' }, { text: 'Réponses', align: 'end' }, { text: 'Satisfaits', align: 'end' }],
      content.trend.months.map((month) => [
        { text: monthText(month.month) },
        { text: count(month.answers), align: 'end' },
        { text: percent(month.rate), align: 'end' },
      ]),
      [0.5, 0.25, 0.25],
    );
  }

  flow.heading('Les services comparés');
  flow.bullets(content.services.sentences);
  if (content.services.rows.length > 0) {
    flow.table(
      'Satisfaction générale par service',
      [
        { text: 'Service' },
        { text: 'Réponses', align: 'end' },
        { text: territory.name },
        { text: content.departementName },
        { text: 'Écart' },
        { text: 'France' },
        { text: 'Écart' },
      ],
      content.services.rows.map((row) => [
        { text: row.label, weight: 'bold' },
        { text: count(row.answers), align: 'end' },
        { text: rateText(row.territory) },
        { text: rateText(row.departement) },
        diff(row.vsDepartement),
        { text: rateText(row.national) },
        diff(row.vsNational),
      ]),
      [0.19, 0.13, 0.13, 0.12, 0.145, 0.1, 0.145],
    );
  }

  flow.heading('Points forts');
  flow.bullets(content.strengths);
  flow.heading('Points à améliorer');
  flow.bullets(content.improvements);

  flow.heading('Thèmes des commentaires');
  flow.text(content.themes.note);
  if (content.themes.terms.length > 0) {
    flow.table(
      'Mots et expressions les plus employés',
      [{ text: 'Terme' }, { text: 'Commentaires', align: 'end' }],
      content.themes.terms.map((term) => [{ text: term.term }, { text: count(term.comments), align: 'end' }]),
      [0.7, 0.3],
    );
  }

  flow.box('Méthode', content.methods);

  const total = flow.pages.length;
  flow.pages.forEach((page, index) => {
    page.push({ kind: 'rect', x: MARGIN.side, y: PAGE.height - 14, width: WIDTH, height: 0.3, fill: RULE });
    page.push({
      kind: 'text',
      x: MARGIN.side,
      y: PAGE.height - 9,
      lines: [`Baromètre citoyen · ${territory.name} · ${period.title}`],
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
  const [first = [], ...others] = flow.pages;
  return {
    width: PAGE.width,
    height: PAGE.height,
    unit: 'mm',
    alt: `Rapport d’analyse du Baromètre citoyen\u202f: ${territory.name}, ${period.title}`,
    items: first,
    pages: others,
  };
}

export function reportTitle(content: ReportContent): string {
  return `Rapport d’analyse — ${content.territory.name} — ${content.period.title}`;
}

/** The report's PDF from the API's replies: in Node (the CLI) and in the browser (the report page). */
export async function reportPdf(data: ReportData, fonts: Fonts, madeOn: Date): Promise<Uint8Array> {
  const content = analyse(data, madeOn);
  return toPdf(reportDrawing(content, fonts), {
    title: reportTitle(content),
    language: 'fr',
    fonts,
    rasterize: () => {
      throw new Error('a report has no image to rasterise');
    },
  });
}
