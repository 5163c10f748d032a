/**
 * What the results assets say (« Vous nous avez donné 8,7/10 — merci ! »), read from a territory's
 * published results for a period (`GET /v1/territories/:id/results?from=&to=`). Only published
 * figures: a suppressed score (under the answers threshold) or a filtered reply is refused with a
 * sentence saying why, never drawn.
 * @module
 */
import { CRITERIA, CRITERION_LABELS_FR, type Criterion } from '../../survey/questionnaire.js';
import type { Results } from '../../survey/results.js';

export interface ResultsFigures {
  /** Mean overall score out of 10. */
  score: number;
  /** Share of satisfied answers, 0–1. */
  rate: number;
  answers: number;
  /** First and last months (YYYY-MM). */
  from: string;
  to: string;
  /** The best-rated criterion with a published score, if any. */
  best?: { criterion: Criterion; score: number };
}

export class ResultsRefusal extends Error {}

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

function monthFr(month: string, withYear: boolean): string {
  const name = MONTHS_FR[Number(month.slice(5, 7)) - 1] ?? month;
  return withYear ? `${name} ${month.slice(0, 4)}` : name;
}

/** « en mars 2026 », « de janvier à juin 2026 », « de novembre 2025 à avril 2026 ». */
export function periodFr(from: string, to: string): string {
  if (from === to) return `en ${monthFr(from, true)}`;
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const start = monthFr(from, !sameYear);
  return `${/^[aeiouyéèêà]/iu.test(start) ? 'd’' : 'de '}${start} à ${monthFr(to, true)}`;
}

/** A score as the assets write it: one decimal, French comma (8,7). */
export const scoreFr = (score: number) => score.toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function resultsFiguresOf(results: Results): ResultsFigures {
  const { overall, filters } = results;
  if (filters.service || filters.channel)
    throw new ResultsRefusal('Les affiches de résultats portent sur tous les services et tous les canaux\u202f: retirez le filtre.');
  if (!filters.from || !filters.to) throw new ResultsRefusal('Choisissez la période des résultats (premier et dernier mois).');
  if (overall.suppressed || overall.score === null || overall.rate === null)
    throw new ResultsRefusal(
      `Pas assez de réponses ${periodFr(filters.from, filters.to)} (${results.answers})\u202f: en dessous du seuil, les résultats ne sont pas publiés, ni sur une affiche.`,
    );
  let best: ResultsFigures['best'];
  for (const criterion of CRITERIA) {
    const score = results.criteria[criterion].score;
    if (!results.criteria[criterion].suppressed && score !== null && (!best || score > best.score)) best = { criterion, score };
  }
  return { score: overall.score, rate: overall.rate, answers: results.answers, from: filters.from, to: filters.to, ...(best ? { best } : {}) };
}

/** The sentences the assets print, in French (the results assets speak French for now). */
export function resultsWordsFr(figures: ResultsFigures): { headline: string; detail: string; best?: string; again: string } {
  const percent = Math.round(figures.rate * 100);
  return {
    headline: `Vous nous avez donné ${scoreFr(figures.score)}/10 — merci\u202f!`,
    detail: `${figures.answers.toLocaleString('fr-FR')} avis ${periodFr(figures.from, figures.to)} · ${percent}\u202f% d’usagers satisfaits`,
    ...(figures.best
      ? { best: `Le mieux noté\u202f: ${CRITERION_LABELS_FR[figures.best.criterion].toLocaleLowerCase('fr-FR')} (${scoreFr(figures.best.score)}/10)` }
      : {}),
    again: 'Continuez à nous donner votre avis\u202f:',
  };
}
