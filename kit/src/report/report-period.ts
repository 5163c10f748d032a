/**
 * The report's period: a calendar year (`2026`) or a quarter (`2026-T1` … `2026-T4`), as the CLI's
 * `--period` and the page's `?periode=` give it, turned into the months the API takes and the words
 * the report prints. The previous period of the same length (the trend's reference) is the year or
 * quarter just before, which is what `previousRange` in survey/months.ts gives for these ranges.
 * @module
 */
import * as z from 'zod/mini';
import { previousRange, type MonthRange } from '../../../survey/months.js';

export const REPORT_PERIOD_PATTERN = /^(\d{4})(?:-T([1-4]))?$/;

export const ReportPeriodSchema = z
  .string()
  .check(z.regex(REPORT_PERIOD_PATTERN, 'expected a year (2026) or a quarter (2026-T1 to 2026-T4)'))
  .check(
    z.refine((value) => {
      const year = Number(value.slice(0, 4));
      return year >= 2020 && year <= 2100;
    }, 'expected a year between 2020 and 2100'),
  );

export interface ReportPeriod extends MonthRange {
  /** As written: `2026` or `2026-T3`. */
  id: string;
  year: number;
  /** 1–4 for a quarter, null for a year. */
  quarter: number | null;
  /** « l’année 2026 », « le 3e trimestre 2026 »: what a sentence says. */
  label: string;
  /** « Année 2026 », « 3e trimestre 2026 »: what a heading says. */
  title: string;
}

const ORDINAL = ['1er', '2e', '3e', '4e'] as const;

function periodOf(year: number, quarter: number | null): ReportPeriod {
  if (quarter === null) {
    return { id: String(year), year, quarter, from: `${year}-01`, to: `${year}-12`, label: `l’année ${year}`, title: `Année ${year}` };
  }
  const first = (quarter - 1) * 3 + 1;
  const month = (index: number) => `${year}-${String(index).padStart(2, '0')}`;
  const words = `${ORDINAL[quarter - 1]} trimestre ${year}`;
  return {
    id: `${year}-T${quarter}`,
    year,
    quarter,
    from: month(first),
    to: month(first + 2),
    label: `le ${words}`,
    title: words[0]?.toUpperCase() + words.slice(1),
  };
}

/** The period a parameter names; throws a ZodError-free Error naming the parameter when it is malformed. */
export function parseReportPeriod(value: string): ReportPeriod {
  const parsed = ReportPeriodSchema.safeParse(value);
  if (!parsed.success) throw new Error(`période « ${value} » invalide\u202f: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  const [, year = '', quarter] = REPORT_PERIOD_PATTERN.exec(value) ?? [];
  return periodOf(Number(year), quarter ? Number(quarter) : null);
}

/** The year or quarter just before, the trend's reference. */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const previous =
    period.quarter === null ? periodOf(period.year - 1, null) : period.quarter === 1 ? periodOf(period.year - 1, 4) : periodOf(period.year, period.quarter - 1);
  // The same months survey/months.ts would compare with: one rule for every trend.
  const range = previousRange(period);
  if (range.from !== previous.from || range.to !== previous.to) throw new Error(`previous period of ${period.id} disagrees with previousRange`);
  return previous;
}

/** The periods a chooser offers: each year from `first` to `last`, newest first, with its quarters. */
export function periodChoices(first: number, last: number): ReportPeriod[] {
  const choices: ReportPeriod[] = [];
  for (let year = last; year >= first; year -= 1) {
    choices.push(periodOf(year, null));
    for (const quarter of [4, 3, 2, 1]) choices.push(periodOf(year, quarter));
  }
  return choices;
}
