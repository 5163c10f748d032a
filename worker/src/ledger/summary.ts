/**
 * The rows a ledger pushes to D1 for a month: participation (answers, respondents, what was left out
 * and why, answers without an Origin, the busiest day) and, per
 * indicator, the sums that add up across territories (n, score sum, satisfied). Rankings,
 * benchmarks and the map read only these.
 * @module
 */
import type { Territory } from '../../../survey/results.js';
import { sumsOf, type IndicatorSums } from '../../../survey/scoring.js';
import { INDICATORS, type Question } from '../../../survey/tally.js';
import { KIOSK_SOURCE } from '../../../survey/kiosk.js';
import { readParticipation, type Participation } from './respondents.js';
import { DIMENSION_PREFIX } from './tally-writes.js';

export interface MonthSummary extends Participation {
  month: string;
  answers: number;
  /** Counted answers that came through a kiosk key (source `borne`): the Trophée review's kiosk share. */
  kiosk: number;
  flagged: number;
  refused: number;
  indicators: Record<Question, IndicatorSums>;
}

export function readMonthSummary(sql: SqlStorage, month: string): MonthSummary {
  // Null-prototype distributions: stored levels are keys, and none may reach Object.prototype.
  const distributions = new Map<Question, Record<string, number>>(INDICATORS.map((indicator) => [indicator, Object.create(null) as Record<string, number>]));
  for (const row of sql.exec<{ question: string; level: string; count: number }>(
    "SELECT question, level, count FROM rollups WHERE slice = '' AND month = ?",
    month,
  )) {
    const distribution = distributions.get(row.question as Question);
    if (distribution) distribution[row.level] = row.count;
  }
  const abuse = sql.exec<{ flagged: number; refused: number }>('SELECT flagged, refused FROM abuse WHERE month = ?', month).toArray()[0];
  const indicators = Object.fromEntries(INDICATORS.map((indicator) => [indicator, sumsOf(indicator, distributions.get(indicator) ?? {})])) as Record<
    Question,
    IndicatorSums
  >;
  const answers = indicators.overall.n;
  // The unfiltered roll-up counts counted answers per source: kiosk answers are those of `borne`.
  const kiosk = sql
    .exec<{ count: number }>(
      "SELECT count FROM rollups WHERE slice = '' AND month = ? AND question = ? AND level = ?",
      month,
      `${DIMENSION_PREFIX}source`,
      KIOSK_SOURCE,
    )
    .toArray()[0];
  return {
    month,
    answers,
    kiosk: kiosk?.count ?? 0,
    flagged: abuse?.flagged ?? 0,
    refused: abuse?.refused ?? 0,
    ...readParticipation(sql, month, month, answers),
    indicators,
  };
}

/** `indicator_month`'s upsert for every indicator of one month, one statement: 5 shared values, then 4 per indicator. */
const INDICATOR_UPSERT = `INSERT INTO indicator_month (territory_id, shard, month, kind, departement, indicator, n, score_sum, satisfied)
     VALUES ${INDICATORS.map((_, index) => `(?1, ?2, ?3, ?4, ?5, ?${6 + index * 4}, ?${7 + index * 4}, ?${8 + index * 4}, ?${9 + index * 4})`).join(', ')}
     ON CONFLICT (territory_id, shard, month, indicator) DO UPDATE SET n = excluded.n, score_sum = excluded.score_sum, satisfied = excluded.satisfied`;

/**
 * Upserts for D1, one batch per push: a month's rows replace what the shard pushed before. Two
 * statements a month (its participation row, then all its indicator rows in one multi-row upsert):
 * D1 pays for each statement of a batch, and a push happens every few seconds per busy ledger.
 */
export function summaryStatements(db: D1Database, territory: Territory, shard: number, summaries: MonthSummary[], now: number): D1PreparedStatement[] {
  const participation = db.prepare(
    `INSERT INTO territory_month (territory_id, shard, month, kind, departement, population, answers, flagged, refused, updated_at,
       respondents, capped, without_origin, peak_day, kiosk)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
     ON CONFLICT (territory_id, shard, month) DO UPDATE SET kind = ?4, departement = ?5, population = ?6,
       answers = ?7, flagged = ?8, refused = ?9, updated_at = ?10, respondents = ?11, capped = ?12, without_origin = ?13, peak_day = ?14, kiosk = ?15`,
  );
  const indicators = db.prepare(INDICATOR_UPSERT);
  return summaries.flatMap((summary) => [
    participation.bind(
      territory.id,
      shard,
      summary.month,
      territory.kind,
      territory.departement,
      territory.population,
      summary.answers,
      summary.flagged,
      summary.refused,
      now,
      summary.respondents,
      summary.capped,
      summary.withoutOrigin,
      summary.peakDay,
      summary.kiosk,
    ),
    indicators.bind(
      territory.id,
      shard,
      summary.month,
      territory.kind,
      territory.departement,
      ...INDICATORS.flatMap((name) => {
        const sums = summary.indicators[name];
        return [name, sums.n, sums.scoreSum, sums.satisfied];
      }),
    ),
  ]);
}
