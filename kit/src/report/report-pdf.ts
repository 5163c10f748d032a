/**
 * The report as an A4 portrait PDF, several pages, drawn with the kit's own writer (render/pdf.ts)
 * and fonts, so its text is real, extractable text in embedded DejaVu Sans, laid out by the flow
 * both reports share (pdf-flow.ts). Differences carry a marker and words (▲ au-dessus,
 * ▼ en dessous), never colour alone.
 * @module
 */
import type { Drawing } from '../drawing.js';
import type { Fonts } from '../fonts.js';
import { toPdf } from '../render/pdf.js';
import { analyse, differenceText, intervalText, monthText, rateText, scoreText, type ReportContent } from './analysis.js';
import { count, INSUFFICIENT, percent } from './format.js';
import { Flow, GREY, SIZES, type Cell } from './pdf-flow.js';
import type { ReportData } from './report-data.js';

const diff = (difference: Parameters<typeof differenceText>[0]): Cell => ({ text: differenceText(difference) });

/** The content laid out on A4 pages: the first page's items, then the others, each with its footer. */
export function reportDrawing(content: ReportContent, fonts: Fonts): Drawing {
  const flow = new Flow(fonts);
  const { territory, period } = content;
  // The title block.
  flow.titleBlock(
    'Baromètre citoyen — rapport d’analyse',
    territory.name,
    `${period.title} · département\u202f: ${content.departementName} · rapport établi le ${content.madeOn}`,
  );
  if (content.notice) flow.box('À savoir', [content.notice]);

  flow.heading('Chiffres clés');
  flow.table(
    `Chiffres clés — ${period.title}`,
    [{ text: 'Indicateur' }, { text: 'Valeur', align: 'end' }],
    content.keyFigures.map(({ label, value }) => [{ text: label }, { text: value, align: 'end' }]),
    [0.7, 0.3],
  );
  if (content.sources.length > 0) {
    flow.table(
      'Provenance des réponses',
      [{ text: 'Source' }, { text: 'Réponses', align: 'end' }, { text: 'Part', align: 'end' }],
      content.sources.map((source) => [{ text: source.label }, { text: count(source.answers), align: 'end' }, { text: source.share, align: 'end' }]),
      [0.6, 0.2, 0.2],
    );
  }

  flow.heading('Comparaison avec le département et la France');
  flow.table(
    'Part des usagers satisfaits, par indicateur',
    [
      { text: 'Indicateur' },
      { text: territory.name },
      { text: 'Fourchette à 95\u202f%' },
      { text: content.departementName },
      { text: 'Écart' },
      { text: 'France' },
      { text: 'Écart' },
    ],
    content.comparison.map((row) => [
      { text: row.label, weight: 'bold' },
      { text: row.territory.rate === null ? INSUFFICIENT : `${rateText(row.territory)} (${scoreText(row.territory)})` },
      { text: intervalText(row.territory.interval) },
      { text: rateText(row.departement) },
      diff(row.vsDepartement),
      { text: rateText(row.national) },
      diff(row.vsNational),
    ]),
    [0.18, 0.15, 0.14, 0.11, 0.155, 0.11, 0.155],
  );
  flow.text(
    '▲ au-dessus, ▼ en dessous\u202f: écart significatif. = comparable\u202f: écart qui peut s’expliquer par le hasard. — : pas de comparaison possible.'.replace(
      ' — :',
      ' —\u202f:',
    ),
    {
      size: SIZES.small,
      fill: GREY,
    },
  );

  flow.heading('Évolution');
  flow.bullets(content.trend.sentences);
  if (content.trend.months.length > 0) {
    flow.table(
      'Mois par mois',
      [{ text: 'Mois' }, { text: 'Réponses', align: 'end' }, { text: 'Satisfaits', align: 'end' }],
      content.trend.months.map((month) => [
        { text: monthText(month.month) },
        { text: count(month.answers), align: 'end' },
        { text: percent(month.rate), align: 'end' },
      ]),
      [0.5, 0.25, 0.25],
    );
  }

  flow.heading('Les services comparés');
  flow.bullets(content.services.sentences);
  if (content.services.rows.length > 0) {
    flow.table(
      'Satisfaction générale par service',
      [
        { text: 'Service' },
        { text: 'Réponses', align: 'end' },
        { text: territory.name },
        { text: content.departementName },
        { text: 'Écart' },
        { text: 'France' },
        { text: 'Écart' },
      ],
      content.services.rows.map((row) => [
        { text: row.label, weight: 'bold' },
        { text: count(row.answers), align: 'end' },
        { text: rateText(row.territory) },
        { text: rateText(row.departement) },
        diff(row.vsDepartement),
        { text: rateText(row.national) },
        diff(row.vsNational),
      ]),
      [0.19, 0.13, 0.13, 0.12, 0.145, 0.1, 0.145],
    );
  }

  flow.heading('Points forts');
  flow.bullets(content.strengths);
  flow.heading('Points à améliorer');
  flow.bullets(content.improvements);

  flow.heading('Thèmes des commentaires');
  flow.text(content.themes.note);
  if (content.themes.terms.length > 0) {
    flow.table(
      'Mots et expressions les plus employés',
      [{ text: 'Terme' }, { text: 'Commentaires', align: 'end' }],
      content.themes.terms.map((term) => [{ text: term.term }, { text: count(term.comments), align: 'end' }]),
      [0.7, 0.3],
    );
  }

  flow.box('Méthode', content.methods);

  return flow.finish(
    `Baromètre citoyen · ${territory.name} · ${period.title}`,
    `Rapport d’analyse du Baromètre citoyen\u202f: ${territory.name}, ${period.title}`,
  );
}

export function reportTitle(content: ReportContent): string {
  return `Rapport d’analyse — ${content.territory.name} — ${content.period.title}`;
}

/** The report's PDF from the API's replies: in Node (the CLI) and in the browser (the report page). */
export async function reportPdf(data: ReportData, fonts: Fonts, madeOn: Date): Promise<Uint8Array> {
  const content = analyse(data, madeOn);
  return toPdf(reportDrawing(content, fonts), {
    title: reportTitle(content),
    language: 'fr',
    fonts,
    rasterize: () => {
      throw new Error('a report has no image to rasterise');
    },
  });
}
