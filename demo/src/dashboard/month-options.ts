/**
 * The months the dashboard's period filters offer, newest first, each named in French
 * (« décembre 2025 ») whatever the browser's language: an `<input type="month">` speaks the
 * browser's language and reads « December 2025 » to an English browser.
 * @module
 */
import { addMonths, MONTH_PATTERN } from '../../../survey/months.js';
import { monthName } from '../../../widget/src/results/format.js';

/** How far back the filters reach: three years of figures. */
export const MONTHS_OFFERED = 36;

/** `[value, label]` pairs from `current` back MONTHS_OFFERED months, plus `extra` months (a shared link's older bound). */
export function monthOptions(current: string, extra: readonly string[] = []): [string, string][] {
  const months = new Set(Array.from({ length: MONTHS_OFFERED }, (_, index) => addMonths(current, -index)));
  for (const month of extra) if (MONTH_PATTERN.test(month)) months.add(month);
  return [...months]
    .sort()
    .reverse()
    .map((month) => [month, monthName(month)]);
}
