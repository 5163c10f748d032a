/**
 * French figures for the report, written as the dashboard writes them (« 8,7 / 10 », « 72 % »,
 * « 1 234 ») by the same rules (survey/french-figures.ts); the report's tests check the printed
 * figures against the API's numbers through these same functions.
 * @module
 */
import { frenchNumber as number, NNBSP, percentText, scoreText } from '../../../survey/french-figures.js';

export { NNBSP };
export const INSUFFICIENT = 'données insuffisantes';

export const count = (value: number) => number(value, 0);
export const score = (value: number | null) => (value === null ? INSUFFICIENT : scoreText(value));
export const percent = (value: number | null) => (value === null ? INSUFFICIENT : percentText(value));
export const perThousand = (value: number | null) => (value === null ? '—' : number(value, 2));
/** A change in percentage points, signed: « +6 points », « −3 points ». */
export const points = (difference: number) => {
  const rounded = Math.round(difference * 100);
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${Math.abs(rounded)}${NNBSP}point${Math.abs(rounded) > 1 ? 's' : ''}`;
};
/** A date as « 30 novembre 2026 ». */
export const longDate = (date: Date) => date.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });
