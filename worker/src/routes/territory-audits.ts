/**
 * `GET /v1/territories/:id/audits?year=`: a territory's mystery-audit figures for a year (issue 20),
 * beside its département's and France's, every figure suppressed below MIN_AUDITS audits. Public;
 * with the territory's admin token, the item detail and the year's audits too (`detail`).
 * Mounted under `/v1/territories`.
 * @module
 */
import { Hono } from 'hono';
import type * as z from 'zod/mini';
import { AUDIT_GRID_VERSION } from '../../../survey/audit-grid.js';
import { AuditsQuerySchema, MIN_AUDITS, type AuditResultsReplySchema } from '../../../survey/audits.js';
import { monthOf } from '../../../survey/months.js';
import { auditDetail, auditResults } from '../db/audits.js';
import type { AppEnv } from '../env.js';
import { parseQuery, territoryParam } from '../http/query.js';
import { requireAdmin } from '../http/require-admin.js';

export const territoryAudits = new Hono<AppEnv>().get('/:id/audits', async (c) => {
  const territory = territoryParam(c.req.param('id'));
  const query = parseQuery(AuditsQuerySchema, c.req.query());
  // Only a request that sends a token asks for the detail: a wrong one is refused, not ignored.
  const admin = c.req.header('authorization') !== undefined;
  if (admin) await requireAdmin(c, territory);
  const year = query.year ?? Number(monthOf(Date.now()).slice(0, 4));
  const [results, detail] = await Promise.all([auditResults(c.env, territory, year), admin ? auditDetail(c.env, territory.id, year) : null]);
  // The same address answers differently with a token: caches must tell the two apart, and keep
  // no detail at all.
  c.header('Vary', 'Authorization');
  // Fresh like the citizens' results: an auditor who has just sent an audit finds it counted.
  if (admin) c.header('Cache-Control', 'no-store');
  return c.json({
    data: { ...results, grid: AUDIT_GRID_VERSION, threshold: MIN_AUDITS, detail },
  } satisfies z.infer<typeof AuditResultsReplySchema>);
});
