/**
 * The schemas of periods in queries and replies: a month, a year, `from`/`to`, and the period a
 * reply covers. What a month and a period are (and their arithmetic) is in `months.ts`.
 * @module
 */
import * as z from 'zod/mini';
import { MONTH_PATTERN, type MonthRange } from './months.js';

export const MonthSchema = z.string().check(z.regex(MONTH_PATTERN, 'expected a month as YYYY-MM'));
export const YearSchema = z.coerce.number().check(z.int('expected a year such as 2026'), z.minimum(2020), z.maximum(2100));

/** `from`/`to` months, inclusive (the routes check their order), as query fields. */
export const PeriodQuery = {
  from: z.optional(MonthSchema.check(z.describe('First month included (YYYY-MM)'))),
  to: z.optional(MonthSchema.check(z.describe('Last month included (YYYY-MM)'))),
};

/** `year`, or `from`/`to`; a year by default, the current one in Paris. */
export const YearOrPeriodQuery = {
  year: z.optional(YearSchema.check(z.describe('Calendar year (default: the current one); from/to override it'))),
  ...PeriodQuery,
};

/** The period a reply covers: a year's bounds (and the year), or the `from`/`to` asked for (year null). */
export const ResolvedPeriodSchema = z.object({ from: z.string(), to: z.string(), year: z.nullable(z.number()) });
export type ResolvedPeriod = MonthRange & z.infer<typeof ResolvedPeriodSchema>;
