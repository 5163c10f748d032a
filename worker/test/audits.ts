/**
 * Helpers of the mystery-audit tests: the team's requests (operator token, from its own
 * connection), an auditor and its assignments, and audits as the auditors' app sends them.
 * @module
 */
import { expect } from 'vitest';
import type { Observation } from '../../survey/audit-grid.js';
import type { Assignment, AuditorCreatedReplySchema, AuditRequest } from '../../survey/audits.js';
import { LOCAL_OPERATOR_TOKEN } from '../src/config.js';
import { call } from './fixtures.js';
import type * as z from 'zod/mini';

/** A request of the barometer's team, with the local operator token from the team's connection. */
export function asOperator(path: string, method = 'GET', body?: unknown): Promise<Response> {
  return call(path, {
    method,
    headers: { authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}`, 'cf-connecting-ip': '192.0.2.1', 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** A request of an auditor (its token), from the test file's connection. */
export function asAuditor(token: string, path: string, method = 'GET', body?: unknown): Promise<Response> {
  return call(path, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

export async function newAuditor(name = 'Camille Auditrice'): Promise<z.infer<typeof AuditorCreatedReplySchema>['data']> {
  const response = await asOperator('/v1/auditors', 'POST', { name });
  expect(response.status).toBe(201);
  return ((await response.json()) as z.infer<typeof AuditorCreatedReplySchema>).data;
}

/** Replaces the year's campaign with these lines, as the team does. */
export async function assign(year: number, assignments: (Omit<Assignment, 'territory'> & { territory: string })[]): Promise<void> {
  const response = await asOperator(`/v1/campaigns/${year}`, 'PUT', { assignments });
  expect(response.status, await response.clone().text()).toBe(200);
}

export type PhoneObservations = Record<
  | 'agent-joint'
  | 'sonneries'
  | 'attente-ligne-minutes'
  | 'presentation'
  | 'courtoisie'
  | 'bon-interlocuteur'
  | 'reponse-comprehensible'
  | 'demarche-en-ligne-indiquee',
  Observation
>;

/** A phone audit of the town hall. */
export function phoneAudit(territory: string, observedAt: number, observations: PhoneObservations, extra: Partial<AuditRequest> = {}): AuditRequest {
  return {
    id: crypto.randomUUID(),
    grid: 'v1',
    territory,
    service: 'mairie',
    channel: 'telephone',
    observedAt: new Date(observedAt).toISOString(),
    observations,
    ...extra,
  } as AuditRequest;
}
