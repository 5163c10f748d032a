import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../../survey/questionnaire.js';
import { loadFonts } from '../fonts.js';
import { FONT_PATHS } from '../render/png-node.js';
import { besanconData, villageData } from './fixtures.js';
import { count, percent, score } from './format.js';
import type { ReportData } from './report-data.js';
import { analyse } from './analysis.js';
import { linesOutsideMargins, pdfText as textOf, plain } from './pdf-checks.js';
import { reportDrawing, reportPdf } from './report-pdf.js';

const fonts = loadFonts({ regular: readFileSync(FONT_PATHS.regular), bold: readFileSync(FONT_PATHS.bold) });
const MADE_ON = new Date('2026-11-30T10:00:00Z');

const pdfText = async (data: ReportData) => textOf(await reportPdf(data, fonts, MADE_ON));

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
    expect(linesOutsideMargins(drawing, fonts)).toEqual([]);
    const header = drawing.items.find((item) => item.kind === 'text' && item.lines[0] === 'Saint-Remy-');
    expect(header, 'the name in the comparison table’s header, broken after a hyphen').toBeDefined();
  });
});
