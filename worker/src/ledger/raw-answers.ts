/**
 * Reading a ledger's answers one by one, for the raw-results export (results/answers-csv.ts):
 * ordered by receipt month, then by answer id. The id is random, so within a month the order
 * says nothing of when an answer came or who sent it: two answers of one person (one outbox
 * batch, one kiosk) are not neighbours. Filtered in SQL as the comments are (ledger/comments.ts).
 * @module
 */
import { AnswerSchema } from '../../../survey/response.js';
import type { CommentFilter } from '../../../survey/territory-queries.js';
import { ANSWER_FILTER_SQL, answerFilterParams } from './answer-filter.js';
import { EXCLUSION } from './ledger-schema.js';

/** One answer as the export gives it: no id, no time finer than the month. */
export interface RawAnswer {
  month: string;
  service: string;
  channel: string | null;
  source: string | null;
  lang: string | null;
  overall: string;
  /** Per criterion: 1–5, `null` for « Non concerné », absent when not answered. */
  criteria: Partial<Record<string, number | null>>;
  /** Masked, as stored. */
  comment: string | null;
  flagged: boolean;
}

/** Where the previous page stopped: its last answer's month and id (the id never leaves the ledger). */
export interface RawCursor {
  month: string;
  id: string;
}

export interface RawPage {
  answers: RawAnswer[];
  /** Undefined on the last page. */
  next?: RawCursor | undefined;
}

interface RawRow extends Record<string, SqlStorageValue> {
  id: string;
  month: string;
  flagged: number;
  comment: string | null;
  body: string;
}

export function readRawAnswers(sql: SqlStorage, limit: number, after?: RawCursor, filter: CommentFilter = {}): RawPage {
  const rows = sql
    .exec<RawRow>(
      `SELECT id, month, flagged, comment, body FROM responses
       WHERE (month > ?1 OR (month = ?1 AND id > ?2))
         AND ${ANSWER_FILTER_SQL}
       ORDER BY month, id LIMIT ?3`,
      after?.month ?? '',
      after?.id ?? '',
      limit,
      ...answerFilterParams(filter),
    )
    .toArray();
  const answers = rows.map((row): RawAnswer => {
    // A stored record is input too: parsed with the wire schema it was accepted under.
    const answer = AnswerSchema.parse(JSON.parse(row.body));
    return {
      month: row.month,
      service: answer.service,
      channel: answer.channel ?? null,
      source: answer.source ?? null,
      lang: answer.lang ?? null,
      overall: answer.overall,
      criteria: { ...answer.criteria },
      comment: row.comment,
      flagged: row.flagged !== EXCLUSION.counted,
    };
  });
  const last = rows.at(-1);
  return { answers, next: rows.length === limit && last ? { month: last.month, id: last.id } : undefined };
}
