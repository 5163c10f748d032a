/**
 * What `<barometre-resultats>` draws, computed from the API's figures alone: for each of its seven
 * charts, the title, the sentence a screen reader hears, the chart.js configuration and the data
 * table. Pure: no DOM, no chart.js at run time, so it is tested in Node.
 * @module
 */
import { CHANNEL_LABELS_FR, CRITERIA, CRITERION_LABELS_FR, OVERALL_LABELS_FR, OVERALL_LEVELS, SERVICE_LABELS_FR } from '../../../survey/questionnaire.js';
import type { SummaryFigure } from '../../../survey/results.js';
import { ownLabel, sourceLabelFr } from '../../../survey/sources.js';
import { barChart, COLORS, lineChart, type Series } from './chart-config.js';
import { horizontalChartRem, wrapLabel } from './chart-layout.js';
import { count, INSUFFICIENT, monthLabel, percent, perThousand, score } from './format.js';
import type { DashboardData } from './results-data.js';
import { filterScope } from './report-wording.js';

export type ChartId = 'criteria' | 'distribution' | 'trend' | 'participation' | 'sources' | 'services' | 'channels';

export interface ChartSpec {
  id: ChartId;
  title: string;
  /** One sentence a screen reader hears in place of the picture. */
  summary: string;
  config: ReturnType<typeof barChart> | ReturnType<typeof lineChart>;
  table: { head: string[]; rows: (string | number)[][] };
  /** The chart's height in rem when it grows with its bars (horizontal bars); the default height otherwise. */
  heightRem?: number;
  /** Shown instead of the chart when the figures rest on too few answers. */
  insufficient?: boolean;
}

const figureValue = (figure: SummaryFigure | undefined) => (figure && !figure.suppressed ? figure.score : null);

