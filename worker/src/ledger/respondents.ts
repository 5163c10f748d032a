/**
 * Counting people, not requests (survey/participation.ts): per client (the salted daily hash) and
 * day, how many of its answers this territory has counted. The first makes it a respondent; past
 * the cap, answers are kept but left out of the figures (`capped`). Per day, the counts the month
 * summaries and the team's review read: counted answers, respondents, capped answers, answers
 * without an `Origin`. Runs inside the ledger's transaction.
 * @module
 */
import { CLIENT_RETENTION_MS } from './rate-limit.js';
import { dayOf } from '../../../survey/months.js';

export interface CountingContext {
  client: string;
  now: number;
  month: string;
  /** Answers of one client per day that count; null counts every answer as its own respondent (local seeding). */
  cap: number | null;
  /** No Origin header: not sent by a web page. */
  withoutOrigin: boolean;
}

/** Whether a new, admitted answer counts in the figures; flagged answers only note their origin. */
export function countAnswer(sql: SqlStorage, context: CountingContext, flagged: boolean): 'counted' | 'capped' | 'flagged' {
  const day = dayOf(context.now);
  let outcome: 'counted' | 'capped' | 'flagged' = 'flagged';
  let newRespondent = false;
  if (!flagged) {
    if (context.cap === null) {
      outcome = 'counted';
      newRespondent = true;
    } else {
      const row = sql
        .exec<{ answers: number }>(
          `INSERT INTO client_days (client, day, answers, first_at) VALUES (?1, ?2, 1, ?3)
           ON CONFLICT (client, day) DO UPDATE SET answers = answers + 1 RETURNING answers`,
          context.client,
          day,
          context.now,
        )
        .one();
      outcome = row.answers <= context.cap ? 'counted' : 'capped';
      newRespondent = row.answers === 1;
    }
  }
  sql.exec(
    `INSERT INTO daily (day, month, counted, respondents, capped, without_origin) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
     ON CONFLICT (day) DO UPDATE SET counted = counted + ?3, respondents = respondents + ?4, capped = capped + ?5, without_origin = without_origin + ?6`,
    day,
    context.month,
    outcome === 'counted' ? 1 : 0,
    newRespondent ? 1 : 0,
    outcome === 'capped' ? 1 : 0,
    context.withoutOrigin ? 1 : 0,
  );
  return outcome;
}

export interface Participation {
  /** Respondents; answers counted before days were recorded count as one respondent each. */
  respondents: number;
  capped: number;
  withoutOrigin: number;
  /** Counted answers on the busiest day. */
  peakDay: number;
}

/**
 * Participation over the months `from` to `to` (inclusive), given the answers counted then (the
 * roll-ups' `overall` n): a month's D1 summary and a results query both read it here.
 */
export function readParticipation(sql: SqlStorage, from: string, to: string, counted: number): Participation {
  const row = sql
    .exec<{ counted: number | null; respondents: number | null; capped: number | null; without_origin: number | null; peak: number | null }>(
      'SELECT SUM(counted) AS counted, SUM(respondents) AS respondents, SUM(capped) AS capped, SUM(without_origin) AS without_origin, MAX(counted) AS peak FROM daily WHERE month BETWEEN ? AND ?',
      from,
      to,
    )
    .one();
  // Answers stored before this ledger counted days (or seeded) have no day row: each was its own respondent then.
  const untracked = Math.max(0, counted - (row.counted ?? 0));
  return { respondents: (row.respondents ?? 0) + untracked, capped: row.capped ?? 0, withoutOrigin: row.without_origin ?? 0, peakDay: row.peak ?? 0 };
}

/** Forgets per-client day counts with the rate limiter's hashes: none outlives 48 h. */
export function purgeClientDays(sql: SqlStorage, now: number): void {
  sql.exec('DELETE FROM client_days WHERE first_at < ?', now - CLIENT_RETENTION_MS);
}
