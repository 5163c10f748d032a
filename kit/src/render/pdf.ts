/**
 * A drawing in millimetres as a print-ready PDF with pdf-lib: text as real text in the embedded
 * (subset) DejaVu fonts, the QR code as vector rectangles, a PNG logo embedded as is and an SVG logo
 * rasterised at 300 dpi (pdf-lib cannot place SVG images). A drawing's bleed goes around its trim
 * box: TrimBox = the finished size, BleedBox = trim + bleed = the MediaBox, or, with crop marks,
 * a MediaBox grown by the marks' room, the marks in registration colour (Separation /All) at
 * each trim corner, all of them outside the bleed. A two-sided drawing gives two pages, and a
 * drawing with `pages` (the report) one more page for each.
 * @module
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFName, PDFOperator, PDFOperatorNames, lineTo, moveTo, popGraphicsState, pushGraphicsState, rgb, setLineWidth, stroke } from 'pdf-lib';
import type { PDFFont, PDFPage, PDFRef } from 'pdf-lib';
import { hasRtl, mirrored, visualRuns } from '../bidi.js';
import type { Drawing, Item, Logo } from '../drawing.js';
import type { Fonts } from '../fonts.js';
import { qrRuns } from '../qr.js';
import type { Rasterize } from './png.js';

const POINTS_PER_MM = 72 / 25.4;
const LOGO_DPI = 300;
/** Crop marks, in mm: they start this far beyond the bleed, are this long, and keep this much paper beyond them. */
const MARK_GAP = 1;
const MARK_LENGTH = 5;
const MARK_MARGIN = 1;
/** The thinnest line every press holds. */
const MARK_WIDTH_PT = 0.25;
/** The subset tags of the two fonts: any six capitals, different within a file. */
const SUBSET_TAGS = { regular: 'BCKITR', bold: 'BCKITB' } as const;

/** How far the page reaches past the trim, in mm: the bleed, and with crop marks their room too. */
export const slugOf = (bleed: number, cropMarks: boolean): number => bleed + (cropMarks ? MARK_GAP + MARK_LENGTH + MARK_MARGIN : 0);

function color(hex: string) {
  const value = hex.slice(1);
  return rgb(parseInt(value.slice(0, 2), 16) / 255, parseInt(value.slice(2, 4), 16) / 255, parseInt(value.slice(4, 6), 16) / 255);
}

export interface PdfOptions {
  title: string;
  language: string;
  fonts: Fonts;
  rasterize: Rasterize;
  /** Crop marks at the trim corners, outside the bleed (off by default). */
  cropMarks?: boolean | undefined;
}

/** Where the drawing's origin (its top-left trim corner) falls on the page, in points from the page's bottom-left. */
interface Origin {
  left: number;
  top: number;
}

async function logoPng(logo: Logo, widthMm: number, rasterize: Rasterize): Promise<Uint8Array> {
  if (logo.type === 'png') return logo.bytes;
  const svg = new TextDecoder().decode(logo.bytes);
  return rasterize(svg, Math.ceil((widthMm / 25.4) * LOGO_DPI));
}

async function drawItem(
  document: PDFDocument,
  page: PDFPage,
  origin: Origin,
  item: Item,
  fonts: { regular: PDFFont; bold: PDFFont },
  options: PdfOptions,
): Promise<void> {
  // `height - at(y)` reads as on a page whose top is the trim's top; `at(x)` starts at the trim's left.
  const height = origin.top;
  const at = (mm: number) => mm * POINTS_PER_MM;
  const atX = (mm: number) => origin.left + mm * POINTS_PER_MM;
  switch (item.kind) {
    case 'rect':
      if (item.radius) {
        const r = item.radius;
        const path = `M${r} 0H${item.width - r}A${r} ${r} 0 0 1 ${item.width} ${r}V${item.height - r}A${r} ${r} 0 0 1 ${item.width - r} ${item.height}H${r}A${r} ${r} 0 0 1 0 ${item.height - r}V${r}A${r} ${r} 0 0 1 ${r} 0Z`;
        page.drawSvgPath(path, { x: atX(item.x), y: height - at(item.y), scale: POINTS_PER_MM, color: color(item.fill) });
      } else {
        page.drawRectangle({ x: atX(item.x), y: height - at(item.y + item.height), width: at(item.width), height: at(item.height), color: color(item.fill) });
      }
      return;
    case 'text': {
      const font = fonts[item.weight];
      const size = at(item.size);
      item.lines.forEach((line, index) => {
        // Each run as fontkit shapes it (Arabic joined, and read backwards: its glyphs come out left to right).
        const runs = visualRuns(line, item.direction ?? 'ltr').map((run) => {
          if (!run.rtl) return run.text;
          const text = mirrored(run.text);
          return hasRtl(text) ? text : [...text].reverse().join('');
        });
        const widths = runs.map((run) => font.widthOfTextAtSize(run, size));
        const width = widths.reduce((sum, runWidth) => sum + runWidth, 0);
        let x = atX(item.x) - (item.anchor === 'middle' ? width / 2 : item.anchor === 'end' ? width : 0);
        runs.forEach((run, runIndex) => {
          page.drawText(run, { x, y: height - at(item.y + index * item.lineHeight), size, font, color: color(item.fill) });
          x += widths[runIndex] ?? 0;
        });
      });
      return;
    }
    case 'qr': {
      const module = item.size / (item.matrix.size + 2 * item.quietZone);
      page.drawRectangle({ x: atX(item.x), y: height - at(item.y + item.size), width: at(item.size), height: at(item.size), color: rgb(1, 1, 1) });
      for (const run of qrRuns(item.matrix)) {
        const x = item.x + (run.x + item.quietZone) * module;
        const y = item.y + (run.y + item.quietZone) * module;
        page.drawRectangle({ x: atX(x), y: height - at(y + module), width: at(run.length * module), height: at(module), color: rgb(0, 0, 0) });
      }
      return;
    }
    case 'image': {
      const image = await document.embedPng(await logoPng(item.logo, item.width, options.rasterize));
      const fit = Math.min(item.width / image.width, item.height / image.height);
      const [width, height_] = [image.width * fit, image.height * fit];
      page.drawImage(image, {
        x: atX(item.x + (item.width - width) / 2),
        y: height - at(item.y + (item.height + height_) / 2),
        width: at(width),
        height: at(height_),
      });
      return;
    }
  }
}

