/**
 * What the Trophée de la qualité de l'accueil reads from D1: per audited territory of a category,
 * its audits' overall tallies over the year and whether it is a candidate; the citizens' overall
 * sums beside them; the published palmarès is in db/palmares.ts.
 * @module
 */
import type { MonthRange } from '../../../survey/months.js';
import type { Env } from '../env.js';

export interface AuditRankingRow {
  territory_id: string;
  population: number;
  /** Audits counted over the period (the 'overall' tallies: one per audit). */
  audits: number;
  /** Sum of those audits' overall scores, in hundredths of a point. */
  score_centi: number;
  /** Distinct channels among them. */
  channels: number;
  /** 1 when the territory's registration is approved: its candidature to the Trophée. */
  candidate: number;
}

/** Per audited territory of a kind and size, its overall audit tallies over a period. */
export async function auditRankingRows(env: Env, period: MonthRange, kind: string, min: number, max: number): Promise<AuditRankingRow[]> {
  const { results } = await env.DB.prepare(
    `SELECT territory_id, MAX(population) AS population, SUM(audits) AS audits, SUM(score_centi) AS score_centi,
       COUNT(DISTINCT CASE WHEN audits > 0 THEN channel END) AS channels,
       EXISTS (SELECT 1 FROM territories WHERE territories.id = territory_id) AS candidate
     FROM audit_month
     WHERE criterion = 'overall' AND month BETWEEN ?1 AND ?2 AND kind = ?3 AND population >= ?4 AND population < ?5
     GROUP BY territory_id`,
  )
    .bind(period.from, period.to, kind, min, max)
    .all<AuditRankingRow>();
  return results;
}

/** The citizens' overall sums over a period for each of these territories (those with answers). */
export async function citizenOverall(
  env: Env,
  period: MonthRange,
  territories: readonly string[],
): Promise<{ territory_id: string; n: number; score_sum: number; satisfied: number }[]> {
  if (territories.length === 0) return [];
  const { results } = await env.DB.prepare(
    `SELECT territory_id, SUM(n) AS n, SUM(score_sum) AS score_sum, SUM(satisfied) AS satisfied
     FROM indicator_month
     WHERE territory_id IN (SELECT value FROM json_each(?1)) AND indicator = 'overall' AND month BETWEEN ?2 AND ?3
     GROUP BY territory_id`,
  )
    .bind(JSON.stringify(territories), period.from, period.to)
    .all<{ territory_id: string; n: number; score_sum: number; satisfied: number }>();
  return results;
}

/** Per département, the audits' overall tallies over a period (the départements' own sums): the national map's audit layer. */
export async function auditsByDepartement(env: Env, period: MonthRange): Promise<{ departement: string; audits: number; score_centi: number }[]> {
  const { results } = await env.DB.prepare(
    `SELECT departement, SUM(audits) AS audits, SUM(score_centi) AS score_centi
     FROM audit_reference_month WHERE departement <> '' AND criterion = 'overall' AND month BETWEEN ?1 AND ?2 GROUP BY departement`,
  )
    .bind(period.from, period.to)
    .all<{ departement: string; audits: number; score_centi: number }>();
  return results;
}
