/**
 * A territory's results as CSV for French spreadsheets: UTF-8 with BOM (Excel otherwise reads
 * Windows-1252), `;` separators and decimal commas (the French locale's), CRLF, RFC 4180 quoting by
 * csv-stringify (results/csv.ts), French labels, « données insuffisantes » where a figure is suppressed.
 * @module
 */
import { CHANNEL_LABELS_FR, CRITERIA, CRITERION_LABELS_FR, SERVICE_LABELS_FR, type Channel, type Service } from '../../../survey/questionnaire.js';
import type { Results } from '../../../survey/results.js';
import { ownLabel, sourceLabelFr } from '../../../survey/sources.js';
import { spreadsheetCsv, type Cell } from './csv.js';

export const INSUFFICIENT = 'données insuffisantes';

const decimal = (value: number | null | undefined, digits = 2): string =>
  value === null || value === undefined ? INSUFFICIENT : value.toLocaleString('fr-FR', { maximumFractionDigits: digits, useGrouping: false });
const percent = (value: number | null | undefined): string => decimal(value === null || value === undefined ? value : value * 100, 1);

export function resultsCsv(results: Results): string {
  const { territory, filters } = results;
  const period = filters.from || filters.to ? `${filters.from ?? 'début'} à ${filters.to ?? 'aujourd’hui'}` : 'toute la période';
  const rows: Cell[][] = [
    ['Baromètre citoyen — résultats', `${territory.name} (${territory.id})`],
    ['Population', territory.population],
    ['Période', period],
    ['Service', filters.service ? SERVICE_LABELS_FR[filters.service as Service] : 'tous'],
    ['Canal', filters.channel ? CHANNEL_LABELS_FR[filters.channel as Channel] : 'tous'],
    ['Réponses', results.answers],
    [],
    ['Indicateur', 'Réponses', 'Note sur 10', 'Taux de satisfaction (%)', 'IC 95 % bas (%)', 'IC 95 % haut (%)', 'Non concerné'],
    [
      'Appréciation générale',
      results.overall.n,
      decimal(results.overall.score),
      percent(results.overall.rate),
      percent(results.overall.interval?.low),
      percent(results.overall.interval?.high),
      '',
    ],
    ...CRITERIA.map((criterion) => {
      const figure = results.criteria[criterion];
      return [
        CRITERION_LABELS_FR[criterion],
        figure.n,
        decimal(figure.score),
        percent(figure.rate),
        percent(figure.interval?.low),
        percent(figure.interval?.high),
        figure.notConcerned,
      ];
    }),
    [],
    ['Mois', 'Réponses', 'Note sur 10', 'Taux de satisfaction (%)'],
    ...results.months.map((month) => [month.month, month.answers, decimal(month.overall.score), percent(month.overall.rate)]),
    [],
    ['Provenance', 'Code', 'Réponses'],
    ...Object.entries(results.breakdown.sources).map(([source, count]) => [sourceLabelFr(source), source, count]),
    [],
    ['Service', 'Réponses'],
    ...Object.entries(results.breakdown.services).map(([service, count]) => [ownLabel(SERVICE_LABELS_FR, service) ?? service, count]),
    [],
    ['Canal', 'Réponses'],
    ...Object.entries(results.breakdown.channels).map(([channel, count]) => [ownLabel(CHANNEL_LABELS_FR, channel) ?? sourceLabelFr(channel), count]),
    [],
    ['Réponses écartées', 'Nombre'],
    ['Refusées (limite de débit)', results.excluded.refused],
    ['Signalées (rafale d’un même client)', results.excluded.flagged],
  ];
  return spreadsheetCsv(rows);
}
