/**
 * French figures for people, not machines (the rules in survey/french-figures.ts), and the tiles'
 * small phrases.
 */
import { frenchNumber as number, percentText, scoreText } from '../../../survey/french-figures.js';

export const INSUFFICIENT = 'Données insuffisantes';

export const count = (value: number) => number(value, 0);
export const score = (value: number | null | undefined) => (value === null || value === undefined ? INSUFFICIENT : scoreText(value));
export const percent = (value: number | null | undefined) => (value === null || value === undefined ? INSUFFICIENT : percentText(value));
export const perThousand = (answers: number, population: number) => (population > 0 ? number((answers / population) * 1000, 2) : '—');
/** A rate per 1,000 the API computed (survey/participation.ts), as French text. */
export const perThousandValue = (value: number) => number(value, 2);

/** What was left out of the figures, in a few words. */
export function excludedNote(excluded: { refused: number; flagged: number; capped: number }): string {
  const parts = [
    excluded.refused > 0 ? `${count(excluded.refused)} refusées` : '',
    excluded.flagged > 0 ? `${count(excluded.flagged)} écartées (rafales)` : '',
    excluded.capped > 0 ? `${count(excluded.capped)} au-delà du plafond par répondant et par jour` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'aucune réponse écartée';
}

export function signed(value: number, digits = 1): string {
  const text = number(Math.abs(value), digits);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : '0';
}

/** « janv. 2026 » from `2026-01`. */
export function monthLabel(month: string): string {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15)).toLocaleDateString('fr-FR', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export { monthName } from '../../../survey/french-figures.js';
