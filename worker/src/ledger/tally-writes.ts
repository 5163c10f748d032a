/**
 * Adds an answer to (or removes it from) every tally table in one go, so the full tallies and the
 * roll-ups never disagree.
 * @module
 */
import type { Answer } from '../../../survey/response.js';
import { cellsOf } from '../../../survey/tally.js';

/** The dimensions counted once per answer in `tallies_dimension`. */
export const DIMENSIONS = ['source', 'service', 'channel'] as const;

export function dimensionValues(answer: Answer): Record<(typeof DIMENSIONS)[number], string> {
  return { source: answer.source ?? '', service: answer.service, channel: answer.channel ?? '' };
}

export function adjustTallies(sql: SqlStorage, answer: Answer, month: string, flagged: boolean, delta: 1 | -1): void {
  const values = dimensionValues(answer);
  for (const cell of cellsOf(answer)) {
    sql.exec(
      `INSERT INTO tallies (month, service, channel, source, flagged, question, level, count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (month, service, channel, source, flagged, question, level) DO UPDATE SET count = count + excluded.count`,
      month,
      values.service,
      values.channel,
      values.source,
      flagged ? 1 : 0,
      cell.question,
      cell.level,
      delta,
    );
    if (flagged) continue;
    sql.exec(
      `INSERT INTO tallies_month (month, question, level, count) VALUES (?, ?, ?, ?)
       ON CONFLICT (month, question, level) DO UPDATE SET count = count + excluded.count`,
      month,
      cell.question,
      cell.level,
      delta,
    );
  }
  if (flagged) return;
  for (const dimension of DIMENSIONS) {
    sql.exec(
      `INSERT INTO tallies_dimension (month, dimension, value, count) VALUES (?, ?, ?, ?)
       ON CONFLICT (month, dimension, value) DO UPDATE SET count = count + excluded.count`,
      month,
      dimension,
      values[dimension],
      delta,
    );
  }
}

export function countAbuse(sql: SqlStorage, month: string, column: 'flagged' | 'refused'): void {
  sql.exec(
    `INSERT INTO abuse (month, ${column}) VALUES (?, 1) ON CONFLICT (month) DO UPDATE SET ${column} = ${column} + 1`,
    month,
  );
}
