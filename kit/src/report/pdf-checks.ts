/**
 * Checks both reports' PDF tests share (the analysis, report-pdf.test.ts, and the audits,
 * audit-pdf.test.ts): the text a PDF gives to poppler's pdftotext (what a screen reader or a
 * copy-paste gets), and the lines of a drawing that would leave the page's margins. Test support
 * only: it runs pdftotext, so nothing in a page or the CLI imports it.
 * @module
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import type { Drawing } from '../drawing.js';
import type { Fonts } from '../fonts.js';
import { MARGIN, PAGE } from './pdf-flow.js';

const run = promisify(execFile);

/** French spaces (narrow and no-break) made plain, so a test can write its expectations with ordinary spaces. */
export const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

/** The PDF's text as `pdftotext -raw` reads it, spaces made plain and words broken after a hyphen joined, and its page count. */
export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const file = join(mkdtempSync(join(tmpdir(), 'report-')), 'rapport.pdf');
  writeFileSync(file, bytes);
  const { stdout } = await run('pdftotext', ['-raw', file, '-']);
  const document = await PDFDocument.load(bytes);
  return { text: plain(stdout).replace(/-\n/g, '-'), pages: document.getPageCount() };
}

/** Every line of text drawn beyond the side margins (0.1 mm of tolerance), with where it lies; empty when none. */
export function linesOutsideMargins(drawing: Drawing, fonts: Fonts): { line: string; left: number; right: number }[] {
  const outside: { line: string; left: number; right: number }[] = [];
  for (const page of [drawing.items, ...(drawing.pages ?? [])]) {
    for (const item of page) {
      if (item.kind !== 'text') continue;
      for (const line of item.lines) {
        const width = fonts.measure(line, item.size, item.weight);
        const [left, right] = item.anchor === 'end' ? [item.x - width, item.x] : [item.x, item.x + width];
        if (left < MARGIN.side - 0.1 || right > PAGE.width - MARGIN.side + 0.1) outside.push({ line, left, right });
      }
    }
  }
  return outside;
}
