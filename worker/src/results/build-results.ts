/**
 * Turns a territory's ledger aggregates into the published results: scores, breakdowns, months.
 * @module
 */
import { QUESTIONNAIRE_VERSION, type Channel, type Service } from '../../../survey/questionnaire.js';
import type { MonthFigures, Results, Territory } from '../../../survey/results.js';
import { participationRate } from '../../../survey/participation.js';
import { scoreSums, scoreTallies, sumsOf } from '../../../survey/scoring.js';
import type { Aggregates } from '../ledger/aggregates.js';

export interface ResultsFilters {
  service?: Service | undefined;
  channel?: Channel | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function monthFigures(aggregates: Aggregates): MonthFigures[] {
  const byMonth = new Map<string, Record<string, number>>();
  for (const row of aggregates.months) {
    // Keyed by stored levels: a null-prototype object has no `constructor` or `__proto__` to trip on.
    const distribution = byMonth.get(row.month) ?? (Object.create(null) as Record<string, number>);
    distribution[row.level] = (distribution[row.level] ?? 0) + row.count;
    byMonth.set(row.month, distribution);
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, distribution]) => {
      const overall = scoreSums(sumsOf('overall', distribution));
      return { month, answers: overall.n, overall };
    });
}

function dimension(aggregates: Aggregates, name: string): Record<string, number> {
  return Object.fromEntries(
    aggregates.dimensions
      .filter((row) => row.dimension === name)
      .sort((a, b) => b.count - a.count)
      // An answer without a channel or source is counted under « non précisé ».
      .map((row) => [row.value === '' ? 'non-precise' : row.value, row.count]),
  );
}

export function buildResults(territory: Territory, aggregates: Aggregates, filters: ResultsFilters): Results {
  return {
    territory,
    questionnaire: QUESTIONNAIRE_VERSION,
    filters: { service: filters.service ?? null, channel: filters.channel ?? null, from: filters.from ?? null, to: filters.to ?? null },
    ...scoreTallies(aggregates.cells),
    respondents: aggregates.respondents,
    participation: aggregates.respondents === null ? null : participationRate(aggregates.respondents, territory.population),
    breakdown: { sources: dimension(aggregates, 'source'), services: dimension(aggregates, 'service'), channels: dimension(aggregates, 'channel') },
    months: monthFigures(aggregates),
    excluded: { refused: aggregates.refused, flagged: aggregates.flagged, capped: aggregates.capped },
  };
}