export async function toPdf(drawing: Drawing, options: PdfOptions): Promise<Uint8Array> {
  if (drawing.unit !== 'mm') throw new Error('PDF output is for print assets drawn in millimetres');
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  document.setTitle(options.title);
  document.setSubject(drawing.alt);
  document.setLanguage(options.language);
  document.setCreator('Baromètre citoyen');
  document.setProducer('Baromètre citoyen (pdf-lib)');
  // Fixed dates, so the same kit gives the same bytes (and reference tests stay stable).
  document.setCreationDate(new Date(0));
  document.setModificationDate(new Date(0));
  // A subset font is named with a six-letter tag and « + » (PDF 32000-1, 9.6.4), which preflight
  // tools expect; pdf-lib would add a random suffix instead. Fixed tags keep the bytes reproducible.
  const fonts = {
    regular: await document.embedFont(options.fonts.files.regular, {
      subset: true,
      customName: `${SUBSET_TAGS.regular}+${options.fonts.postscriptNames.regular}`,
    }),
    bold: await document.embedFont(options.fonts.files.bold, { subset: true, customName: `${SUBSET_TAGS.bold}+${options.fonts.postscriptNames.bold}` }),
  };
  const bleed = drawing.bleed ?? 0;
  const cropMarks = options.cropMarks === true;
  const slug = slugOf(bleed, cropMarks);
  const pt = (mm: number) => mm * POINTS_PER_MM;
  const registration = cropMarks ? registrationColorSpace(document) : undefined;
  for (const items of [drawing.items, ...(drawing.back ? [drawing.back] : []), ...(drawing.pages ?? [])]) {
    const page = document.addPage([pt(drawing.width + 2 * slug), pt(drawing.height + 2 * slug)]);
    const origin = { left: pt(slug), top: pt(drawing.height + slug) };
    page.setTrimBox(pt(slug), pt(slug), pt(drawing.width), pt(drawing.height));
    page.setBleedBox(pt(slug - bleed), pt(slug - bleed), pt(drawing.width + 2 * bleed), pt(drawing.height + 2 * bleed));
    for (const item of items) await drawItem(document, page, origin, item, fonts, options);
    if (registration) drawCropMarks(page, registration, { x: pt(slug), y: pt(slug), width: pt(drawing.width), height: pt(drawing.height) }, pt(bleed));
  }
  // Plain cross-reference tables: older printers' RIPs read them, and so does a reviewer.
  return document.save({ useObjectStreams: false });
}

/** The registration colour: a Separation named /All prints on every plate, so the marks show on each. */
function registrationColorSpace(document: PDFDocument): PDFRef {
  const { context } = document;
  const tint = context.obj({ FunctionType: 2, Domain: [0, 1], C0: [0, 0, 0, 0], C1: [1, 1, 1, 1], N: 1 });
  return context.register(context.obj([PDFName.of('Separation'), PDFName.of('All'), PDFName.of('DeviceCMYK'), tint]));
}

/** Two thin lines at each trim corner, prolonging the trim's edges, from just beyond the bleed outwards. */
function drawCropMarks(page: PDFPage, registration: PDFRef, trim: { x: number; y: number; width: number; height: number }, bleed: number): void {
  const name = PDFName.of('Registration');
  page.node.normalizedEntries().Resources.set(PDFName.of('ColorSpace'), page.doc.context.obj({ Registration: registration }));
  const near = bleed + MARK_GAP * POINTS_PER_MM;
  const far = near + MARK_LENGTH * POINTS_PER_MM;
  const lines: [number, number, number, number][] = [];
  for (const x of [trim.x, trim.x + trim.width]) {
    for (const y of [trim.y, trim.y + trim.height]) {
      const out = { x: x === trim.x ? -1 : 1, y: y === trim.y ? -1 : 1 };
      lines.push([x + out.x * near, y, x + out.x * far, y]);
      lines.push([x, y + out.y * near, x, y + out.y * far]);
    }
  }
  page.pushOperators(
    pushGraphicsState(),
    PDFOperator.of(PDFOperatorNames.StrokingColorspace, [name]),
    PDFOperator.of(PDFOperatorNames.StrokingColorN, [page.doc.context.obj(1)]),
    setLineWidth(MARK_WIDTH_PT),
    ...lines.flatMap(([x1, y1, x2, y2]) => [moveTo(x1, y1), lineTo(x2, y2)]),
    stroke(),
    popGraphicsState(),
  );
}
