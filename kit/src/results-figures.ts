/**
 * What the results assets say (« Vous nous avez donné 8,7/10 — merci ! »), read from a territory's
 * published results for a period (`GET /v1/territories/:id/results?from=&to=`). Only published
 * figures: a suppressed score (under the answers threshold) or a filtered reply is refused with a
 * sentence saying why, never drawn.
 * @module
 */
import { CRITERIA, type Criterion } from '../../survey/questionnaire.js';
import type { Results } from '../../survey/results.js';
import { kitTranslator, numberLocale, type KitLanguage } from './i18n.js';

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

/** A score as the assets write it in a language: one decimal (8,7 in French, 8.7 in English). */
export const scoreIn = (score: number, language: KitLanguage) =>
  score.toLocaleString(numberLocale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * A share as a percentage in a language: French typography's narrow no-break space before « % »
 * (Intl gives a wide one), and no bidirectional marks (Arabic's U+200E), which the kit's fonts
 * have no glyph for.
 */
export function percentIn(rate: number, language: KitLanguage): string {
  const percent = rate.toLocaleString(numberLocale(language), { style: 'percent', maximumFractionDigits: 0 }).replace(/[\u200e\u200f\u061c]/gu, '');
  return language === 'fr' || language === 'fr-falc' ? percent.replace(/\s%/u, '\u202f%') : percent;
}

const monthDate = (month: string) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15);

/**
 * The period in a language: French's own sentence (« de janvier à juin 2026 »), else the language's
 * month range as Intl writes it (« January – June 2026 », « enero–junio de 2026 »).
 */
export function periodIn(from: string, to: string, language: KitLanguage): string {
  if (language === 'fr' || language === 'fr-falc') return periodFr(from, to);
  const format = new Intl.DateTimeFormat(numberLocale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  // Intl puts thin spaces (U+2009) around the range's dash: plain ones, which every measure and font knows.
  return (from === to ? format.format(monthDate(from)) : format.formatRange(monthDate(from), monthDate(to))).replace(/\u2009/gu, ' ');
}

/** The sentences the assets print, in the kit's language and its number format. */
export function resultsWords(figures: ResultsFigures, language: KitLanguage): { headline: string; detail: string; best?: string; again: string } {
  const t = kitTranslator(language);
  const locale = numberLocale(language);
  const criterion = (label: string) => (language === 'de' ? label : label.charAt(0).toLocaleLowerCase(locale) + label.slice(1));
  return {
    headline: t('results.headline', { score: scoreIn(figures.score, language) }),
    detail: t('results.detail', {
      answers: figures.answers.toLocaleString(locale),
      period: periodIn(figures.from, figures.to, language),
      percent: percentIn(figures.rate, language),
    }),
    ...(figures.best
      ? { best: t('results.best', { criterion: criterion(t(`flyer.criteria.${figures.best.criterion}`)), score: scoreIn(figures.best.score, language) }) }
      : {}),
    again: t('results.again'),
  };
}
