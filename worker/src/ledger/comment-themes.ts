/**
 * Counting the terms of a ledger's comments (survey/comment-themes.ts): for each term, the number of
 * distinct counted comments using it (ledger/comment-terms.ts), over a period of receipt months and
 * the service and channel filters. Flagged and capped answers are left out, as from every figure.
 *
 * Cost: one pass over the comments of the period (the partial index `responses_comment_month`
 * finds them without reading the other answers), read row by row from the cursor, never as an array;
 * what is held is the map of terms, which grows with the vocabulary, not with the comments. Measured
 * in workerd on a busy 2-core machine: 5,000 comments in 0.25 to 0.6 s, 100,000 comments of about
 * 25 words in 4 to 6 s, mostly the tokenizer; the object serves nothing else meanwhile.
 *
 * The threshold is the route's, applied after the shards are merged: a term used by 3 comments in
 * each of two shards is used by 6. So a shard keeps every term used by at least `minComments` (1
 * when the territory is sharded), most used first, cut at `limit` terms; `floor` says how many
 * comments at most use a term it left out (0 when it left none out).
 * @module
 */
import type { CommentThemesQuery } from '../../../survey/comment-themes.js';
import { answerFilterParams, answerFilterSql } from './answer-filter.js';
import { EXCLUSION } from './ledger-schema.js';
import { commentTerms } from './comment-terms.js';

export interface ThemeFilter {
  service?: CommentThemesQuery['service'];
  channel?: CommentThemesQuery['channel'];
  /** Receipt months, both included (YYYY-MM). */
  from: string;
  to: string;
}

export interface TermCounts {
  /** Counted comments in the period and filters. */
  comments: number;
  /** Each term with the distinct comments using it, most used first. */
  terms: { term: string; comments: number }[];
  /** The most comments using a term left out of `terms` (by minComments or limit): 0 if none was. */
  floor: number;
}

const french = new Intl.Collator('fr');
type Counted = [term: string, comments: number];
/** Most used first, then in French order: the order the route publishes. */
export const inFrenchOrder = ([termA, countA]: Counted, [termB, countB]: Counted): number => countB - countA || french.compare(termA, termB);
/**
 * Most used first, then by code units: cheap for a shard's long tail of terms used once, which the
 * route sorts again; floor covers the ties its cut separates.
 */
const byCodeUnits = ([termA, countA]: Counted, [termB, countB]: Counted): number => countB - countA || (termA < termB ? -1 : termA > termB ? 1 : 0);

export function countCommentTerms(sql: SqlStorage, filter: ThemeFilter, keep: { minComments: number; limit: number }): TermCounts {
  // Service and channel only: the period is bound as ?1 and ?2, where the index can use it.
  const only = { service: filter.service, channel: filter.channel };
  const cursor = sql.exec<{ comment: string }>(
    `SELECT comment FROM responses
     WHERE comment IS NOT NULL AND month >= ?1 AND month <= ?2 AND flagged = ${EXCLUSION.counted}
       AND ${answerFilterSql(3)}`,
    filter.from,
    filter.to,
    ...answerFilterParams(only),
  );
  const counts = new Map<string, number>();
  let comments = 0;
  for (const row of cursor) {
    comments += 1;
    for (const term of commentTerms(row.comment)) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const sorted = [...counts].filter(([, count]) => count >= keep.minComments).sort(keep.minComments > 1 ? inFrenchOrder : byCodeUnits);
  const terms = sorted.slice(0, keep.limit).map(([term, comments]) => ({ term, comments }));
  let floor = sorted[keep.limit]?.[1] ?? 0;
  if (keep.minComments > 1 && counts.size > sorted.length) floor = Math.max(floor, keep.minComments - 1);
  return { comments, terms, floor };
}
