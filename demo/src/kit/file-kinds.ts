/** How the kit page names each kind of file on its buttons, and the type it downloads it as. */
import type { KitFile } from '../../../kit/src/kit.js';

type FileKind = KitFile['format'];

export const FORMAT_LABELS: Readonly<Record<FileKind, string>> = {
  pdf: 'PDF',
  png: 'PNG',
  'png@2x': 'PNG 2×',
  svg: 'SVG',
  html: 'HTML',
  md: 'README',
  zip: 'ZIP',
};

export const MIME: Readonly<Record<FileKind, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  'png@2x': 'image/png',
  svg: 'image/svg+xml',
  html: 'text/html',
  md: 'text/markdown',
  zip: 'application/zip',
};
