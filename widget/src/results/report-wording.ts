/**
 * The tiles' sentences in words a mayor's office reads without a statistician: the confidence
 * interval as a range « entre a et b », and why there is no trend yet. Only wording: every figure
 * is the API's. Pure, tested in Node.
 * @module
 */
import { CHANNEL_LABELS_FR, SERVICE_LABELS_FR, type Channel, type Service } from '../../../survey/questionnaire.js';
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

/**
 * The filter every figure and comparison of the page shares, in words (« Mairie, au guichet »), or
 * '' without one: the tiles and the averages' labels say it, so nobody reads a filtered figure
 * against an unfiltered average.
 */
export function filterScope(filters: { service: Service | null; channel: Channel | null }): string {
  const parts = [filters.service ? SERVICE_LABELS_FR[filters.service] : '', filters.channel ? CHANNEL_LABELS_FR[filters.channel].toLowerCase() : ''];
  const text = parts.filter(Boolean).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
