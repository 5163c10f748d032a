/**
 * `/v1/auditors`: the barometer team's mystery auditors (issue 20), behind the operator token.
 * An auditor's token is shown once, at creation; revoking it keeps the auditor's audits counted.
 * @module
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import {
  AuditorPathSchema,
  AuditorRequestSchema,
  type AuditorCreatedReplySchema,
  type AuditorReplySchema,
  type AuditorsReplySchema,
} from '../../../survey/audits.js';
import { createAuditor, listAuditors, revokeAuditor } from '../db/auditors.js';
import type { AppEnv } from '../env.js';
import { ApiError, parsed } from '../http/api-error.js';
import { limitBody, readJson } from '../http/json-body.js';
import { operatorOnly } from './registrations.js';

export const auditors = new Hono<AppEnv>()
  .use(operatorOnly)
  .get('/', async (c) => c.json({ data: { auditors: await listAuditors(c.env) } } satisfies z.infer<typeof AuditorsReplySchema>))
  .post('/', limitBody(4 * 1024), async (c) => {
    const { name } = parsed(AuditorRequestSchema.safeParse(await readJson(c)), 'invalid_request', [], 'The auditor is invalid.');
    const created = await createAuditor(c.env, name, Date.now());
    return c.json({ data: created } satisfies z.infer<typeof AuditorCreatedReplySchema>, 201);
  })
  .delete('/:auditor', async (c) => {
    const { auditor: id } = parsed(AuditorPathSchema.safeParse(c.req.param()), 'invalid_request', ['params'], 'The auditor id is malformed.');
    const auditor = await revokeAuditor(c.env, id, Date.now());
    if (!auditor) throw new ApiError(404, 'unknown_auditor', `No auditor has the id ${id}.`);
    return c.json({ data: auditor } satisfies z.infer<typeof AuditorReplySchema>);
  });
