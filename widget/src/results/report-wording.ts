/**
 * The tiles' sentences in words a mayor's office reads without a statistician: the confidence
 * interval as a range « entre a et b », and why there is no trend yet. Only wording: every figure
 * is the API's. Pure, tested in Node.
 * @module
 */
import { MIN_ANSWERS } from '../../../survey/scoring.js';
import { count, percent } from './format.js';

/** « entre 47 % et 91 % (intervalle de confiance à 95 %) » from the API's Wilson interval. */
export function intervalText(interval: { low: number; high: number }): string {
  return `entre ${percent(interval.low)} et ${percent(interval.high)} (intervalle de confiance à 95\u202f%)`;
}

/** The one-line explanation of that range, for whoever asks. */
export function intervalExplanation(n: number): string {
  return `Avec ${count(n)} réponse${n > 1 ? 's' : ''}, la part réelle de «\u202fTrès bien\u202f» parmi tous les usagers se situe dans cette fourchette 95 fois sur 100\u202f; plus il y a de réponses, plus elle se resserre.`;
}

/**
 * Why the trend tile has no figure yet, calmly: the trend compares the period shown (`months`
 * months) with as many months before it, and each side needs MIN_ANSWERS answers (the
 * suppression rule). `current` and `previous` are the answers each side counts.
 */
export function noTrendText(months: number, current: number, previous: number): string {
  const [shown, before] = months === 1 ? ['le mois affiché', 'le mois précédent'] : [`les ${months} mois affichés`, `les ${months} mois précédents`];
  const side = current < MIN_ANSWERS ? { where: shown, n: current } : { where: before, n: previous };
  return `Pas encore de tendance\u202f: il faut au moins ${MIN_ANSWERS} réponses sur ${side.where} pour comparer (${count(side.n)} aujourd’hui).`;
}
