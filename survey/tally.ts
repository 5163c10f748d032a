/**
 * How an answer counts: the (question, level) cells it adds one to. The ledger adds these on
 * insert and subtracts them when an update replaces the answer, so tallies stay exact.
 * @module
 */
import { CRITERIA, type Criterion, type OverallLevel } from './questionnaire.js';
import type { Answer } from './response.js';

export type Question = 'overall' | Criterion;

/** Every question a figure is published for: the overall one, then the criteria. */
export const INDICATORS: readonly Question[] = ['overall', ...CRITERIA];
/** Level key as stored: an overall level, `1`…`5` for a criterion, or `nc` for « Non concerné ». */
export type LevelKey = OverallLevel | '1' | '2' | '3' | '4' | '5' | 'nc';
export const NOT_CONCERNED: LevelKey = 'nc';

export interface Cell {
  question: Question;
  level: LevelKey;
}

export interface TallyRow extends Cell {
  count: number;
}

export function cellsOf(answer: Answer): Cell[] {
  const cells: Cell[] = [{ question: 'overall', level: answer.overall }];
  for (const criterion of CRITERIA) {
    const value = answer.criteria?.[criterion];
    if (value === undefined) continue;
    cells.push({ question: criterion, level: value === null ? NOT_CONCERNED : (String(value) as LevelKey) });
  }
  return cells;
}

/**
 * How many steps of the questionnaire an answer has filled: criteria answered (« Non concerné »
 * included), the channel, the comment. A later version of an answer replaces an earlier one only if
 * it has more of them filled in (as the wire format says), so a stale retry cannot erase what came
 * after it.
 */
export function completeness(answer: Answer): number {
  return Object.values(answer.criteria ?? {}).filter((value) => value !== undefined).length + (answer.channel ? 1 : 0) + (answer.comment ? 1 : 0);
}
