/**
 * Mystery audits in D1 (migration 0013): an audit is stored with its tallies in one batch (a
 * transaction, db/audit-writes.ts), and every figure is read from the tallies (`audit_month`,
 * `audit_item_month`, `audit_reference_month`), kept in hundredths of a point so sums stay exact.
 * @module
 */
import * as z from 'zod/mini';
import { AUDIT_CHANNELS, AUDIT_GRID_V1, type AuditChannel } from '../../../survey/audit-grid.js';
import {
  auditFigure,
  ObservationSchema,
  type AuditDetail,
  type AuditFigures,
  type AuditItemFigure,
  type AuditRequest,
  type AuditResults,
} from '../../../survey/audits.js';
import { yearBounds } from '../../../survey/months.js';
import { CRITERIA, type Service } from '../../../survey/questionnaire.js';
import type { Territory } from '../../../survey/results.js';
import type { Env } from '../env.js';
import { referenceFigures } from './reference-cache.js';
import { auditDigest, auditWrites, FRANCE, OVERALL } from './audit-writes.js';

export type StoreOutcome = { status: 'accepted' | 'duplicate'; receivedAt: string } | 'conflict';

async function earlier(env: Env, id: string, digest: string): Promise<StoreOutcome | null> {
  const row = await env.DB.prepare('SELECT digest, received_at FROM audits WHERE id = ?').bind(id).first<{ digest: string; received_at: number }>();
  if (!row) return null;
  return row.digest === digest ? { status: 'duplicate', receivedAt: new Date(row.received_at).toISOString() } : 'conflict';
}

/**
 * Whether this audit was already received (`duplicate`), or another one under its id (`conflict`):
 * null when its id is new. The route asks before the campaign check, so an audit stored before its
 * line left the campaign is still acknowledged when the app sends it again.
 */
export async function earlierDelivery(env: Env, audit: AuditRequest): Promise<StoreOutcome | null> {
  return earlier(env, audit.id, await auditDigest(audit));
}

/**
 * Stores an audit and adds it to the tallies, all or nothing (db/audit-writes.ts). The audit's plain
 * INSERT fails on a second delivery (its id is the primary key), and with it the whole batch: the
 * tallies are never counted twice, even when two deliveries race. The loser then reads the winner's row.
 */
export async function storeAudit(env: Env, audit: AuditRequest, auditor: string, territory: Territory, now: number): Promise<StoreOutcome> {
  const digest = await auditDigest(audit);
  // Fast path: most second deliveries come long after the first.
  const known = await earlier(env, audit.id, digest);
  if (known) return known;
  try {
    await env.DB.batch(await auditWrites(env, [{ audit, auditor, territory, receivedAt: now }]));
  } catch (error) {
    // Another delivery of this id committed first: its row says whether it was this audit.
    const raced = await earlier(env, audit.id, digest);
    if (raced) return raced;
    throw error;
  }
  return { status: 'accepted', receivedAt: new Date(now).toISOString() };
}

interface TallyRow {
  channel: string;
  criterion: string;
  audits: number;
  score_centi: number;
}

/** The figures of a set of tally rows: overall and the five criteria, each suppressed below MIN_AUDITS. */
function figuresOf(rows: readonly TallyRow[]): AuditFigures {
  const sum = (criterion: string) =>
    rows
      .filter((row) => row.criterion === criterion)
      .reduce((total, row) => ({ audits: total.audits + row.audits, centi: total.centi + row.score_centi }), { audits: 0, centi: 0 });
  const overall = sum(OVERALL);
  return {
    overall: auditFigure(overall.audits, overall.centi),
    criteria: CRITERIA.map((criterion) => {
      const { audits, centi: total } = sum(criterion);
      return { criterion, ...auditFigure(audits, total) };
    }),
  };
}

/** A territory's tallies of a year, per channel and criterion. */
async function tallies(env: Env, year: number, territory: string): Promise<TallyRow[]> {
  const { from, to } = yearBounds(year);
  const { results } = await env.DB.prepare(
    `SELECT channel, criterion, SUM(audits) AS audits, SUM(score_centi) AS score_centi FROM audit_month
     WHERE territory_id = ?3 AND month BETWEEN ?1 AND ?2 GROUP BY channel, criterion`,
  )
    .bind(from, to, territory)
    .all<TallyRow>();
  return results;
}

