/**
 * Reading a ledger's comments: newest first, filtered in SQL (the answer's fields through
 * json_extract on its stored body, the period on its receipt month) so that a page is a page of
 * matching comments and the cursor paging stays exact: a full page means there may be more.
 * @module
 */
import type { Answer } from '../../../survey/response.js';
import type { CommentFilter } from '../../../survey/territory-queries.js';
import { ANSWER_FILTER_SQL, answerFilterParams } from './answer-filter.js';
import { EXCLUSION } from './ledger-schema.js';

export type { CommentFilter };

export interface StoredComment {
  id: string;
  receivedAt: number;
  service: string;
  channel: string | null;
  overall: string;
  comment: string;
  flagged: boolean;
}

/** The last comment of the previous page: receipt time, then id, since a batch stores many answers at the same millisecond. */
export interface CommentCursor {
  at: number;
  id: string;
}

interface CommentRow extends Record<string, SqlStorageValue> {
  id: string;
  received_at: number;
  flagged: number;
  comment: string;
  body: string;
}

export function readComments(sql: SqlStorage, limit: number, before?: CommentCursor, filter: CommentFilter = {}): StoredComment[] {
  const [at, id] = before ? [before.at, before.id] : [Number.MAX_SAFE_INTEGER, ''];
  return sql
    .exec<CommentRow>(
      `SELECT id, received_at, flagged, comment, body FROM responses
       WHERE comment IS NOT NULL AND (received_at < ?1 OR (received_at = ?1 AND id < ?2))
         AND ${ANSWER_FILTER_SQL}
       ORDER BY received_at DESC, id DESC LIMIT ?3`,
      at,
      id,
      limit,
      ...answerFilterParams(filter),
    )
    .toArray()
    .map((row) => {
      const answer = JSON.parse(row.body) as Answer;
      return {
        id: row.id,
        receivedAt: row.received_at,
        service: answer.service,
        channel: answer.channel ?? null,
        overall: answer.overall,
        comment: row.comment,
        flagged: row.flagged !== EXCLUSION.counted,
      };
    });
}
