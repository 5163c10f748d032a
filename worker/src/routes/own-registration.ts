/**
 * A territory's own space (the /espace page): its registration as its admin token sees it, pending,
 * active or refused, and the sites allowed to write for it, which it may change once approved. Mounted
 * beside the territory routes, under `/v1/territories`.
 * @module
 */
import { Hono } from 'hono';
import { OriginsRequestSchema, type OriginsReply, type OwnRegistrationReply } from '../../../survey/registration.js';
import { ownRegistration, replaceOrigins } from '../db/own-registration.js';
import type { AppEnv } from '../env.js';
import { ApiError, parsed } from '../http/api-error.js';
import { limitBody, readJson } from '../http/json-body.js';
import { territoryParam } from '../http/query.js';
import { requireAdmin } from '../http/require-admin.js';
import { requireOwnToken } from '../http/require-own-token.js';

const GONE = 'This token was replaced or its claim decided meanwhile; use the newest admin token.';

export const ownRegistrationRoutes = new Hono<AppEnv>()
  .get('/:id/registration', async (c) => {
    const territory = territoryParam(c.req.param('id'));
    const { token, check } = await requireOwnToken(c, territory);
    const row = await ownRegistration(c.env, territory.id, token, check);
    if (!row) throw new ApiError(403, 'forbidden', GONE);
    // The contact is personal data: never kept by a browser or a proxy.
    c.header('Cache-Control', 'no-store');
    const place = { territory: territory.id, name: territory.name };
    if (row.status === 'rejected') {
      const { claim, reason, rejectedAt } = row;
      return c.json({ data: { ...place, status: 'rejected', claim, reason, rejectedAt: new Date(rejectedAt).toISOString() } } satisfies OwnRegistrationReply);
    }
    const base = { ...place, contact: row.contact, origins: row.origins };
    return c.json({
      data:
        row.status === 'pending'
          ? { ...base, status: 'pending', claim: row.claim, createdAt: new Date(row.createdAt).toISOString() }
          : { ...base, status: 'active', registeredAt: new Date(row.registeredAt).toISOString() },
    } satisfies OwnRegistrationReply);
  })
  .put('/:id/origins', limitBody(16 * 1024), async (c) => {
    const territory = territoryParam(c.req.param('id'));
    // Only an approved registration's origins are enforced, and only its token may change them.
    const token = await requireAdmin(c, territory);
    const request = parsed(OriginsRequestSchema.safeParse(await readJson(c)), 'invalid_request', [], 'The origins are invalid.');
    // As at registration (POST /v1/territories): origins compare in lower case, each once.
    const origins = [...new Set(request.origins.map((origin) => origin.toLowerCase()))];
    if (!(await replaceOrigins(c.env, territory.id, token, origins))) throw new ApiError(403, 'forbidden', GONE);
    c.header('Cache-Control', 'no-store');
    return c.json({ data: { territory: territory.id, origins } } satisfies OriginsReply);
  });
