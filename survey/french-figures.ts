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

/** « 72 % » from 0.72. */
export const percentText = (rate: number) => `${frenchNumber(rate * 100, 0)}${NNBSP}%`;
