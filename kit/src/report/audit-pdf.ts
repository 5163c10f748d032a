/**
 * The audit report as an A4 portrait PDF, drawn with the kit's own writer and fonts in the flow
 * the analysis report uses (pdf-flow.ts): key figures, the criteria against the département,
 * France and the citizens, the channels, the items most often failed (or, in the public report,
 * why they are not there), and the method.
 * @module
 */
import type { Drawing } from '../drawing.js';
import type { Fonts } from '../fonts.js';
import { toPdf } from '../render/pdf.js';
import type { AuditReportData } from './audit-data.js';
import { analyseAudits, auditScoreText, citizensScoreText, DETAIL_RESERVED_NOTE, type AuditReportContent } from './audit-analysis.js';
import { count, percent } from './format.js';
import { Flow, GREY, SIZES } from './pdf-flow.js';

/** The content laid out on A4 pages, each with its footer. */
export function auditDrawing(content: AuditReportContent, fonts: Fonts): Drawing {
  const flow = new Flow(fonts);
  const { territory, year } = content;
  flow.titleBlock(
    'Baromètre citoyen — rapport des audits mystères',
    territory.name,
    `Année ${year} · département\u202f: ${content.departementName} · grille ${content.grid} · rapport établi le ${content.madeOn}`,
  );
  if (content.notice) flow.box('À savoir', [content.notice]);

  flow.heading('Chiffres clés');
  flow.table(
    `Chiffres clés — audits ${year}`,
    [{ text: 'Indicateur' }, { text: 'Valeur', align: 'end' }],
    content.keyFigures.map(({ label, value }) => [{ text: label }, { text: value, align: 'end' }]),
    [0.7, 0.3],
  );

  flow.heading('Ce que montrent les audits');
  flow.bullets(content.findings);
  flow.table(
    'Notes des audits sur 10, par critère',
    [
      { text: 'Critère' },
      { text: 'Audits', align: 'end' },
      { text: territory.name },
      { text: content.departementName },
      { text: 'France' },
      { text: 'Usagers' },
    ],
    content.criteria.map((row) => [
      { text: row.label, weight: 'bold' },
      { text: count(row.territory.audits), align: 'end' },
      { text: auditScoreText(row.territory) },
      { text: auditScoreText(row.departement) },
      { text: auditScoreText(row.france) },
      { text: citizensScoreText(row.citizens) },
    ]),
    [0.27, 0.09, 0.17, 0.16, 0.15, 0.16],
  );
  flow.text('Usagers\u202f: la note que donnent les usagers au même critère, la même année, dans leurs réponses au questionnaire.', {
    size: SIZES.small,
    fill: GREY,
  });
  if (content.channels.length > 0) {
    flow.table(
      'Note globale des audits, par canal',
      [{ text: 'Canal' }, { text: 'Audits', align: 'end' }, { text: 'Note sur 10', align: 'end' }],
      content.channels.map((row) => [
        { text: row.label, weight: 'bold' },
        { text: count(row.overall.audits), align: 'end' },
        { text: auditScoreText(row.overall), align: 'end' },
      ]),
      [0.5, 0.2, 0.3],
    );
  }

  flow.heading('Auditeurs et usagers');
  flow.bullets(content.citizens);

  flow.heading('Les points les plus souvent manqués');
  if (content.items === null) flow.text(DETAIL_RESERVED_NOTE);
  else {
    flow.text(content.items.note);
    if (content.items.rows.length > 0) {
      flow.table(
        'Points de la grille les moins souvent respectés',
        [{ text: 'Point observé' }, { text: 'Canal' }, { text: 'Audits', align: 'end' }, { text: 'Respecté', align: 'end' }, { text: 'Valeur moyenne' }],
        content.items.rows.map((row) => [
          { text: row.label },
          { text: row.channelLabel },
          { text: count(row.counted), align: 'end' },
          { text: percent(row.met), align: 'end' },
          { text: row.meanValue ?? '—' },
        ]),
        [0.42, 0.18, 0.1, 0.12, 0.18],
      );
    }
  }

  flow.box('Méthode', content.methods);
  return flow.finish(
    `Baromètre citoyen · audits · ${territory.name} · ${year}`,
    `Rapport des audits mystères du Baromètre citoyen\u202f: ${territory.name}, ${year}`,
  );
}

export function auditReportTitle(content: AuditReportContent): string {
  return `Rapport des audits — ${content.territory.name} — ${content.year}`;
}

/** The audit report's PDF from the API's replies: in Node (the CLI) and in the browser (the report page). */
export async function auditReportPdf(data: AuditReportData, fonts: Fonts, madeOn: Date): Promise<Uint8Array> {
  const content = analyseAudits(data, madeOn);
  return toPdf(auditDrawing(content, fonts), {
    title: auditReportTitle(content),
    language: 'fr',
    fonts,
    rasterize: () => {
      throw new Error('a report has no image to rasterise');
    },
  });
}
