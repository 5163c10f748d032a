/**
 * The rate limit of a kiosk (a counter tablet sending with a kiosk key, survey/kiosk.ts): keyed on
 * the kiosk, not on the connection, at a human pace: on average no more than one answer every
 * `KIOSK_PACE_SECONDS` (default 15 s: nobody fills in the questionnaire faster at a counter).
 * A file of its own, free of Workers types, like summary-delay.ts.
 * @module
 */
import type { RateLimits } from './rate-limit.js';

export const DEFAULT_KIOSK_PACE_SECONDS = 15;

/**
 * Per hour: the pace itself, ceil(3600 / pace) (240 at 15 s). Per minute: four times the average
 * pace, and at least 4 (16 at 15 s): people queue at a counter and answer one after the other, so a
 * minute may see a small burst that the hour then averages out; a script sending steadily faster
 * than the pace meets the hourly limit, and one sending in bursts meets the minute's. A kiosk is
 * one tablet answering many citizens: every answer is its own respondent, so the per-respondent
 * daily cap does not apply (the field is there for the type; the ledger ignores it for kiosks).
 */
export function kioskLimits(paceSeconds: number): RateLimits {
  return {
    perMinute: Math.max(4, Math.ceil(240 / paceSeconds)),
    perHour: Math.ceil(3600 / paceSeconds),
    perRespondentPerDay: Number.MAX_SAFE_INTEGER,
  };
}
