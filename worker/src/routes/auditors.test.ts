import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../../survey/api.js';
import { AuditorReplySchema, AuditorsReplySchema } from '../../../survey/audits.js';
import { asAuditor, asOperator, newAuditor } from '../../test/audits.js';
import { call } from '../../test/fixtures.js';
import { hex, sha256 } from '../db/registrations.js';

describe('/v1/auditors', () => {
  it('creates an auditor whose token is shown once and kept only as its hash', async () => {
    const { auditor, token } = await newAuditor('  Sacha Auditeur  ');
    expect(auditor.name).toBe('Sacha Auditeur');
    expect(auditor.revokedAt).toBeNull();
    expect(token.length).toBeGreaterThanOrEqual(40);
    const row = await env.DB.prepare('SELECT token_hash FROM auditors WHERE id = ?').bind(auditor.id).first<{ token_hash: string }>();
    expect(row?.token_hash).toBe(hex(await sha256(token)));
    // The list never shows a token.
    const listed = await asOperator('/v1/auditors');
    expect(listed.headers.get('cache-control')).toBe('no-store');
    const text = await listed.clone().text();
    expect(text).not.toContain(token);
    const { auditors } = AuditorsReplySchema.parse(await listed.json()).data;
    expect(auditors.find((entry) => entry.id === auditor.id)).toEqual(auditor);
    // The token opens the auditor's own routes.
    expect((await asAuditor(token, '/v1/audits/assignments?year=2030')).status).toBe(200);
  });

  it('revokes an auditor: its token is refused with a message saying so, and revoking again keeps the first time', async () => {
    const { auditor, token } = await newAuditor('Lou Révoquée');
    const revoked = await asOperator(`/v1/auditors/${auditor.id}`, 'DELETE');
    expect(revoked.status).toBe(200);
    const { revokedAt } = AuditorReplySchema.parse(await revoked.json()).data;
    expect(revokedAt).not.toBeNull();
    const again = AuditorReplySchema.parse(await (await asOperator(`/v1/auditors/${auditor.id}`, 'DELETE')).json()).data;
    expect(again.revokedAt).toBe(revokedAt);
    const refused = await asAuditor(token, '/v1/audits/assignments');
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as ErrorEnvelope).error.message).toContain('revoked');
    // Still listed, after the working ones.
    const { auditors } = AuditorsReplySchema.parse(await (await asOperator('/v1/auditors')).json()).data;
    const revokedIndex = auditors.findIndex((entry) => entry.id === auditor.id);
    expect(auditors.slice(revokedIndex).every((entry) => entry.revokedAt !== null)).toBe(true);
  });

  it('answers 404 unknown_auditor for an id nobody has, and wants the operator token', async () => {
    const missing = await asOperator(`/v1/auditors/${crypto.randomUUID()}`, 'DELETE');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as ErrorEnvelope).error.code).toBe('unknown_auditor');
    expect((await call('/v1/auditors')).status).toBe(401);
    // An auditor's token is not the operator's.
    const { token } = await newAuditor('Noa Curieuse');
    expect((await call('/v1/auditors', { headers: { authorization: `Bearer ${token}`, 'cf-connecting-ip': '192.0.2.77' } })).status).toBe(403);
  });
});
