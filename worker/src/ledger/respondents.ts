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

const DAILY_UPSERT = `INSERT INTO daily (day, month, counted, respondents, capped, without_origin)
   SELECT row.value ->> 0, row.value ->> 1, row.value ->> 2, row.value ->> 3, row.value ->> 4, row.value ->> 5 FROM json_each(?1) AS row WHERE true
   ON CONFLICT (day) DO UPDATE SET counted = counted + excluded.counted, respondents = respondents + excluded.respondents,
     capped = capped + excluded.capped, without_origin = without_origin + excluded.without_origin`;

/**
 * The per-day counts of one transaction, summed per day and written at its end in one statement
 * (nothing reads them inside it): a seeded month adds one row, not one upsert per answer.
 */
export class DailyChanges {
  private readonly days = new Map<string, [day: string, month: string, counted: number, respondents: number, capped: number, withoutOrigin: number]>();

  add(day: string, month: string, counted: number, respondents: number, capped: number, withoutOrigin: number): void {
    const row = this.days.get(day);
    if (!row) this.days.set(day, [day, month, counted, respondents, capped, withoutOrigin]);
    else {
      row[2] += counted;
      row[3] += respondents;
      row[4] += capped;
      row[5] += withoutOrigin;
    }
  }

  flush(sql: SqlStorage): void {
    if (this.days.size > 0) sql.exec(DAILY_UPSERT, JSON.stringify([...this.days.values()]));
    this.days.clear();
  }
}

/** Whether a new, admitted answer counts in the figures; flagged answers only note their origin. */
export function countAnswer(sql: SqlStorage, context: CountingContext, flagged: boolean, daily: DailyChanges): 'counted' | 'capped' | 'flagged' {
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
  daily.add(day, context.month, outcome === 'counted' ? 1 : 0, newRespondent ? 1 : 0, outcome === 'capped' ? 1 : 0, context.withoutOrigin ? 1 : 0);
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
