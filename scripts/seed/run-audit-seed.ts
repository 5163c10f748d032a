/**
 * Sends the audit seed (audits.ts) to a running local Worker. The auditors and campaigns go through
 * the team's real routes (`POST /v1/auditors`, `PUT /v1/campaigns/{year}`, the year's lines kept
 * and the seed's added); the audits through `/v1/dev/seed-audits`, which stores each with
 * `storeAudit`, the store `POST /v1/audits` uses (the same scores, masked notes and tallies, one
 * D1 batch each, idempotent by id) with a receipt time of the past. Through `POST /v1/audits`
 * itself the seed's 800 audits took over a minute on a loaded two-core machine (an auditor token,
 * the wrong-token throttle, the campaign, then the store: five D1 round trips each, one request
 * each); the route's own checks are what the plan's test checks (scripts/seed/audits.test.ts).
 *
 * Seeding twice changes nothing: the seed's auditors are found by name, the campaign's lines are
 * kept once, the audits keep their seeded ids (acknowledged as duplicates).
 * @module
 */
import type { Assignment, Auditor, CampaignReply } from '../../survey/audits.js';
import { LOCAL_OPERATOR_TOKEN } from '../../survey/registration.js';
import type { Territory } from '../../survey/results.js';
import { auditSeedPlan } from './audits.js';

/** `wrangler dev` answers 503 while it restarts the Worker; a 429 says when to come back. */
async function request(url: string, init: RequestInit, attempts = 6): Promise<Response> {
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(url, init);
    if ((response.status !== 503 && response.status !== 429) || attempt === attempts) return response;
    await response.body?.cancel();
    const wait = Number(response.headers.get('retry-after'));
    await new Promise((resolve) => setTimeout(resolve, Number.isFinite(wait) && wait > 0 ? Math.min(wait, 10) * 1000 : 500 * attempt));
  }
}

async function data<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what} failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { data: T }).data;
}

export interface AuditSeedResult {
  auditors: number;
  audits: number;
  accepted: number;
  territories: number;
  below: number;
  seconds: number;
}

/** Audits per request to /v1/dev/seed-audits. */
const AUDITS_PER_REQUEST = 200;

export async function runAuditSeed(url: string, territories: readonly Territory[], options: { now?: number } = {}): Promise<AuditSeedResult> {
  const started = Date.now();
  const plan = auditSeedPlan(territories, { now: options.now });
  const operator = { authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}`, 'content-type': 'application/json' };

  const { auditors: existing } = await data<{ auditors: Auditor[] }>(await request(`${url}/v1/auditors`, { headers: operator }), 'listing auditors');
  const ids: string[] = [];
  for (const name of plan.auditors) {
    const found = existing.find((auditor) => auditor.name === name && !auditor.revokedAt);
    ids.push(
      found?.id ??
        (
          await data<{ auditor: Auditor }>(
            await request(`${url}/v1/auditors`, { method: 'POST', headers: operator, body: JSON.stringify({ name }) }),
            `creating auditor ${name}`,
          )
        ).auditor.id,
    );
  }

  for (const { year, assignments } of plan.campaigns) {
    // PUT replaces the year's list: the lines already there (the team's own) are sent back with the seed's.
    const current = await data<CampaignReply['data']>(await request(`${url}/v1/campaigns/${year}`, { headers: operator }), `reading campaign ${year}`);
    const lines: Assignment[] = [
      ...current.assignments.map(
        (line) => ({ auditor: line.auditor.id, territory: line.territory.id, service: line.service, channel: line.channel }) as Assignment,
      ),
      ...assignments.map((line) => ({ ...line, auditor: ids[line.auditor] ?? '' })),
    ];
    const unique = [...new Map(lines.map((line) => [`${line.auditor}|${line.territory}|${line.service}|${line.channel}`, line])).values()];
    await data(
      await request(`${url}/v1/campaigns/${year}`, { method: 'PUT', headers: operator, body: JSON.stringify({ assignments: unique }) }),
      `saving campaign ${year}`,
    );
  }

  let accepted = 0;
  for (let start = 0; start < plan.audits.length; start += AUDITS_PER_REQUEST) {
    const audits = plan.audits
      .slice(start, start + AUDITS_PER_REQUEST)
      .map(({ auditor, audit, receivedAt }) => ({ auditor: ids[auditor] ?? '', receivedAt, audit }));
    const { results } = await data<{ results: { status: string }[] }>(
      await request(`${url}/v1/dev/seed-audits`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ audits }) }),
      'seeding audits',
    );
    accepted += results.filter((result) => result.status === 'accepted').length;
  }
  return {
    auditors: plan.auditors.length,
    audits: plan.audits.length,
    accepted,
    territories: plan.audited,
    below: plan.below,
    seconds: (Date.now() - started) / 1000,
  };
}
