/**
 * What storing audits writes to D1, for one audit (`POST /v1/audits`, db/audits.ts) and for
 * thousands (`POST /v1/dev/audits`, the benchmark's national volume): the audits' rows and their
 * tallies, as statements for one batch (a transaction). An id already stored fails its plain
 * INSERT, and with it the whole batch, so nothing is ever tallied twice. Rows travel as JSON
 * parameters (D1 binds at most 100 values per statement); the tallies of a batch are summed before
 * they are added.
 *
 * Tallies, all in hundredths of a point (integers, so sums stay exact):
 * - `audit_month`: per territory × month × channel × service × criterion ('overall' or a criterion);
 * - `audit_item_month`: per territory × month × channel × item;
 * - `audit_reference_month`: per département × month × channel × criterion, and the same for France
 *   under département '', so the references and the map read a few hundred rows whatever the
 *   number of audited territories.
 * @module
 */
import { AUDIT_GRID_V1, itemScore, scoreAudit, type Observation } from '../../../survey/audit-grid.js';
import type { AuditRequest } from '../../../survey/audits.js';
import { monthOf } from '../../../survey/months.js';
import { maskComment } from '../../../survey/privacy.js';
import type { Territory } from '../../../survey/results.js';
import type { Env } from '../env.js';
import { hex, sha256 } from './registrations.js';

/** The tally row of an audit's overall score, beside one per criterion. */
export const OVERALL = 'overall';
/** The département of France's own reference rows. */
export const FRANCE = '';

/** JSON with every object's keys sorted: the same audit gives the same text whatever order its keys came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonical(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What tells a second delivery of the same audit from another audit reusing its id. */
export async function auditDigest(audit: AuditRequest): Promise<string> {
  return hex(await sha256(canonical(audit)));
}

export interface AuditToStore {
  audit: AuditRequest;
  auditor: string;
  territory: Territory;
  receivedAt: number;
}

const centi = (score: number) => Math.round(score * 100);

/** Adds `values` to the sums kept under `key`. */
function add(sums: Map<string, { key: unknown[]; values: number[] }>, key: unknown[], values: number[]): void {
  const id = JSON.stringify(key);
  const entry = sums.get(id);
  if (!entry) sums.set(id, { key, values: [...values] });
  else values.forEach((value, index) => (entry.values[index] = (entry.values[index] ?? 0) + value));
}

/** The statements that store these audits and add them to every tally, for one batch. */
export async function auditWrites(env: Env, audits: readonly AuditToStore[]): Promise<D1PreparedStatement[]> {
  const rows: unknown[][] = [];
  const months = new Map<string, { key: unknown[]; values: number[] }>();
  const items = new Map<string, { key: unknown[]; values: number[] }>();
  const references = new Map<string, { key: unknown[]; values: number[] }>();
  for (const { audit, auditor, territory, receivedAt } of audits) {
    const observations = audit.observations as Record<string, Observation>;
    const observedAt = Date.parse(audit.observedAt);
    const month = monthOf(observedAt);
    const score = scoreAudit(audit.channel, observations);
    rows.push([
      audit.id,
      auditor,
      territory.id,
      territory.departement,
      audit.service,
      audit.channel,
      audit.grid,
      observedAt,
      month,
      receivedAt,
      JSON.stringify(audit.observations),
      maskComment(audit.notes) ?? null,
      score.overall === null ? null : centi(score.overall),
      await auditDigest(audit),
    ]);
    const place = [territory.id, territory.kind, territory.population, territory.departement, month, audit.channel, audit.service];
    const scores: [string, number][] = [
      ...(score.overall === null ? [] : [[OVERALL, centi(score.overall)] as [string, number]]),
      ...Object.entries(score.criteria).map(([criterion, { score: value }]): [string, number] => [criterion, centi(value)]),
    ];
    for (const [criterion, value] of scores) {
      add(months, [...place, criterion], [1, value]);
      for (const departement of [territory.departement, FRANCE]) add(references, [departement, month, audit.channel, criterion], [1, value]);
    }
    for (const item of AUDIT_GRID_V1[audit.channel]) {
      const observation = observations[item.id] as Observation;
      const value = itemScore(item, observation);
      add(
        items,
        [territory.id, month, audit.channel, item.id],
        [value === null ? 0 : 1, value === null ? 0 : centi(value), observation === 'na' ? 1 : 0, typeof observation === 'number' ? observation : 0],
      );
    }
  }
  const flat = (sums: typeof months) => JSON.stringify([...sums.values()].map(({ key, values }) => [...key, ...values]));
  return [
    env.DB.prepare(
      `INSERT INTO audits (id, auditor, territory, departement, service, channel, grid, observed_at, month, received_at, observations, notes, overall_centi, digest)
       SELECT r.value ->> 0, r.value ->> 1, r.value ->> 2, r.value ->> 3, r.value ->> 4, r.value ->> 5, r.value ->> 6, r.value ->> 7, r.value ->> 8,
         r.value ->> 9, r.value ->> 10, r.value ->> 11, r.value ->> 12, r.value ->> 13
       FROM json_each(?) AS r`,
    ).bind(JSON.stringify(rows)),
    env.DB.prepare(
      `INSERT INTO audit_month (territory_id, kind, population, departement, month, channel, service, criterion, audits, score_centi)
       SELECT r.value ->> 0, r.value ->> 1, r.value ->> 2, r.value ->> 3, r.value ->> 4, r.value ->> 5, r.value ->> 6, r.value ->> 7, r.value ->> 8, r.value ->> 9
       FROM json_each(?) AS r WHERE true
       ON CONFLICT (territory_id, month, channel, service, criterion)
       DO UPDATE SET audits = audits + excluded.audits, score_centi = score_centi + excluded.score_centi`,
    ).bind(flat(months)),
    env.DB.prepare(
      `INSERT INTO audit_item_month (territory_id, month, channel, item, counted, score_centi, not_applicable, value_sum)
       SELECT r.value ->> 0, r.value ->> 1, r.value ->> 2, r.value ->> 3, r.value ->> 4, r.value ->> 5, r.value ->> 6, r.value ->> 7
       FROM json_each(?) AS r WHERE true
       ON CONFLICT (territory_id, month, channel, item)
       DO UPDATE SET counted = counted + excluded.counted, score_centi = score_centi + excluded.score_centi,
         not_applicable = not_applicable + excluded.not_applicable, value_sum = value_sum + excluded.value_sum`,
    ).bind(flat(items)),
    env.DB.prepare(
      `INSERT INTO audit_reference_month (departement, month, channel, criterion, audits, score_centi)
       SELECT r.value ->> 0, r.value ->> 1, r.value ->> 2, r.value ->> 3, r.value ->> 4, r.value ->> 5
       FROM json_each(?) AS r WHERE true
       ON CONFLICT (departement, month, channel, criterion)
       DO UPDATE SET audits = audits + excluded.audits, score_centi = score_centi + excluded.score_centi`,
    ).bind(flat(references)),
  ];
}

/** Stores thousands of audits and their tallies in one batch, for the benchmark; returns how many. */
export async function storeAuditsInBulk(env: Env, audits: readonly AuditToStore[]): Promise<number> {
  if (audits.length === 0) return 0;
  await env.DB.batch(await auditWrites(env, audits));
  return audits.length;
}
