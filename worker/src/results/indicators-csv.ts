/**
 * A territory's results as a tidy table: one row per indicator × period, the same columns on every
 * row, one header, codes rather than labels — what a data tool loads in one call (pandas
 * `read_csv(sep=';', decimal=',', encoding='utf-8-sig')`, R `read.csv2`), beside the report-shaped
 * results.csv that a person reads. Every figure is the one the results give (build-results.ts);
 * a suppressed figure is an empty cell, never a zero.
 * @module
 */
import { CRITERIA } from '../../../survey/questionnaire.js';
import type { Indicator, Results, SummaryFigure } from '../../../survey/results.js';
import { spreadsheetCsv, type Cell } from './csv.js';

export const INDICATORS_CSV_COLUMNS = [
  'territoire',
  'periode_debut',
  'periode_fin',
  'service',
  'canal',
  'indicateur',
  'reponses',
  'note_sur_10',
  'taux_satisfaction_pct',
  'ic95_bas_pct',
  'ic95_haut_pct',
  'non_concerne',
] as const;

/** The overall question's indicator code; the criteria keep theirs (`en-ligne` as `en_ligne`). */
export const OVERALL_INDICATOR = 'appreciation_generale';

const decimal = (value: number | null | undefined, digits = 2): Cell =>
  value === null || value === undefined ? '' : value.toLocaleString('fr-FR', { maximumFractionDigits: digits, useGrouping: false });
const percent = (value: number | null | undefined): Cell => decimal(value === null || value === undefined ? value : value * 100, 1);

export function indicatorsCsv(results: Results): string {
  const { territory, filters } = results;
  const firstMonth = results.months[0]?.month ?? '';
  const lastMonth = results.months.at(-1)?.month ?? '';
  const key = (from: string, to: string): Cell[] => [territory.id, from, to, filters.service ?? '', filters.channel ?? ''];
  const whole = key(filters.from ?? firstMonth, filters.to ?? lastMonth);
  const figure = (indicator: Indicator | SummaryFigure): Cell[] => [
    indicator.n,
    decimal(indicator.score),
    percent(indicator.rate),
    'interval' in indicator ? percent(indicator.interval?.low) : '',
    'interval' in indicator ? percent(indicator.interval?.high) : '',
  ];
  const rows: Cell[][] = [
    [...INDICATORS_CSV_COLUMNS],
    [...whole, OVERALL_INDICATOR, ...figure(results.overall), ''],
    ...CRITERIA.map((criterion) => [...whole, criterion.replace('-', '_'), ...figure(results.criteria[criterion]), results.criteria[criterion].notConcerned]),
    // Month by month, the overall question (the results give no criterion per month).
    ...results.months.map((month) => [...key(month.month, month.month), OVERALL_INDICATOR, ...figure(month.overall), '']),
  ];
  return spreadsheetCsv(rows);
}
