/**
 * What the open-data file reads from the D1 summaries: the months that have figures, then one
 * month's sums per territory and indicator (the shards of a territory summed).
 * @module
 */
import type { Env } from '../env.js';

export interface OpenDataRow {
  territory_id: string;
  /** '' for every service. */
  service: string;
  /** '' for every channel. */
  channel: string;
  indicator: string;
  n: number;
  score_sum: number;
  satisfied: number;
}

export async function summarisedMonths(env: Env): Promise<string[]> {
  const { results } = await env.DB.prepare('SELECT DISTINCT month FROM indicator_month ORDER BY month').all<{ month: string }>();
  return results.map((row) => row.month);
}

/**
 * A month's rows: every service and channel together (`indicator_month`), then per service, per
 * channel and per both (`slice_month`), ordered by territory, service, channel and indicator.
 * Territories with no answer that month have no row: the file lists what was answered.
 */
export async function monthSums(env: Env, month: string): Promise<OpenDataRow[]> {
  const { results } = await env.DB.prepare(
    `SELECT territory_id, '' AS service, '' AS channel, indicator, SUM(n) AS n, SUM(score_sum) AS score_sum, SUM(satisfied) AS satisfied
     FROM indicator_month WHERE month = ?1 GROUP BY territory_id, indicator HAVING SUM(n) > 0
     UNION ALL
     SELECT territory_id, service, channel, indicator, SUM(n) AS n, SUM(score_sum) AS score_sum, SUM(satisfied) AS satisfied
     FROM slice_month WHERE month = ?1 GROUP BY territory_id, service, channel, indicator HAVING SUM(n) > 0
     ORDER BY territory_id, service, channel, indicator`,
  )
    .bind(month)
    .all<OpenDataRow>();
  return results;
}
