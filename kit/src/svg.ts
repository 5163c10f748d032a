/**
 * A drawing as an SVG document: text stays text (DejaVu Sans), the QR code is one path of
 * horizontal runs, a logo is embedded as a data URL. Every string from data is escaped.
 * @module
 */
import type { Drawing, Item } from './drawing.js';
import { FONT_FAMILY } from './fonts.js';
import { qrRuns } from './qr.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
const n = (value: number) => String(Math.round(value * 1000) / 1000);

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

function itemSvg(item: Item): string {
  switch (item.kind) {
    case 'rect':
      return `<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}"${item.radius ? ` rx="${n(item.radius)}"` : ''} fill="${item.fill}"/>`;
    case 'text': {
      // A right-to-left line sits in a right-to-left isolate (RLI … PDI): resvg ignores `direction`
      // and reads `text-anchor` as left, middle, right, as browsers do without `direction`.
      const [open, close] = item.direction === 'rtl' ? ['\u2067', '\u2069'] : ['', ''];
      const spans = item.lines
        .map((line, index) => `<tspan x="${n(item.x)}" y="${n(item.y + index * item.lineHeight)}">${open}${escapeXml(line)}${close}</tspan>`)
        .join('');
      return `<text font-family="${FONT_FAMILY}" font-size="${n(item.size)}" font-weight="${item.weight === 'bold' ? 700 : 400}" fill="${item.fill}" text-anchor="${item.anchor}">${spans}</text>`;
    }
    case 'qr': {
      const module = item.size / (item.matrix.size + 2 * item.quietZone);
      const path = qrRuns(item.matrix)
        .map((run) => `M${run.x + item.quietZone} ${run.y + item.quietZone}h${run.length}v1h-${run.length}z`)
        .join('');
      return `<g><rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.size)}" height="${n(item.size)}" fill="#ffffff"/><path transform="translate(${n(item.x)} ${n(item.y)}) scale(${n(module)})" d="${path}" fill="#000000" shape-rendering="crispEdges"/></g>`;
    }
    case 'image':
      return `<image x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}" preserveAspectRatio="xMidYMid meet" href="data:image/${item.logo.type === 'svg' ? 'svg+xml' : 'png'};base64,${base64(item.logo.bytes)}"/>`;
  }
}

export function toSvg(drawing: Drawing): string {
  const size = `width="${n(drawing.width)}${drawing.unit === 'mm' ? 'mm' : ''}" height="${n(drawing.height)}${drawing.unit === 'mm' ? 'mm' : ''}"`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" ${size} viewBox="0 0 ${n(drawing.width)} ${n(drawing.height)}" role="img" aria-label="${escapeXml(drawing.alt)}">`,
    `<title>${escapeXml(drawing.alt)}</title>`,
    ...drawing.items.map(itemSvg),
    '</svg>',
  ].join('\n');
}
