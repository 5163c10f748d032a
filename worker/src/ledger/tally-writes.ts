/**
 * Adds an answer to (or removes it from) the full tallies and every roll-up slice in two
 * statements, so they never disagree and a write costs the same few statements whatever the
 * answer holds; a batch's answers share them (TallyChanges). Their rows come from a JSON array
 * (json_each), so the SQL text never changes and one bound parameter carries any number of rows.
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
export function slicesOf(answer: Answer): string[] {
  const slices = [sliceOf({}), sliceOf({ service: answer.service })];
  if (answer.channel) slices.push(sliceOf({ channel: answer.channel }), sliceOf({ service: answer.service, channel: answer.channel }));
  return slices;
}

function dimensionCells(answer: Answer): { question: string; level: string }[] {
  const values = { source: answer.source ?? '', service: answer.service, channel: answer.channel ?? '' };
  return DIMENSIONS.map((dimension) => ({ question: `${DIMENSION_PREFIX}${dimension}`, level: values[dimension] }));
}

/**
 * The two upserts, as constant SQL text (the runtime prepares each once per object and reuses it,
 * where SQL built per write would be parsed and planned again each time): rows come in as one JSON
 * array, whatever their number.
 */
const TALLIES_UPSERT = `INSERT INTO tallies (month, service, channel, source, flagged, question, level, count)
   SELECT row.value ->> 0, row.value ->> 1, row.value ->> 2, row.value ->> 3, row.value ->> 4, row.value ->> 5, row.value ->> 6, row.value ->> 7
   FROM json_each(?1) AS row WHERE true
   ON CONFLICT (month, service, channel, source, flagged, question, level) DO UPDATE SET count = count + excluded.count`;
const ROLLUPS_UPSERT = `INSERT INTO rollups (slice, month, question, level, count)
   SELECT row.value ->> 0, row.value ->> 1, row.value ->> 2, row.value ->> 3, row.value ->> 4
   FROM json_each(?1) AS row WHERE true
   ON CONFLICT (slice, month, question, level) DO UPDATE SET count = count + excluded.count`;

type Row = (string | number)[];

/** Adds `delta` to the row `id` names, making it from `key` (its columns but the count) at first. */
function bump(rows: Map<string, Row>, id: string, key: () => Row, delta: number): void {
  const row = rows.get(id);
  if (row) row[row.length - 1] = (row[row.length - 1] as number) + delta;
  else rows.set(id, [...key(), delta]);
}

/**
 * The tally changes of one transaction: each answer stored, replaced or swapped adds its cells
 * here, and `flush` writes them at the end in two statements, one row per distinct cell (counts
 * summed), so a batch of a territory's month costs two upserts, not two per answer. Nothing reads
 * the tallies inside the transaction, so the committed state is exactly as if each answer had
 * written its own.
 */
export class TallyChanges {
  private readonly full = new Map<string, Row>();
  private readonly rollups = new Map<string, Row>();

  add(answer: Answer, month: string, flagged: boolean, delta: 1 | -1): void {
    const cells: Cell[] = cellsOf(answer);
    const [service, channel, source] = [answer.service, answer.channel ?? '', answer.source ?? ''];
    const flag = flagged ? 1 : 0;
    // Row ids join the key columns with NUL, which no stored value holds.
    const prefix = `${month}\u0000${service}\u0000${channel}\u0000${source}\u0000${flag}`;
    for (const { question, level } of cells)
      bump(this.full, `${prefix}\u0000${question}\u0000${level}`, () => [month, service, channel, source, flag, question, level], delta);
    // Flagged answers stay out of every figure: they are only in the full tallies and the abuse counts.
    if (flagged) return;
    const all = [...cells, ...dimensionCells(answer)];
    for (const slice of slicesOf(answer)) {
      for (const { question, level } of all)
        bump(this.rollups, `${slice}\u0000${month}\u0000${question}\u0000${level}`, () => [slice, month, question, level], delta);
    }
  }

  flush(sql: SqlStorage): void {
    if (this.full.size > 0) sql.exec(TALLIES_UPSERT, JSON.stringify([...this.full.values()]));
    if (this.rollups.size > 0) sql.exec(ROLLUPS_UPSERT, JSON.stringify([...this.rollups.values()]));
    this.full.clear();
    this.rollups.clear();
  }
}

export function countAbuse(sql: SqlStorage, month: string, column: 'flagged' | 'refused'): void {
  sql.exec(`INSERT INTO abuse (month, ${column}) VALUES (?, 1) ON CONFLICT (month) DO UPDATE SET ${column} = ${column} + 1`, month);
}