/** A département's tallies of a year, or France's (FRANCE): a few hundred rows whatever the number of audited territories. */
export async function referenceTallies(env: Env, year: number, departement: string): Promise<TallyRow[]> {
  const { from, to } = yearBounds(year);
  const { results } = await env.DB.prepare(
    `SELECT channel, criterion, SUM(audits) AS audits, SUM(score_centi) AS score_centi FROM audit_reference_month
     WHERE departement = ?3 AND month BETWEEN ?1 AND ?2 GROUP BY channel, criterion`,
  )
    .bind(from, to, departement)
    .all<TallyRow>();
  return results;
}

/** A territory's audit figures for a year, with its département's and France's; `detail` is left to `auditDetail`. */
export async function auditResults(env: Env, territory: Territory, year: number): Promise<Omit<AuditResults, 'grid' | 'threshold' | 'detail'>> {
  // The references are the same for every territory of the département (or of France) that asks:
  // kept a while by this instance (db/reference-cache.ts), keyed by year.
  const [own, departement, france] = await Promise.all([
    tallies(env, year, territory.id),
    referenceFigures(env, `audits|${year}|${territory.departement}`, () => referenceTallies(env, year, territory.departement)),
    referenceFigures(env, `audits|${year}`, () => referenceTallies(env, year, FRANCE)),
  ]);
  const figures = figuresOf(own);
  return {
    territory,
    year,
    audits: figures.overall.audits,
    figures,
    channels: AUDIT_CHANNELS.map((channel) => ({ channel, ...figuresOf(own.filter((row) => row.channel === channel)) })),
    references: { departement: figuresOf(departement), france: figuresOf(france) },
  };
}

const StoredObservations = z.record(z.string(), ObservationSchema);

/** The admin detail: per grid item over the year, and every audit of the year, newest first. */
export async function auditDetail(env: Env, territory: string, year: number): Promise<AuditDetail> {
  const { from, to } = yearBounds(year);
  const [itemRows, auditRows] = await env.DB.batch<Record<string, unknown>>([
    env.DB.prepare(
      `SELECT channel, item, SUM(counted) AS counted, SUM(score_centi) AS score_centi, SUM(not_applicable) AS not_applicable, SUM(value_sum) AS value_sum
       FROM audit_item_month WHERE territory_id = ? AND month BETWEEN ? AND ? GROUP BY channel, item`,
    ).bind(territory, from, to),
    env.DB.prepare(
      `SELECT id, service, channel, observed_at, received_at, overall_centi, observations, notes
       FROM audits WHERE territory = ? AND month BETWEEN ? AND ? ORDER BY observed_at DESC, id`,
    ).bind(territory, from, to),
  ]);
  const tallied = new Map(
    (
      (itemRows?.results ?? []) as { channel: AuditChannel; item: string; counted: number; score_centi: number; not_applicable: number; value_sum: number }[]
    ).map((row) => [`${row.channel}|${row.item}`, row]),
  );
  // In grid order, channel by channel; an item nobody observed this year is left out.
  const items: AuditItemFigure[] = AUDIT_CHANNELS.flatMap((channel) =>
    AUDIT_GRID_V1[channel].flatMap((item) => {
      const row = tallied.get(`${channel}|${item.id}`);
      if (!row) return [];
      return [
        {
          channel,
          item: item.id,
          label: item.label,
          criterion: item.criterion,
          counted: row.counted,
          notApplicable: row.not_applicable,
          met: row.counted === 0 ? null : Math.round(row.score_centi / row.counted) / 100,
          meanValue: item.kind === 'measure' && row.counted > 0 ? Math.round((row.value_sum / row.counted) * 100) / 100 : null,
        },
      ];
    }),
  );
  const audits = (
    (auditRows?.results ?? []) as {
      id: string;
      service: Service;
      channel: AuditChannel;
      observed_at: number;
      received_at: number;
      overall_centi: number | null;
      observations: string;
      notes: string | null;
    }[]
  ).map((row) => ({
    id: row.id,
    service: row.service,
    channel: row.channel,
    observedAt: new Date(row.observed_at).toISOString(),
    receivedAt: new Date(row.received_at).toISOString(),
    overall: row.overall_centi === null ? null : row.overall_centi / 100,
    // Stored JSON is input too: parsed back, never trusted as typed.
    observations: StoredObservations.parse(JSON.parse(row.observations)),
    notes: row.notes,
  }));
  return { items, audits };
}
