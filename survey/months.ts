/**
 * Periods, the one home: months as `YYYY-MM` (Europe/Paris), a period as a range of months, a
 * year's range, and month arithmetic — without zod, so pages and components that pick periods (the
 * dashboard's default year, the previous period a trend compares with) stay light. The query and
 * reply schemas built on them are in `period.ts`.
 * @module
 */

/** A month, `YYYY-MM`: what every period bound, query and page field is checked against. */
export const MONTH_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])$/;

/** A period: the months from `from` to `to`, both included. */
export interface MonthRange {
  from: string;
  to: string;
}

/** The months of a year. */
export function yearBounds(year: number): MonthRange {
  return { from: `${year}-01`, to: `${year}-12` };
}

const parse = (month: string) => ({ year: Number(month.slice(0, 4)), index: Number(month.slice(5, 7)) - 1 });
const format = (year: number, index: number) => `${year}-${String(index + 1).padStart(2, '0')}`;

export function addMonths(month: string, count: number): string {
  const { year, index } = parse(month);
  const total = year * 12 + index + count;
  return format(Math.floor(total / 12), ((total % 12) + 12) % 12);
}

/** Months from `from` to `to`, both included. */
export function monthCount(range: MonthRange): number {
  const [a, b] = [parse(range.from), parse(range.to)];
  return (b.year - a.year) * 12 + (b.index - a.index) + 1;
}

// One formatter each, built once: a ledger asks for the month of every answer it stores.
const parisMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' });
const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The month (Europe/Paris) of a time, `YYYY-MM`: an answer given at 00:30 on 1 March in Paris
 * belongs to March, although it is still February in UTC.
 */
export function monthOf(time: number): string {
  return sameHour(lastMonth, time, (at) => {
    const parts = parisMonth.formatToParts(at);
    return `${parts.find((part) => part.type === 'year')?.value}-${parts.find((part) => part.type === 'month')?.value}`;
  });
}

/** The day (Europe/Paris) of a time, `YYYY-MM-DD`: the day a respondent is counted in. */
export function dayOf(time: number): string {
  return sameHour(lastDay, time, (at) => parisDay.format(at));
}

/**
 * Paris is a whole number of hours from UTC and changes offset on the hour, so a day or a month
 * (Paris) never starts inside a UTC hour: the last hour's answer holds for every time in it. Saves
 * the formatter on each answer a ledger stores and each client hash.
 */
const HOUR_MS = 3_600_000;
const lastMonth = { hour: Number.NaN, value: '' };
const lastDay = { hour: Number.NaN, value: '' };
function sameHour(last: { hour: number; value: string }, time: number, compute: (time: number) => string): string {
  const hour = Math.floor(time / HOUR_MS);
  if (hour !== last.hour) {
    last.value = compute(time);
    last.hour = hour;
  }
  return last.value;
}

/** The twelve months ending with the current one. */
export function lastTwelveMonths(now: number): MonthRange {
  const to = monthOf(now);
  return { from: addMonths(to, -11), to };
}

/** The period of the same length just before. */
export function previousRange(range: MonthRange): MonthRange {
  const length = monthCount(range);
  return { from: addMonths(range.from, -length), to: addMonths(range.from, -1) };
}
