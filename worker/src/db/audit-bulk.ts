/**
 * Audits written in bulk, for local development only (`POST /v1/dev/audits`): `npm run bench:api`
 * loads 100,000 audits to measure the audit results against a national volume, which audit by
 * audit through `POST /v1/audits` (a lookup and a three-statement batch each) would take many
 * minutes on a laptop. The rows are those `storeAudit` (db/audits.ts) writes — the same scores from
 * survey/audit-grid.ts, the same month in Paris, the same tallies in hundredths — but one batch
 * holds thousands of audits, their tallies summed before they are added
 * (worker/test/audit-bulk.test.ts checks both paths give the same figures).
 * @module
 */
import { AUDIT_GRID_V1, itemScore, scoreAudit, type Observation } from '../../../survey/audit-grid.js';
import type { AuditRequest } from '../../../survey/audits.js';
import { monthOf } from '../../../survey/months.js';
import { maskComment } from '../../../survey/privacy.js';
import type { Territory } from '../../../survey/results.js';
import type { Env } from '../env.js';
import { auditDigest } from './audits.js';

export interface BulkAudit {
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

/**
 * Stores the audits and their tallies in one D1 batch (a transaction): an id already stored fails
 * the whole batch (a plain INSERT on the primary key), so nothing is ever tallied twice. The rows
 * travel as JSON parameters (D1 binds at most 100 values per statement). Returns the audits stored.
 */
export async function storeAuditsInBulk(env: Env, audits: readonly BulkAudit[]): Promise<number> {
  if (audits.length === 0) return 0;
  const rows: unknown[][] = [];
  const months = new Map<string, { key: unknown[]; values: number[] }>();
  const items = new Map<string, { key: unknown[]; values: number[] }>();
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
    if (score.overall !== null) add(months, [...place, 'overall'], [1, centi(score.overall)]);
    for (const [criterion, { score: value }] of Object.entries(score.criteria)) add(months, [...place, criterion], [1, centi(value)]);
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
  await env.DB.batch([
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
  ]);
  return audits.length;
}
