/**
 * The month an answer counts in, in French time: an answer given at 00:30 on 1 March in Paris
 * belongs to March, although it is still February in UTC.
 * @module
 */
const formatter = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' });

/** `YYYY-MM` of an instant, in Europe/Paris. */
export function monthOf(epochMs: number): string {
  const parts = formatter.formatToParts(epochMs);
  const year = parts.find((part) => part.type === 'year')?.value;
  const month = parts.find((part) => part.type === 'month')?.value;
  return `${year}-${month}`;
}

const dayFormatter = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** `YYYY-MM-DD` of an instant, in Europe/Paris: the day a respondent is counted in. */
export function dayOf(epochMs: number): string {
  return dayFormatter.format(epochMs);
}
