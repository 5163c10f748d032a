/**
 * Periods: months as `YYYY-MM` (Europe/Paris), years, and the query filters built from them.
 * @module
 */
import * as z from 'zod/mini';

export const MonthSchema = z.string().check(z.regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM'));
export const YearSchema = z.coerce.number().check(z.int('expected a year such as 2026'), z.minimum(2020), z.maximum(2100));

/** The months of a year, as `from`/`to` bounds. */
export function yearBounds(year: number): { from: string; to: string } {
  return { from: `${year}-01`, to: `${year}-12` };
}
