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
import type { AuditFigure } from '../../../survey/audits.js';
import { CRITERIA } from '../../../survey/questionnaire.js';
import type { Drawing } from '../drawing.js';
import type { Fonts } from '../fonts.js';
import type { AuditReportData } from './audit-data.js';
import { score } from './format.js';
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

/** An audit figure as the audit report prints it, spaces made plain. */
export const shown = (figure: AuditFigure) => (figure.suppressed ? 'moins de 3 audits' : plain(score(figure.score)));

/** Every « x / 10 » a text holds. */
export const scoresIn = (text: string) => [...text.matchAll(/(?<![\d,])\d+(?:,\d)? \/ 10/g)].map((match) => match[0]);

/** Every score out of 10 an audit report's data publishes (the territory's, its channels', the references', the citizens'), and 10 / 10 itself. */
export function publishedScores(data: AuditReportData): Set<string> {
  const { audits, citizens } = data;
  const figures = [audits.figures, ...audits.channels, audits.references.departement, audits.references.france].flatMap((set) => [
    set.overall,
    ...set.criteria,
  ]);
  const citizenScores = [citizens.overall, ...CRITERIA.map((criterion) => citizens.criteria[criterion])].filter((figure) => !figure.suppressed);
  return new Set([
    ...figures.filter((figure) => !figure.suppressed).map((figure) => plain(score(figure.score))),
    ...citizenScores.map((figure) => plain(score(figure.score))),
    plain(score(10)),
  ]);
}
