/**
 * Scores computed from tallies: each indicator out of 10 and as a satisfaction rate with its 95 %
 * Wilson interval and its n. Any figure resting on fewer than {@link MIN_ANSWERS} answers is
 * suppressed (null): shown as « données insuffisantes », never as a number.
 * @module
 */
import {
  CRITERIA,
  CRITERION_LEVELS,
  OVERALL_LEVELS,
  OVERALL_SCORES,
  SATISFIED_CRITERION_LEVELS,
  SATISFIED_OVERALL_LEVELS,
  type Criterion,
} from './questionnaire.js';
import type { CriterionIndicator, Indicator, SummaryFigure } from './results.js';
import { NOT_CONCERNED, type TallyRow } from './tally.js';

/** Below this many answers a figure is not published. */
export const MIN_ANSWERS = 5;
const Z_95 = 1.959963984540054;

/**
 * Wilson score interval for a proportion: unlike the normal approximation it stays inside [0, 1]
 * and behaves for small n and rates near 0 or 1, which is where small communes live.
 * @example wilsonInterval(8, 10) // { low: 0.4902, high: 0.9433 }
 */
export function wilsonInterval(successes: number, n: number, z = Z_95): { low: number; high: number } {
  if (n <= 0) return { low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const margin = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  return {
    low: round(Math.max(0, (centre - margin) / denominator), 4),
    high: round(Math.min(1, (centre + margin) / denominator), 4),
  };
}

/** A criterion level 1–5 on a 0–10 scale: 1 → 0, 3 → 5, 5 → 10. */
export function criterionLevelScore(level: number): number {
  return ((level - 1) / 4) * 10;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function indicator(distribution: Record<string, number>, scores: Record<string, number>, satisfied: readonly string[]): Indicator {
  let n = 0;
  let total = 0;
  let happy = 0;
  for (const [level, count] of Object.entries(distribution)) {
    n += count;
    total += count * (Object.hasOwn(scores, level) ? (scores[level] ?? 0) : 0);
    if (satisfied.includes(level)) happy += count;
  }
  if (n < MIN_ANSWERS) return { n, score: null, rate: null, interval: null, distribution: null, suppressed: true };
  return {
    n,
    score: round(total / n, 2),
    rate: round(happy / n, 4),
    interval: wilsonInterval(happy, n),
    distribution,
    suppressed: false,
  };
}

const OVERALL_SCORE_BY_KEY: Record<string, number> = { ...OVERALL_SCORES };
const CRITERION_SCORE_BY_KEY: Record<string, number> = Object.fromEntries(CRITERION_LEVELS.map((level) => [String(level), criterionLevelScore(level)]));
const SATISFIED_CRITERION_KEYS = SATISFIED_CRITERION_LEVELS.map(String);

export interface ScoredTallies {
  answers: number;
  overall: Indicator;
  criteria: Record<Criterion, CriterionIndicator>;
}

/** Scores every indicator from tally rows (already filtered and summed by the caller or not). */
export function scoreTallies(rows: readonly TallyRow[]): ScoredTallies {
  const overall: Record<string, number> = Object.fromEntries(OVERALL_LEVELS.map((level) => [level, 0]));
  const criteria = Object.fromEntries(
    CRITERIA.map((criterion) => [criterion, Object.fromEntries(CRITERION_LEVELS.map((level) => [String(level), 0]))]),
  ) as Record<Criterion, Record<string, number>>;
  const notConcerned = Object.fromEntries(CRITERIA.map((criterion) => [criterion, 0])) as Record<Criterion, number>;

  // Rows come from storage: only own keys count, so a level or question named like a property of
  // Object.prototype (`constructor`, `__proto__`) can neither read nor write through the prototype.
  const add = (counts: Record<string, number>, level: string, count: number) => {
    if (level !== '__proto__') counts[level] = (Object.hasOwn(counts, level) ? (counts[level] ?? 0) : 0) + count;
  };
  for (const row of rows) {
    if (row.question === 'overall') add(overall, row.level, row.count);
    else if (!Object.hasOwn(criteria, row.question)) continue;
    else if (row.level === NOT_CONCERNED) notConcerned[row.question] += row.count;
    else add(criteria[row.question], row.level, row.count);
  }

  const overallIndicator = indicator(overall, OVERALL_SCORE_BY_KEY, SATISFIED_OVERALL_LEVELS);
  return {
    // Every answer carries the required overall question, so its n is the number of answers.
    answers: overallIndicator.n,
    overall: overallIndicator,
    criteria: Object.fromEntries(
      CRITERIA.map((criterion) => {
        const scored = indicator(criteria[criterion], CRITERION_SCORE_BY_KEY, SATISFIED_CRITERION_KEYS);
        return [criterion, { ...scored, notConcerned: notConcerned[criterion] }];
      }),
    ) as Record<Criterion, CriterionIndicator>,
  };
}

/** Sums that add up across territories, shards and months: what D1 summaries store per indicator. */
export interface IndicatorSums {
  n: number;
  scoreSum: number;
  satisfied: number;
}

/** A figure from sums, with the same suppression as everywhere else. */
export function scoreSums({ n, scoreSum, satisfied }: IndicatorSums): SummaryFigure {
  if (n < MIN_ANSWERS) return { n, score: null, rate: null, suppressed: true };
  return { n, score: round(scoreSum / n, 2), rate: round(satisfied / n, 4), suppressed: false };
}

/** A figure from sums with its rate's 95 % Wilson interval: what the open-data file publishes. Null interval when suppressed. */
export function scoreSumsWithInterval(sums: IndicatorSums): SummaryFigure & { interval: { low: number; high: number } | null } {
  const figure = scoreSums(sums);
  return { ...figure, interval: figure.suppressed ? null : wilsonInterval(sums.satisfied, sums.n) };
}

/** The sums of one indicator from its level counts (« Non concerné » left out). */
export function sumsOf(question: 'overall' | Criterion, distribution: Record<string, number>): IndicatorSums {
  const scores = question === 'overall' ? OVERALL_SCORE_BY_KEY : CRITERION_SCORE_BY_KEY;
  const satisfiedKeys: readonly string[] = question === 'overall' ? SATISFIED_OVERALL_LEVELS : SATISFIED_CRITERION_KEYS;
  const sums: IndicatorSums = { n: 0, scoreSum: 0, satisfied: 0 };
  for (const [level, count] of Object.entries(distribution)) {
    const score = Object.hasOwn(scores, level) ? scores[level] : undefined;
    if (level === NOT_CONCERNED || score === undefined) continue;
    sums.n += count;
    sums.scoreSum += count * score;
    if (satisfiedKeys.includes(level)) sums.satisfied += count;
  }
  return sums;
}
