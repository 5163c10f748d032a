/**
 * `/v1/audits`: what the mystery auditors' app talks to (issue 20), behind an auditor's token: the
 * auditor's assignments, and sending one audit. An audit is refused unless the year's campaign
 * assigns this auditor this service of this territory on this channel.
 * @module
 */
import { Hono, type Context } from 'hono';
import type * as z from 'zod/mini';
import { AUDIT_GRID_VERSION } from '../../../survey/audit-grid.js';
import { AssignmentsQuerySchema, AuditRequestSchema, OBSERVED_AT_SKEW_MS, type AssignmentsReplySchema, type AuditReplySchema } from '../../../survey/audits.js';
import { monthOf } from '../../../survey/months.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import { isAssigned, ownAssignments } from '../db/audit-campaigns.js';
import { earlierDelivery, storeAudit, type StoreOutcome } from '../db/audits.js';
import type { AppEnv } from '../env.js';
import { ApiError, parsed } from '../http/api-error.js';
import { limitBody, readJson } from '../http/json-body.js';
import { parseQuery } from '../http/query.js';
import { requireAuditor } from '../http/require-auditor.js';

/** An audit is a few dozen observations and at most 2,000 characters of notes. */
const AUDIT_MAX_BYTES = 16 * 1024;

const parisYear = (time: number) => Number(monthOf(time).slice(0, 4));

export const audits = new Hono<AppEnv>()
  .get('/assignments', async (c) => {
    const auditor = await requireAuditor(c);
    const query = parseQuery(AssignmentsQuerySchema, c.req.query());
    const year = query.year ?? parisYear(Date.now());
    c.header('Cache-Control', 'no-store');
    return c.json({
      data: {
        auditor: { id: auditor.id, name: auditor.name },
        year,
        grid: AUDIT_GRID_VERSION,
        assignments: await ownAssignments(c.env, auditor.id, year),
      },
    } satisfies z.infer<typeof AssignmentsReplySchema>);
  })
  .post('/', limitBody(AUDIT_MAX_BYTES), async (c) => {
    const auditor = await requireAuditor(c);
    const audit = parsed(AuditRequestSchema.safeParse(await readJson(c)), 'invalid_request', [], 'The audit is invalid.');
    const territory = findTerritory(audit.territory);
    if (!territory) throw new ApiError(404, 'unknown_territory', `No territory has the id ${audit.territory}.`);
    // A second delivery is answered as the first was, whatever the campaign says by now.
    const known = await earlierDelivery(c.env, audit);
    if (known) return stored(c, audit.id, known);
    const now = Date.now();
    const observedAt = Date.parse(audit.observedAt);
    if (observedAt > now + OBSERVED_AT_SKEW_MS) {
      throw new ApiError(400, 'invalid_request', 'The audit is dated in the future.', [
        { path: ['observedAt'], message: `${audit.observedAt} is later than now (${new Date(now).toISOString()})` },
      ]);
    }
    // The campaign of the year the audit happened in, in Paris: an audit made on 31 December at
    // 23:30 belongs to that year's campaign even when it arrives in January.
    const year = parisYear(observedAt);
    if (!(await isAssigned(c.env, year, { auditor: auditor.id, territory: audit.territory, service: audit.service, channel: audit.channel }))) {
      throw new ApiError(
        403,
        'not_assigned',
        `The ${year} campaign does not assign you the service ${audit.service} of ${territory.name} (${territory.id}) on the channel ${audit.channel}.`,
      );
    }
    return stored(c, audit.id, await storeAudit(c.env, audit, auditor.id, territory, now));
  });

/** The reply to a delivery: 201 the first time, 200 for the same audit again, 409 for another audit under its id. */
function stored(c: Context<AppEnv>, id: string, outcome: StoreOutcome) {
  if (outcome === 'conflict') throw new ApiError(409, 'audit_conflict', `Another audit was already received under the id ${id}; give this one a new id.`);
  c.header('Cache-Control', 'no-store');
  return c.json(
    { data: { id, status: outcome.status, receivedAt: outcome.receivedAt } } satisfies z.infer<typeof AuditReplySchema>,
    outcome.status === 'accepted' ? 201 : 200,
  );
}
