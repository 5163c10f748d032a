/**
 * Sends the audit seed (audits.ts) to a running local Worker through the real routes, as the team
 * and the auditors' app do: `POST /v1/auditors` (operator token), `PUT /v1/campaigns/{year}` (the
 * year's lines kept, the seed's added), then every audit through `POST /v1/audits` with its
 * auditor's token. The public routes check, score and tally each audit exactly as in production;
 * a seed of a few hundred audits takes seconds, so no shortcut into D1 is worth its second path.
 *
 * Tokens are shown once: when the seed's auditors already exist (a second `npm run seed`), their
 * audits are already there (the plan is deterministic) and nothing is sent.
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
  skipped: boolean;
}

export async function runAuditSeed(
  url: string,
  territories: readonly Territory[],
  options: { now?: number; concurrency?: number } = {},
): Promise<AuditSeedResult> {
  const started = Date.now();
  const plan = auditSeedPlan(territories, { now: options.now });
  const operator = { authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}`, 'content-type': 'application/json' };
  const result = {
    auditors: plan.auditors.length,
    audits: plan.audits.length,
    accepted: 0,
    territories: plan.audited,
    below: plan.below,
    seconds: 0,
    skipped: false,
  };

  const { auditors: existing } = await data<{ auditors: Auditor[] }>(await request(`${url}/v1/auditors`, { headers: operator }), 'listing auditors');
  if (plan.auditors.every((name) => existing.some((auditor) => auditor.name === name))) {
    return { ...result, skipped: true, seconds: (Date.now() - started) / 1000 };
  }

  const made: { id: string; token: string }[] = [];
  for (const name of plan.auditors) {
    const { auditor, token } = await data<{ auditor: Auditor; token: string }>(
      await request(`${url}/v1/auditors`, { method: 'POST', headers: operator, body: JSON.stringify({ name }) }),
      `creating auditor ${name}`,
    );
    made.push({ id: auditor.id, token });
  }

  for (const { year, assignments } of plan.campaigns) {
    // PUT replaces the year's list: the lines already there (the team's own) are sent back with the seed's.
    const current = await data<CampaignReply['data']>(await request(`${url}/v1/campaigns/${year}`, { headers: operator }), `reading campaign ${year}`);
    const lines: Assignment[] = [
      ...current.assignments.map(
        (line) => ({ auditor: line.auditor.id, territory: line.territory.id, service: line.service, channel: line.channel }) as Assignment,
      ),
      ...assignments.map((line) => ({ ...line, auditor: made[line.auditor]?.id ?? '' })),
    ];
    await data(
      await request(`${url}/v1/campaigns/${year}`, { method: 'PUT', headers: operator, body: JSON.stringify({ assignments: lines }) }),
      `saving campaign ${year}`,
    );
  }

  let next = 0;
  const worker = async () => {
    for (let index = next++; index < plan.audits.length; index = next++) {
      const { auditor, audit } = plan.audits[index] as (typeof plan.audits)[number];
      const reply = await data<{ status: string }>(
        await request(`${url}/v1/audits`, {
          method: 'POST',
          headers: { authorization: `Bearer ${made[auditor]?.token ?? ''}`, 'content-type': 'application/json' },
          body: JSON.stringify(audit),
        }),
        `sending audit ${audit.id}`,
      );
      if (reply.status === 'accepted') result.accepted += 1;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  return { ...result, seconds: (Date.now() - started) / 1000 };
}
