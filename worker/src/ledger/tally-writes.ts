/**
 * Adds an answer to (or removes it from) the full tallies and every roll-up slice in two
 * statements, so they never disagree and a write costs the same few statements whatever the
 * answer holds. Multi-row upserts keep to Durable Object SQL's 100 bound parameters by binding
 * each distinct value once (numbered parameters).
 * @module
 */
import type { Answer } from '../../../survey/response.js';
import { cellsOf, type Cell } from '../../../survey/tally.js';

/** The dimensions counted once per answer, stored in roll-ups as `dim:<name>` questions. */
export const DIMENSIONS = ['source', 'service', 'channel'] as const;
export const DIMENSION_PREFIX = 'dim:';

export interface SliceFilter {
  service?: string | undefined;
  channel?: string | undefined;
}

/** The roll-up slice that answers a filter. */
export function sliceOf(filter: SliceFilter): string {
  return [filter.service ? `service=${filter.service}` : '', filter.channel ? `channel=${filter.channel}` : ''].filter(Boolean).join('&');
}

/** Every slice an answer counts in: all answers, its service, and its channel when it has one. */
function slicesOf(answer: Answer): string[] {
  const slices = [sliceOf({}), sliceOf({ service: answer.service })];
  if (answer.channel) slices.push(sliceOf({ channel: answer.channel }), sliceOf({ service: answer.service, channel: answer.channel }));
  return slices;
}

function dimensionCells(answer: Answer): { question: string; level: string }[] {
  const values = { source: answer.source ?? '', service: answer.service, channel: answer.channel ?? '' };
  return DIMENSIONS.map((dimension) => ({ question: `${DIMENSION_PREFIX}${dimension}`, level: values[dimension] }));
}

/** Binds each distinct value once and hands out its `?N`. */
class Bindings {
  readonly values: SqlStorageValue[] = [];
  private readonly index = new Map<SqlStorageValue, number>();

  ref(value: string | number): string {
    let position = this.index.get(value);
    if (position === undefined) {
      this.values.push(value);
      position = this.values.length;
      this.index.set(value, position);
    }
    return `?${position}`;
  }
}

export function adjustTallies(sql: SqlStorage, answer: Answer, month: string, flagged: boolean, delta: 1 | -1): void {
  const cells: Cell[] = cellsOf(answer);
  const full = new Bindings();
  const fullRows = cells.map(
    (cell) =>
      `(${full.ref(month)}, ${full.ref(answer.service)}, ${full.ref(answer.channel ?? '')}, ${full.ref(answer.source ?? '')}, ${full.ref(flagged ? 1 : 0)}, ${full.ref(cell.question)}, ${full.ref(cell.level)}, ${full.ref(delta)})`,
  );
  sql.exec(
    `INSERT INTO tallies (month, service, channel, source, flagged, question, level, count) VALUES ${fullRows.join(', ')}
     ON CONFLICT (month, service, channel, source, flagged, question, level) DO UPDATE SET count = count + excluded.count`,
    ...full.values,
  );
  // Flagged answers stay out of every figure: they are only in the full tallies and the abuse counts.
  if (flagged) return;
  const rollup = new Bindings();
  const rows = slicesOf(answer).flatMap((slice) =>
    [...cells, ...dimensionCells(answer)].map(
      (cell) => `(${rollup.ref(slice)}, ${rollup.ref(month)}, ${rollup.ref(cell.question)}, ${rollup.ref(cell.level)}, ${rollup.ref(delta)})`,
    ),
  );
  sql.exec(
    `INSERT INTO rollups (slice, month, question, level, count) VALUES ${rows.join(', ')}
     ON CONFLICT (slice, month, question, level) DO UPDATE SET count = count + excluded.count`,
    ...rollup.values,
  );
}

export function countAbuse(sql: SqlStorage, month: string, column: 'flagged' | 'refused'): void {
  sql.exec(`INSERT INTO abuse (month, ${column}) VALUES (?, 1) ON CONFLICT (month) DO UPDATE SET ${column} = ${column} + 1`, month);
}
