/**
 * The filters a territory's comments and raw answers take (survey/territory-queries.ts), in SQL on
 * the ledger's `responses`: the answer's fields through json_extract on its stored body, the period
 * on its receipt month. Comments and raw answers bind them as parameters ?4 to ?8, after their own
 * three; the comment themes (comment-themes.ts) from ?3, after their own two.
 * @module
 */
import type { CommentFilter } from '../../../survey/territory-queries.js';

/** The filter as SQL, its five parameters numbered from `first`. */
export const answerFilterSql = (first: number): string => {
  const [rating, service, channel, from, to] = [0, 1, 2, 3, 4].map((offset) => `?${first + offset}`);
  return `(${rating} IS NULL OR json_extract(body, '$.overall') = ${rating})
         AND (${service} IS NULL OR json_extract(body, '$.service') = ${service})
         AND (${channel} IS NULL OR json_extract(body, '$.channel') = ${channel})
         AND (${from} IS NULL OR month >= ${from}) AND (${to} IS NULL OR month <= ${to})`;
};

export const ANSWER_FILTER_SQL = answerFilterSql(4);

/** The parameters of answerFilterSql, in order (?4 to ?8 of ANSWER_FILTER_SQL). */
export const answerFilterParams = (filter: CommentFilter): (string | null)[] => [
  filter.rating ?? null,
  filter.service ?? null,
  filter.channel ?? null,
  filter.from ?? null,
  filter.to ?? null,
];
