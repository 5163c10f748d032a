/**
 * A drawing in millimetres as a print-ready PDF with pdf-lib: exact page size, text as real text in
 * the embedded (subset) DejaVu fonts, the QR code as vector rectangles, a PNG logo embedded as is
 * and an SVG logo rasterised at 300 dpi (pdf-lib cannot place SVG images).
 * @module
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Drawing, Item, Logo } from '../drawing.js';
import type { Fonts } from '../fonts.js';
import { qrRuns } from '../qr.js';
import type { Rasterize } from './png.js';

const POINTS_PER_MM = 72 / 25.4;
const LOGO_DPI = 300;

function color(hex: string) {
  const value = hex.slice(1);
  return rgb(parseInt(value.slice(0, 2), 16) / 255, parseInt(value.slice(2, 4), 16) / 255, parseInt(value.slice(4, 6), 16) / 255);
}

export interface PdfOptions {
  title: string;
  language: string;
  fonts: Fonts;
  rasterize: Rasterize;
}

async function logoPng(logo: Logo, widthMm: number, rasterize: Rasterize): Promise<Uint8Array> {
  if (logo.type === 'png') return logo.bytes;
  const svg = new TextDecoder().decode(logo.bytes);
  return rasterize(svg, Math.ceil((widthMm / 25.4) * LOGO_DPI));
}

async function drawItem(document: PDFDocument, page: PDFPage, item: Item, fonts: { regular: PDFFont; bold: PDFFont }, options: PdfOptions): Promise<void> {
  const height = page.getHeight();
  const at = (mm: number) => mm * POINTS_PER_MM;
  switch (item.kind) {
    case 'rect':
      if (item.radius) {
        const r = item.radius;
        const path = `M${r} 0H${item.width - r}A${r} ${r} 0 0 1 ${item.width} ${r}V${item.height - r}A${r} ${r} 0 0 1 ${item.width - r} ${item.height}H${r}A${r} ${r} 0 0 1 0 ${item.height - r}V${r}A${r} ${r} 0 0 1 ${r} 0Z`;
        page.drawSvgPath(path, { x: at(item.x), y: height - at(item.y), scale: POINTS_PER_MM, color: color(item.fill) });
      } else {
        page.drawRectangle({ x: at(item.x), y: height - at(item.y + item.height), width: at(item.width), height: at(item.height), color: color(item.fill) });
      }
      return;
    case 'text': {
      const font = fonts[item.weight];
      const size = at(item.size);
      item.lines.forEach((line, index) => {
        const width = font.widthOfTextAtSize(line, size);
        const x = at(item.x) - (item.anchor === 'middle' ? width / 2 : item.anchor === 'end' ? width : 0);
        page.drawText(line, { x, y: height - at(item.y + index * item.lineHeight), size, font, color: color(item.fill) });
      });
      return;
    }
    case 'qr': {
      const module = item.size / (item.matrix.size + 2 * item.quietZone);
      page.drawRectangle({ x: at(item.x), y: height - at(item.y + item.size), width: at(item.size), height: at(item.size), color: rgb(1, 1, 1) });
      for (const run of qrRuns(item.matrix)) {
        const x = item.x + (run.x + item.quietZone) * module;
        const y = item.y + (run.y + item.quietZone) * module;
        page.drawRectangle({ x: at(x), y: height - at(y + module), width: at(run.length * module), height: at(module), color: rgb(0, 0, 0) });
      }
      return;
    }
    case 'image': {
      const image = await document.embedPng(await logoPng(item.logo, item.width, options.rasterize));
      const fit = Math.min(item.width / image.width, item.height / image.height);
      const [width, height_] = [image.width * fit, image.height * fit];
      page.drawImage(image, {
        x: at(item.x + (item.width - width) / 2),
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
  const fonts = {
    regular: await document.embedFont(options.fonts.files.regular, { subset: true }),
    bold: await document.embedFont(options.fonts.files.bold, { subset: true }),
  };
  const page = document.addPage([drawing.width * POINTS_PER_MM, drawing.height * POINTS_PER_MM]);
  for (const item of drawing.items) await drawItem(document, page, item, fonts, options);
  // Plain cross-reference tables: older printers' RIPs read them, and so does a reviewer.
  return document.save({ useObjectStreams: false });
}
