import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIT_CHANNEL_LABELS_FR } from '../../../survey/audit-grid.js';
import type { AuditFigure } from '../../../survey/audits.js';
import { CRITERIA, CRITERION_LABELS_FR } from '../../../survey/questionnaire.js';
import { loadFonts } from '../fonts.js';
import { FONT_PATHS } from '../render/png-node.js';
import { analyseAudits } from './audit-analysis.js';
import type { AuditReportData } from './audit-data.js';
import { besanconAudits, villageAudits } from './audit-fixtures.js';
import { auditDrawing, auditReportPdf } from './audit-pdf.js';
import { count, percent, score } from './format.js';
import { linesOutsideMargins, pdfText, plain, publishedScores, scoresIn, shown } from './pdf-checks.js';

const fonts = loadFonts({ regular: readFileSync(FONT_PATHS.regular), bold: readFileSync(FONT_PATHS.bold) });
const MADE_ON = new Date('2026-11-30T10:00:00Z');

/** The PDF's text on one line, words wrapped in table cells joined again. */
async function textOf(data: AuditReportData): Promise<{ text: string; pages: number }> {
  const { text, pages } = await pdfText(await auditReportPdf(data, fonts, MADE_ON));
  return { text: text.replace(/\s+/g, ' '), pages };
}
describe('the audit report PDF', () => {
  it('prints the figures of the replies it was made from, each in its row, and no other score', async () => {
    const data = besanconAudits(true);
    const { text, pages } = await textOf(data);
    expect(pages).toBeGreaterThanOrEqual(2);
    const { audits, citizens } = data;
    expect(text).toContain(`Audits comptés ${count(audits.audits)} Canaux audités 4 Note globale des audits ${shown(audits.figures.overall)}`);
    expect(text).toContain(`Note globale des usagers ${plain(score(citizens.overall.score))}`);
    // Each criterion's row: its label, the audits, the territory, the département, France, the citizens.
    for (const criterion of CRITERIA) {
      const find = (set: typeof audits.figures) => set.criteria.find((figure) => figure.criterion === criterion) as AuditFigure;
      const own = find(audits.figures);
      const row = [
        CRITERION_LABELS_FR[criterion],
        count(own.audits),
        shown(own),
        shown(find(audits.references.departement)),
        shown(find(audits.references.france)),
        plain(score(citizens.criteria[criterion].score)),
      ].join(' ');
      expect(text, criterion).toContain(row);
    }
    for (const channel of audits.channels)
      expect(text).toContain(`${AUDIT_CHANNEL_LABELS_FR[channel.channel]} ${count(channel.overall.audits)} ${shown(channel.overall)}`);
    // Every score printed is one the data publishes; the suppressed ones (online procedures 6, the site 9) never.
    const allowed = publishedScores(data);
    for (const printed of scoresIn(text)) expect(allowed, printed).toContain(printed);
    expect(scoresIn(text)).not.toContain('6 / 10');
    expect(scoresIn(text)).not.toContain('9 / 10');
    // The items most often failed, each with its audits and share met; the item counted twice never.
    for (const item of analyseAudits(data, MADE_ON).items?.rows ?? [])
      expect(text).toContain(`${item.label} ${item.channelLabel} ${count(item.counted)} ${plain(percent(item.met))} ${item.meanValue ?? '—'}`);
    expect(text).not.toContain('déclaration d’accessibilité');
    expect([...text.matchAll(/\d+ %/g)].map((match) => match[0])).toEqual(['30 %', '30 %', '33 %', '40 %', '50 %', '75 %']);
    expect(text).toContain('Sur l’efficacité, les auditeurs notent plus sévèrement que les usagers : 5,3 / 10 contre 7,4 / 10.');
    expect(text).toContain('Méthode');
    expect(text).toContain('Les audits ne nomment aucun agent.');
  });

  it('without the admin token’s detail, says the item detail is reserved and prints no item', async () => {
    const data = besanconAudits(false);
    const { text } = await textOf(data);
    expect(text).toContain('Détail par point réservé à la collectivité : ce rapport public donne les notes par critère et par canal.');
    expect(text).not.toContain('Minutes d’attente avant d’être reçu');
    expect(text).not.toMatch(/\d %/);
    for (const printed of scoresIn(text)) expect(publishedScores(data), printed).toContain(printed);
  });

  it('for a territory with fewer than 3 audits, says why and prints none of its suppressed scores', async () => {
    const data = villageAudits();
    const { text } = await textOf(data);
    expect(text).toContain('Seulement 2 audits en 2026 : il en faut au moins 3 pour publier une note');
    expect(text).toContain('Note globale des audits moins de 3 audits');
    expect(text).toContain('Note globale 2 moins de 3 audits 6,9 / 10 7,1 / 10 données insuffisantes');
    // The village's own mean (4,5) is in the reply, suppressed: it must not reach the page.
    expect(text).not.toContain('4,5');
    for (const printed of scoresIn(text)) expect(publishedScores(data), printed).toContain(printed);
  });

  it('keeps every line inside the margins, a long name in a narrow column broken after its hyphens', () => {
    for (const data of [besanconAudits(true), villageAudits()]) {
      data.audits = { ...data.audits, territory: { ...data.audits.territory, name: 'Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson' } };
      data.departementName = 'Alpes-de-Haute-Provence';
      const drawing = auditDrawing(analyseAudits(data, MADE_ON), fonts);
      expect(linesOutsideMargins(drawing, fonts)).toEqual([]);
      const header = drawing.items.find((item) => item.kind === 'text' && item.lines[0] === 'Saint-Remy-');
      expect(header, 'the name in the criteria table’s header, broken after a hyphen').toBeDefined();
    }
  });
});