export function chartSpecs({ results, benchmarks }: Pick<DashboardData, 'results' | 'benchmarks'>): ChartSpec[] {
  const indicators = ['overall', ...CRITERIA] as const;
  const indicatorLabel = (indicator: (typeof indicators)[number]) => (indicator === 'overall' ? 'Appréciation générale' : CRITERION_LABELS_FR[indicator]);
  const own = indicators.map((indicator) => {
    const figure = indicator === 'overall' ? results.overall : results.criteria[indicator];
    return figure.suppressed ? null : figure.score;
  });
  const departement = indicators.map((indicator) => figureValue(benchmarks.departement?.indicators[indicator]));
  const national = indicators.map((indicator) => figureValue(benchmarks.national.indicators[indicator]));
  // The averages follow the page's filter (like with like); their labels say so, the tiles say which.
  const average = filterScope(benchmarks.filters) ? 'moyenne, même filtre' : 'moyenne';
  const series: Series[] = [
    { label: results.territory.name, values: own, color: COLORS.territory },
    ...(benchmarks.departement ? [{ label: `${benchmarks.departement.name} (${average})`, values: departement, color: COLORS.departement }] : []),
    { label: `France (${average})`, values: national, color: COLORS.national },
  ];
  const criteriaLabels = indicators.map((indicator) => wrapLabel(indicatorLabel(indicator)));
  const distribution = results.overall.distribution;
  const months = results.months;
  const population = results.territory.population;
  const breakdown = (title: string, id: ChartId, entries: [string, number][], label: (key: string) => string): ChartSpec => {
    const sorted = [...entries].sort((a, b) => b[1] - a[1]);
    const labels = sorted.map(([key]) => wrapLabel(label(key)));
    return {
      id,
      title,
      summary: sorted.length
        ? `${title}\u202f: ${sorted.map(([key, value]) => `${label(key)} ${count(value)}`).join(', ')}.`
        : `${title}\u202f: aucune réponse.`,
      config: barChart(labels, [{ label: 'Réponses', values: sorted.map(([, value]) => value), color: COLORS.territory }], { horizontal: true }),
      heightRem: horizontalChartRem(labels, 1),
      table: { head: [title, 'Réponses'], rows: sorted.map(([key, value]) => [label(key), value]) },
      insufficient: sorted.length === 0,
    };
  };
  const specs: ChartSpec[] = [
    {
      id: 'criteria',
      title: 'Notes sur 10 par critère, comparées au département et à la France',
      summary: indicators
        .map(
          (indicator, index) =>
            `${indicatorLabel(indicator)}\u202f: ${score(own[index])} (département ${score(departement[index])}, France ${score(national[index])})`,
        )
        .join('\u202f; '),
      // Horizontal bars with wrapped labels: the criteria's long names read whole on a phone.
      config: barChart(criteriaLabels, series, { max: 10, horizontal: true }),
      heightRem: horizontalChartRem(criteriaLabels, series.length),
      table: {
        head: ['Indicateur', results.territory.name, benchmarks.departement?.name ?? 'Département', 'France'],
        rows: indicators.map((indicator, index) => [indicatorLabel(indicator), score(own[index]), score(departement[index]), score(national[index])]),
      },
    },
    {
      id: 'distribution',
      title: 'Répartition des réponses à la question générale',
      summary: distribution ? OVERALL_LEVELS.map((level) => `${OVERALL_LABELS_FR[level]}\u202f: ${count(distribution[level] ?? 0)}`).join(', ') : INSUFFICIENT,
      config: barChart(
        OVERALL_LEVELS.map((level) => OVERALL_LABELS_FR[level]),
        [{ label: 'Réponses', values: OVERALL_LEVELS.map((level) => distribution?.[level] ?? 0), color: COLORS.territory }],
      ),
      table: {
        head: ['Réponse', 'Nombre'],
        rows: OVERALL_LEVELS.map((level) => [OVERALL_LABELS_FR[level], distribution ? (distribution[level] ?? 0) : INSUFFICIENT]),
      },
      insufficient: !distribution,
    },
    {
      id: 'trend',
      title: 'Note générale sur 10, mois par mois',
      summary: months.map((month) => `${monthLabel(month.month)}\u202f: ${score(figureValue(month.overall))}`).join(', ') || 'Aucun mois.',
      config: lineChart(
        months.map((month) => monthLabel(month.month)),
        [{ label: 'Note sur 10', values: months.map((month) => figureValue(month.overall)), color: COLORS.territory }],
        { max: 10 },
      ),
      table: {
        head: ['Mois', 'Réponses', 'Note sur 10', 'Très bien'],
        rows: months.map((month) => [
          monthLabel(month.month),
          month.answers,
          score(figureValue(month.overall)),
          percent(month.overall.suppressed ? null : month.overall.rate),
        ]),
      },
      insufficient: months.length === 0,
    },
    {
      id: 'participation',
      title: 'Participation\u202f: réponses par mois',
      summary: months.map((month) => `${monthLabel(month.month)}\u202f: ${count(month.answers)}`).join(', ') || 'Aucune réponse.',
      config: barChart(
        months.map((month) => monthLabel(month.month)),
        [{ label: 'Réponses', values: months.map((month) => month.answers), color: COLORS.territory }],
      ),
      table: {
        head: ['Mois', 'Réponses', 'Réponses pour 1\u202f000 habitants'],
        rows: months.map((month) => [monthLabel(month.month), month.answers, perThousand(month.answers, population)]),
      },
      insufficient: months.length === 0,
    },
    breakdown('Réponses par provenance', 'sources', Object.entries(results.breakdown.sources), sourceLabelFr),
    breakdown('Réponses par service', 'services', Object.entries(results.breakdown.services), (key) => ownLabel(SERVICE_LABELS_FR, key) ?? sourceLabelFr(key)),
    breakdown('Réponses par canal', 'channels', Object.entries(results.breakdown.channels), (key) => ownLabel(CHANNEL_LABELS_FR, key) ?? sourceLabelFr(key)),
  ];
  return specs.map((spec) => ({ ...spec, summary: `${spec.title}. ${spec.summary}` }));
}
