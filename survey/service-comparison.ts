/**
 * The comparative map of services: one function turns the sums of a territory's services and of the
 * same services in its département and nation into the figures `/services` publishes, each
 * suppressed below the threshold, with the meaningful differences marked (`significance.ts`).
 * Every page and the analysis report read these figures; none recomputes them.
 * @module
 */
import { SERVICES, type Service } from './questionnaire.js';
import { scoreSumsWithInterval, sumsOf, type IndicatorSums } from './scoring.js';
import { compareRates } from './significance.js';
import type { ServiceComparison, ServiceIndicator, ServiceSide } from './services.js';
import { SERVICE_INDICATORS } from './services.js';
import type { TallyRow } from './tally.js';

/** Sums per indicator; an indicator absent counts as no answer. */
export type SumsByIndicator = Partial<Record<ServiceIndicator, IndicatorSums>>;

const NONE: IndicatorSums = { n: 0, scoreSum: 0, satisfied: 0 };

/** A territory's cells (question, level, count) as sums per indicator, « Non concerné » left out. */
export function sumsOfCells(cells: readonly TallyRow[]): Record<ServiceIndicator, IndicatorSums> {
  return Object.fromEntries(
    SERVICE_INDICATORS.map((indicator) => {
      const distribution: Record<string, number> = Object.create(null) as Record<string, number>;
      for (const cell of cells) if (cell.question === indicator) distribution[cell.level] = (distribution[cell.level] ?? 0) + cell.count;
      return [indicator, sumsOf(indicator, distribution)];
    }),
  ) as Record<ServiceIndicator, IndicatorSums>;
}

/** Sums read from D1 rows (indicator, n, score_sum, satisfied); rows of unknown indicators are ignored. */
export function sumsOfRows(rows: readonly { indicator: string; n: number; score_sum: number; satisfied: number }[]): SumsByIndicator {
  const sums: SumsByIndicator = {};
  for (const row of rows) {
    const indicator = SERVICE_INDICATORS.find((known) => known === row.indicator);
    if (indicator) sums[indicator] = { n: row.n, scoreSum: row.score_sum, satisfied: row.satisfied };
  }
  return sums;
}

function side(sums: SumsByIndicator): ServiceSide {
  const indicators = Object.fromEntries(SERVICE_INDICATORS.map((indicator) => [indicator, scoreSumsWithInterval(sums[indicator] ?? NONE)]));
  return { answers: sums.overall?.n ?? 0, indicators: indicators as ServiceSide['indicators'] };
}

export interface ServiceSums {
  territory: SumsByIndicator;
  departement: SumsByIndicator;
  national: SumsByIndicator;
}

/** Services with answers for the territory, most answers first, then in the questionnaire's order. */
export function compareServices(sums: ReadonlyMap<Service, ServiceSums>): ServiceComparison[] {
  const rows: ServiceComparison[] = [];
  for (const service of SERVICES) {
    const found = sums.get(service);
    if (!found || (found.territory.overall?.n ?? 0) === 0) continue;
    const differences = Object.fromEntries(
      SERVICE_INDICATORS.map((indicator) => {
        const own = found.territory[indicator] ?? NONE;
        return [
          indicator,
          { departement: compareRates(own, found.departement[indicator] ?? NONE), national: compareRates(own, found.national[indicator] ?? NONE) },
        ];
      }),
    );
    rows.push({
      service,
      territory: side(found.territory),
      departement: side(found.departement),
      national: side(found.national),
      differences: differences as ServiceComparison['differences'],
    });
  }
  // A stable sort keeps the questionnaire's order among services with as many answers.
  return rows.sort((a, b) => b.territory.answers - a.territory.answers);
}
