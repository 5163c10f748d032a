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
  /** The same sums per service, per channel and per service × channel (`slice_month`). */
  slices: SliceSums[];
}

export interface SliceSums {
  /** '' when the slice is a channel alone. */
  service: string;
  /** '' when the slice is a service alone. */
  channel: string;
  indicators: Record<Question, IndicatorSums>;
}

/** Null-prototype distributions per indicator: stored levels are keys, and none may reach Object.prototype. */
function emptyDistributions(): Map<Question, Record<string, number>> {
  return new Map<Question, Record<string, number>>(INDICATORS.map((indicator) => [indicator, Object.create(null) as Record<string, number>]));
}

function sumsByIndicator(distributions: Map<Question, Record<string, number>>): Record<Question, IndicatorSums> {
  return Object.fromEntries(INDICATORS.map((indicator) => [indicator, sumsOf(indicator, distributions.get(indicator) ?? {})])) as Record<
    Question,
    IndicatorSums
  >;
}

/**
 * Every filtered slice of a month (rows that fell back to 0 included, so a push overwrites what an
 * answer moved out of a slice left behind). The slice names come from `sliceOf` (tally-writes.ts).
 */
function readSlices(sql: SqlStorage, month: string, only?: ReadonlySet<string>): SliceSums[] {
  const slices = new Map<string, Map<Question, Record<string, number>>>();
  if (only && only.size === 0) return [];
  // The questionnaire's cells only, not the `dim:` counts; the slices asked for, or every filtered one.
  const rows = sql.exec<{ slice: string; question: string; level: string; count: number }>(
    `SELECT slice, question, level, count FROM rollups
     WHERE slice != '' AND month = ? AND question NOT LIKE '${DIMENSION_PREFIX}%'${only ? ' AND slice IN (SELECT value FROM json_each(?))' : ''}`,
    month,
    ...(only ? [JSON.stringify([...only])] : []),
  );
  for (const row of rows) {
    let distributions = slices.get(row.slice);
    if (!distributions) slices.set(row.slice, (distributions = emptyDistributions()));
    const distribution = distributions.get(row.question as Question);
    if (distribution) distribution[row.level] = row.count;
  }
  return [...slices].map(([slice, distributions]) => {
    const filter = new URLSearchParams(slice);
    return { service: filter.get('service') ?? '', channel: filter.get('channel') ?? '', indicators: sumsByIndicator(distributions) };
  });
}

/**
 * A month's summary; `slices` names the filtered slices that changed since the last push (the
 * others are left as D1 has them), or is absent when they are unknown and every slice is read.
 */
export function readMonthSummary(sql: SqlStorage, month: string, slices?: ReadonlySet<string>): MonthSummary {
  const distributions = emptyDistributions();
  for (const row of sql.exec<{ question: string; level: string; count: number }>(
    "SELECT question, level, count FROM rollups WHERE slice = '' AND month = ?",
    month,
  )) {
    const distribution = distributions.get(row.question as Question);
    if (distribution) distribution[row.level] = row.count;
  }
  const abuse = sql.exec<{ flagged: number; refused: number }>('SELECT flagged, refused FROM abuse WHERE month = ?', month).toArray()[0];
  const indicators = sumsByIndicator(distributions);
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
    slices: readSlices(sql, month, slices),
  };
}

/** `indicator_month`'s upsert for every indicator of one month, one statement: 5 shared values, then 4 per indicator. */
const INDICATOR_UPSERT = `INSERT INTO indicator_month (territory_id, shard, month, kind, departement, indicator, n, score_sum, satisfied)
     VALUES ${INDICATORS.map((_, index) => `(?1, ?2, ?3, ?4, ?5, ?${6 + index * 4}, ?${7 + index * 4}, ?${8 + index * 4}, ?${9 + index * 4})`).join(', ')}
     ON CONFLICT (territory_id, shard, month, indicator) DO UPDATE SET n = excluded.n, score_sum = excluded.score_sum, satisfied = excluded.satisfied`;

/**
 * `slice_month`'s upsert for every slice × indicator of one month, one statement whatever their
 * number: the rows come as one JSON array (json_each), as the ledger's own tallies do, since a
 * month may hold a hundred slices and D1 binds at most 100 parameters.
 */
const SLICE_UPSERT = `INSERT INTO slice_month (territory_id, shard, month, departement, service, channel, indicator, n, score_sum, satisfied)
     SELECT ?1, ?2, ?3, ?4, row.value ->> 0, row.value ->> 1, row.value ->> 2, row.value ->> 3, row.value ->> 4, row.value ->> 5
     FROM json_each(?5) AS row WHERE true
     ON CONFLICT (territory_id, shard, month, service, channel, indicator) DO UPDATE SET n = excluded.n, score_sum = excluded.score_sum, satisfied = excluded.satisfied`;

/**
 * Upserts for D1, one batch per push: a month's rows replace what the shard pushed before. Up to
 * three statements a month (its participation row, all its indicator rows in one multi-row upsert,
 * all its slices' rows in another): D1 pays for each statement of a batch, and a push happens every
 * few seconds per busy ledger.
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
  const slices = db.prepare(SLICE_UPSERT);
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
    ...(summary.slices.length === 0
      ? []
      : [
          slices.bind(
            territory.id,
            shard,
            summary.month,
            territory.departement,
            JSON.stringify(
              summary.slices.flatMap((slice) =>
                INDICATORS.map((name) => {
                  const sums = slice.indicators[name];
                  return [slice.service, slice.channel, name, sums.n, sums.scoreSum, sums.satisfied];
                }),
              ),
            ),
          ),
        ]),
  ]);
}
