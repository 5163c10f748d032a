import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../../survey/questionnaire.js';
import { loadFonts } from '../fonts.js';
import { FONT_PATHS } from '../render/png-node.js';
import { besanconData, villageData } from './fixtures.js';
import { count, percent, score } from './format.js';
import type { ReportData } from './report-data.js';
import { analyse } from './analysis.js';
import { reportDrawing, reportPdf } from './report-pdf.js';

const run = promisify(execFile);
const fonts = loadFonts({ regular: readFileSync(FONT_PATHS.regular), bold: readFileSync(FONT_PATHS.bold) });
const MADE_ON = new Date('2026-11-30T10:00:00Z');

/** The PDF's text as poppler's pdftotext reads it (what a screen reader or a copy-paste gets), spaces made plain. */
async function pdfText(data: ReportData): Promise<{ text: string; pages: number }> {
  const bytes = await reportPdf(data, fonts, MADE_ON);
  const file = join(mkdtempSync(join(tmpdir(), 'report-')), 'rapport.pdf');
  writeFileSync(file, bytes);
  const { stdout } = await run('pdftotext', ['-raw', file, '-']);
  const document = await PDFDocument.load(bytes);
  return { text: stdout.replace(/[\u202f\u00a0]/g, ' ').replace(/-\n/g, '-'), pages: document.getPageCount() };
}
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('the report PDF', () => {
  it('prints the figures of the API replies it was made from, as extractable text on A4 pages', async () => {
    const data = besanconData();
    const { text, pages } = await pdfText(data);
    expect(pages).toBeGreaterThanOrEqual(2);
    const { results, benchmarks } = data;
    const lines = text.split('\n');
    const line = (start: string) => lines.find((candidate) => candidate.startsWith(start)) ?? '';
    expect(line('Réponses ')).toBe(`Réponses ${count(results.answers)}`);
    expect(line('Personnes ayant répondu')).toBe(`Personnes ayant répondu ${count(results.respondents ?? 0)}`);
    expect(line('Note générale')).toBe(plain(`Note générale ${score(results.overall.score)}`));
    expect(line('Usagers satisfaits')).toBe(plain(`Usagers satisfaits (« Très bien ») ${percent(results.overall.rate)}`));
    for (const criterion of CRITERIA) {
      const own = results.criteria[criterion];
      const departement = benchmarks.departement?.indicators[criterion];
      const national = benchmarks.national.indicators[criterion];
      // The territory's rate with its score and interval, then the département's and the nation's, in the row's order.
      const row = plain(
        `${percent(own.rate)} (${score(own.score)}) ${percent(own.interval?.low ?? null)} à ${percent(own.interval?.high ?? null)} ${percent(departement?.rate ?? null)}`,
      );
      expect(text, criterion).toContain(row);
      expect(text).toContain(plain(percent(national?.rate ?? null)));
    }
    for (const service of data.services.services)
      expect(text).toContain(plain(`${count(service.territory.answers)} ${percent(service.territory.indicators.overall.rate)}`));
    for (const theme of data.themes.themes) expect(text).toContain(`${theme.term} ${theme.comments}`);
    expect(text).toContain('▲ au-dessus');
    expect(text).toContain('▼ en dessous');
    expect(text).toContain('L’accueil est le point fort : 90 % de satisfaits, au-dessus de la moyenne du département (78 %).');
    expect(text).toContain('Méthode');
  });

  it('for a territory with too few answers, says why and prints no suppressed figure', async () => {
    const { text } = await pdfText(villageData());
    expect(text).toContain('Seulement 3 réponses à la question générale');
    expect(text).toContain('Note générale données insuffisantes');
    expect(text).toContain('Trop peu de réponses pour dégager un point fort.');
    // No rate of the village: every « % » figure in the comparison belongs to the département or the nation.
    expect(text).toMatch(/Accueil et\s+courtoisie\s+données\s+insuffisantes\s+—\s+78 %/);
    expect(text).not.toContain('(données');
  });

  it('keeps every line inside the margins, a long name in a narrow column broken after its hyphens', () => {
    const data = villageData();
    data.results = { ...data.results, territory: { ...data.results.territory, name: 'Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson' } };
    const drawing = reportDrawing(analyse(data, MADE_ON), fonts);
    for (const page of [drawing.items, ...(drawing.pages ?? [])]) {
      for (const item of page) {
        if (item.kind !== 'text') continue;
        for (const line of item.lines) {
          const width = fonts.measure(line, item.size, item.weight);
          const [left, right] = item.anchor === 'end' ? [item.x - width, item.x] : [item.x, item.x + width];
          expect(left, line).toBeGreaterThanOrEqual(17.9);
          expect(right, line).toBeLessThanOrEqual(210 - 17.9);
        }
      }
    }
    const header = drawing.items.find((item) => item.kind === 'text' && item.lines[0] === 'Saint-Remy-');
    expect(header, 'the name in the comparison table’s header, broken after a hyphen').toBeDefined();
  });
});
