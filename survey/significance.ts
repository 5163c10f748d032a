/**
 * Whether a territory's rate differs meaningfully from a reference (its département, the nation):
 * the reference is marked only when it lies outside the territory's 95 % Wilson interval. That
 * interval is exactly the set of rates a score test at 5 % would not reject, so the rule is the
 * test, and the reader sees it in the interval the dashboard already prints. The reference pools
 * many more answers than the territory, so its own uncertainty is left aside.
 * @module
 */
import { scoreSums, wilsonInterval, type IndicatorSums } from './scoring.js';

/** `higher` / `lower`: the territory's rate is above / below the reference beyond chance; `same`: within it. */
export type Difference = 'higher' | 'lower' | 'same';
export const DIFFERENCES = ['higher', 'lower', 'same'] as const satisfies readonly Difference[];

/** The plain-French rule every page and the report print beside a marked difference. */
export const SIGNIFICANCE_EXPLANATION_FR =
  'Un écart est signalé seulement quand il est trop grand pour s’expliquer par le hasard des personnes qui ont répondu\u202f: la moyenne de comparaison est en dehors de la fourchette à 95\u202f% de la collectivité.';

/** The territory's rate against a reference's; null when either side is suppressed (fewer than 5 answers). */
export function compareRates(territory: IndicatorSums, reference: IndicatorSums): Difference | null {
  if (scoreSums(territory).suppressed || scoreSums(reference).suppressed) return null;
  const { low, high } = wilsonInterval(territory.satisfied, territory.n);
  const rate = reference.satisfied / reference.n;
  if (rate < low) return 'higher';
  if (rate > high) return 'lower';
  return 'same';
}
