/**
 * Typed queries over the summary tables the ledgers push to D1. Several shards of one territory
 * each push their own rows; every query sums over them.
 * @module
 */
import type { MonthRange } from '../../../survey/months.js';
import type { Env } from '../env.js';

export interface ParticipationRow {
  territory_id: string;
  population: number;
  answers: number;
  respondents: number;
  flagged: number;
  refused: number;
  capped: number;
  without_origin: number;
  peak_day: number;
  /** Counted answers from kiosks (source `borne`). */
  kiosk: number;
  /** 1 when the territory's registration is approved: its candidature to the Trophée. */
  candidate: number;
}

/** Per territory of a kind and size, what the Trophée and its review read over a period. */
export async function participation(env: Env, period: MonthRange, kind: string, min: number, max: number): Promise<ParticipationRow[]> {
  const { results } = await env.DB.prepare(
    `SELECT territory_id, MAX(population) AS population, SUM(answers) AS answers, SUM(respondents) AS respondents,
       SUM(flagged) AS flagged, SUM(refused) AS refused, SUM(capped) AS capped, SUM(without_origin) AS without_origin,
       MAX(peak_day) AS peak_day, SUM(kiosk) AS kiosk, EXISTS (SELECT 1 FROM territories WHERE territories.id = territory_id) AS candidate
     FROM territory_month
     WHERE month BETWEEN ?1 AND ?2 AND kind = ?3 AND population >= ?4 AND population < ?5
     GROUP BY territory_id`,
  )
    .bind(period.from, period.to, kind, min, max)
    .all<ParticipationRow>();
  return results;
}

export interface IndicatorRow {
  indicator: string;
  n: number;
  score_sum: number;
  satisfied: number;
}

/** Pooled sums per indicator, nationally or within one département. */
export async function indicatorSums(env: Env, period: MonthRange, departement?: string): Promise<IndicatorRow[]> {
  const { results } = await env.DB.prepare(
    `SELECT indicator, SUM(n) AS n, SUM(score_sum) AS score_sum, SUM(satisfied) AS satisfied
     FROM indicator_month
     WHERE month BETWEEN ?1 AND ?2 AND (?3 IS NULL OR departement = ?3)
     GROUP BY indicator`,
  )
    .bind(period.from, period.to, departement ?? null)
    .all<IndicatorRow>();
  return results;
}

export async function overallByDepartement(env: Env, period: MonthRange): Promise<(IndicatorRow & { departement: string })[]> {
  const { results } = await env.DB.prepare(
    `SELECT departement, 'overall' AS indicator, SUM(n) AS n, SUM(score_sum) AS score_sum, SUM(satisfied) AS satisfied
     FROM indicator_month WHERE indicator = 'overall' AND month BETWEEN ?1 AND ?2 GROUP BY departement`,
  )
    .bind(period.from, period.to)
    .all<IndicatorRow & { departement: string }>();
  return results;
}

export async function answersByDepartement(
  env: Env,
  period: MonthRange,
): Promise<{ departement: string; answers: number; respondents: number; flagged: number }[]> {
  const { results } = await env.DB.prepare(
    `SELECT departement, SUM(answers) AS answers, SUM(respondents) AS respondents, SUM(flagged) AS flagged
     FROM territory_month WHERE month BETWEEN ?1 AND ?2 GROUP BY departement`,
  )
    .bind(period.from, period.to)
    .all<{ departement: string; answers: number; respondents: number; flagged: number }>();
  return results;
}

/** Total answers in the summaries: what the ledgers have pushed so far. */
export async function summarisedAnswers(env: Env, territory?: string): Promise<number> {
  const row = await env.DB.prepare('SELECT COALESCE(SUM(answers), 0) AS answers FROM territory_month WHERE (?1 IS NULL OR territory_id = ?1)')
    .bind(territory ?? null)
    .first<{ answers: number }>();
  return row?.answers ?? 0;
}

export interface TerritorySumsRow {
  territory_id: string;
  answers: number;
  respondents: number;
}

/** Per territory of a département (communes and EPCI alike), answers and respondents over a period. */
export async function territorySums(env: Env, period: MonthRange, departement: string): Promise<TerritorySumsRow[]> {
  const { results } = await env.DB.prepare(
    `SELECT territory_id, SUM(answers) AS answers, SUM(respondents) AS respondents
     FROM territory_month WHERE departement = ?1 AND month BETWEEN ?2 AND ?3 GROUP BY territory_id`,
  )
    .bind(departement, period.from, period.to)
    .all<TerritorySumsRow>();
  return results;
}

/** Per territory of a département, the overall question's sums over a period. */
export async function overallByTerritory(env: Env, period: MonthRange, departement: string): Promise<(IndicatorRow & { territory_id: string })[]> {
  const { results } = await env.DB.prepare(
    `SELECT territory_id, 'overall' AS indicator, SUM(n) AS n, SUM(score_sum) AS score_sum, SUM(satisfied) AS satisfied
     FROM indicator_month WHERE departement = ?1 AND indicator = 'overall' AND month BETWEEN ?2 AND ?3 GROUP BY territory_id`,
  )
    .bind(departement, period.from, period.to)
    .all<IndicatorRow & { territory_id: string }>();
  return results;
}

/** A service or channel filter on the D1 summaries: '' (or absent) means every service or every channel. */
export interface SliceFilter {
  service?: string | undefined;
  channel?: string | undefined;
}

/**
 * Pooled sums per indicator for one slice (a service, a channel, or both), nationally or within one
 * département: `indicatorSums` under a filter, read as `serviceSums` of that one service ('' for a
 * channel alone).
 */
export async function sliceSums(env: Env, period: MonthRange, filter: SliceFilter, departement?: string): Promise<IndicatorRow[]> {
  return serviceSums(env, period, [filter.service ?? ''], filter.channel, departement);
}

/**
 * Per service among `services` (under one channel, or all), pooled sums per indicator, nationally or
 * within one département. Two SQL texts, so each meets its index.
 */
export async function serviceSums(
  env: Env,
  period: MonthRange,
  services: readonly string[],
  channel: string | undefined,
  departement?: string,
): Promise<(IndicatorRow & { service: string })[]> {
  if (services.length === 0) return [];
  const where = departement === undefined ? '' : 'departement = ?5 AND ';
  const statement = env.DB.prepare(
    `SELECT service, indicator, SUM(n) AS n, SUM(score_sum) AS score_sum, SUM(satisfied) AS satisfied
     FROM slice_month
     WHERE ${where}service IN (SELECT value FROM json_each(?1)) AND channel = ?2 AND month BETWEEN ?3 AND ?4
     GROUP BY service, indicator`,
  );
  const values = [JSON.stringify(services), channel ?? '', period.from, period.to];
  const { results } = await (departement === undefined ? statement.bind(...values) : statement.bind(...values, departement)).all<
    IndicatorRow & { service: string }
  >();
  return results;
}
