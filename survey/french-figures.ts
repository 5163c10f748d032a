/**
 * French figures for people, not machines: « 7,2 / 10 », « 72 % », « 1 234 », each held together
 * by narrow no-break spaces (U+202F) so a phone or a PDF line never breaks one apart. The results
 * element, the dashboard and the analysis report write their figures with these, so the page and
 * the PDF print the same text for the same number. Each says « données insuffisantes » its own way
 * for a suppressed figure.
 * @module
 */
export const NNBSP = '\u202f';

/** `value` with at most `digits` decimals, French separators. */
export const frenchNumber = (value: number, digits: number) => value.toLocaleString('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

/** « 8,7 / 10 ». */
export const scoreText = (value: number) => `${frenchNumber(value, 1)}${NNBSP}/${NNBSP}10`;

/** « décembre 2025 » from `2025-12`: French whatever the reader's browser speaks. */
export function monthName(month: string): string {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15)).toLocaleDateString('fr-FR', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** « 72 % » from 0.72. */
export const percentText = (rate: number) => `${frenchNumber(rate * 100, 0)}${NNBSP}%`;
