/**
 * A year's mystery-audit campaign in D1 (`audit_assignments`, migration 0013): which auditor audits
 * which service of which territory on which channel. The team replaces the whole list at once, or
 * adds lines to it; the
 * audits already received stay counted (they were assigned when they came).
 * @module
 */
import type { Assignment, AuditChannel, CampaignReply, OwnAssignment } from '../../../survey/audits.js';
import type { Issue } from '../../../survey/api.js';
import type { Service } from '../../../survey/questionnaire.js';
import { yearBounds } from '../../../survey/months.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import type { Env } from '../env.js';
import { existingAuditors } from './auditors.js';

/** What is wrong with a campaign's lines beyond their format: unknown auditors and territories, with their paths. */
export async function campaignIssues(env: Env, assignments: readonly Assignment[]): Promise<Issue[]> {
  const known = await existingAuditors(
    env,
    assignments.map((line) => line.auditor),
  );
  const issues: Issue[] = [];
  assignments.forEach((line, index) => {
    if (!known.has(line.auditor)) issues.push({ path: ['assignments', index, 'auditor'], message: `no auditor has the id ${line.auditor}` });
    if (!findTerritory(line.territory)) issues.push({ path: ['assignments', index, 'territory'], message: `no territory has the id ${line.territory}` });
  });
  return issues;
}

/**
 * Replaces the year's assignments in one batch (a transaction): the DELETE and the INSERT commit
 * together, so an auditor never sees an empty campaign in between. The lines travel as one JSON
 * parameter (D1 binds at most 100 per statement); a line listed twice is kept once.
 */
export async function replaceCampaign(env: Env, year: number, assignments: readonly Assignment[]): Promise<void> {
  const rows = JSON.stringify(assignments.map((line) => [line.auditor, line.territory, line.service, line.channel]));
  await env.DB.batch([
    env.DB.prepare('DELETE FROM audit_assignments WHERE year = ?').bind(year),
    env.DB.prepare(
      `INSERT OR IGNORE INTO audit_assignments (year, auditor, territory, service, channel)
       SELECT ?1, row.value ->> 0, row.value ->> 1, row.value ->> 2, row.value ->> 3 FROM json_each(?2) AS row`,
    ).bind(year, rows),
  ]);
}

/**
 * Adds lines to the year's campaign and keeps the others (a line already there is kept once): for
 * a campaign built a few lines at a time, where a PUT would have to resend every line and could
 * undo another person's addition made in between.
 */
export async function addAssignments(env: Env, year: number, assignments: readonly Assignment[]): Promise<void> {
  const rows = JSON.stringify(assignments.map((line) => [line.auditor, line.territory, line.service, line.channel]));
  await env.DB.prepare(
    `INSERT OR IGNORE INTO audit_assignments (year, auditor, territory, service, channel)
     SELECT ?1, row.value ->> 0, row.value ->> 1, row.value ->> 2, row.value ->> 3 FROM json_each(?2) AS row`,
  )
    .bind(year, rows)
    .run();
}

const place = (id: string) => {
  const territory = findTerritory(id);
  return { id, name: territory?.name ?? id, departement: territory?.departement ?? '' };
};

/** The year's campaign, with each auditor's name and the audits received per line. */
export async function campaign(env: Env, year: number): Promise<CampaignReply['data']> {
  const { from, to } = yearBounds(year);
  const { results } = await env.DB.prepare(
    `SELECT a.auditor, COALESCE(au.name, a.auditor) AS name, a.territory, a.service, a.channel,
       (SELECT COUNT(*) FROM audits d WHERE d.auditor = a.auditor AND d.territory = a.territory AND d.service = a.service
          AND d.channel = a.channel AND d.month BETWEEN ?2 AND ?3) AS audits
     FROM audit_assignments a LEFT JOIN auditors au ON au.id = a.auditor
     WHERE a.year = ?1 ORDER BY name, a.auditor, a.territory, a.service, a.channel`,
  )
    .bind(year, from, to)
    .all<{ auditor: string; name: string; territory: string; service: Service; channel: AuditChannel; audits: number }>();
  return {
    year,
    assignments: results.map((row) => ({
      auditor: { id: row.auditor, name: row.name },
      territory: place(row.territory),
      service: row.service,
      channel: row.channel,
      audits: row.audits,
    })),
  };
}

/** An auditor's own lines for the year, with the ids of the audits already sent for each. */
export async function ownAssignments(env: Env, auditor: string, year: number): Promise<OwnAssignment[]> {
  const { from, to } = yearBounds(year);
  const [lines, sent] = await env.DB.batch<{ id?: string; territory: string; service: Service; channel: AuditChannel }>([
    env.DB.prepare('SELECT territory, service, channel FROM audit_assignments WHERE auditor = ? AND year = ? ORDER BY territory, service, channel').bind(
      auditor,
      year,
    ),
    env.DB.prepare('SELECT id, territory, service, channel FROM audits WHERE auditor = ? AND month BETWEEN ? AND ? ORDER BY observed_at, id').bind(
      auditor,
      from,
      to,
    ),
  ]);
  const key = (row: { territory: string; service: string; channel: string }) => `${row.territory}|${row.service}|${row.channel}`;
  const submitted = new Map<string, string[]>();
  for (const row of sent?.results ?? []) submitted.set(key(row), [...(submitted.get(key(row)) ?? []), row.id ?? '']);
  return (lines?.results ?? []).map((row) => ({
    territory: place(row.territory),
    service: row.service,
    channel: row.channel,
    submitted: submitted.get(key(row)) ?? [],
  }));
}

/** Whether this auditor is assigned this line in this year's campaign. */
export async function isAssigned(env: Env, year: number, line: Assignment): Promise<boolean> {
  const row = await env.DB.prepare('SELECT 1 AS found FROM audit_assignments WHERE year = ? AND auditor = ? AND territory = ? AND service = ? AND channel = ?')
    .bind(year, line.auditor, line.territory, line.service, line.channel)
    .first<{ found: number }>();
  return row !== null;
}
