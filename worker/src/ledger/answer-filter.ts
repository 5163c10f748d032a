/**
 * The filters a territory's comments and raw answers take (survey/territory-queries.ts), in SQL on
 * the ledger's `responses`: the answer's fields through json_extract on its stored body, the period
 * on its receipt month. Both queries bind them as parameters ?4 to ?8, after their own three.
 * @module
 */
import type { CommentFilter } from '../../../survey/territory-queries.js';

export const ANSWER_FILTER_SQL = `(?4 IS NULL OR json_extract(body, '$.overall') = ?4)
         AND (?5 IS NULL OR json_extract(body, '$.service') = ?5)
         AND (?6 IS NULL OR json_extract(body, '$.channel') = ?6)
         AND (?7 IS NULL OR month >= ?7) AND (?8 IS NULL OR month <= ?8)`;

/** Parameters ?4 to ?8 of ANSWER_FILTER_SQL. */
export const answerFilterParams = (filter: CommentFilter): (string | null)[] => [
  filter.rating ?? null,
  filter.service ?? null,
  filter.channel ?? null,
  filter.from ?? null,
  filter.to ?? null,
];
