/**
 * A territory's kiosk keys (survey/kiosk.ts), behind its admin token: create one (the key is shown
 * once), list them, revoke one. What a key changes for the answers it comes with is in
 * answers/kiosk-answers.ts and ledger/kiosk-pace.ts.
 * @module
 */
import { Hono, type MiddlewareHandler } from 'hono';
import {
  KioskPathSchema,
  KioskRequestSchema,
  MAX_LIVE_KIOSKS,
  type KioskCreatedReply,
  type KioskRevokedReply,
  type KiosksReply,
} from '../../../survey/kiosk.js';
import { createKiosk, listKiosks, revokeKiosk } from '../db/kiosk-keys.js';
import type { AppEnv } from '../env.js';
import { ApiError, parsed } from '../http/api-error.js';
import { limitBody, readJson } from '../http/json-body.js';
import { territoryParam } from '../http/query.js';
import { requireAdmin } from '../http/require-admin.js';

/** Keys and the admin's list of counters: never kept by a browser or a proxy. */
const noStore: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.header('Cache-Control', 'no-store');
  await next();
};

export const kiosks = new Hono<AppEnv>()
  .use('/:id/kiosks', noStore)
  .use('/:id/kiosks/*', noStore)
  .post('/:id/kiosks', limitBody(4 * 1024), async (c) => {
    const territory = territoryParam(c.req.param('id'));
    await requireAdmin(c, territory);
    const request = parsed(KioskRequestSchema.safeParse(await readJson(c)), 'invalid_request', [], 'The kiosk is invalid.');
    const created = await createKiosk(c.env, territory.id, request, Date.now());
    if (!created) {
      throw new ApiError(
        409,
        'too_many_kiosks',
        `${territory.name} already has ${MAX_LIVE_KIOSKS} kiosk keys in use, the most a territory may hold; revoke one it no longer uses first.`,
      );
    }
    return c.json({ data: created } satisfies KioskCreatedReply, 201);
  })
  .get('/:id/kiosks', async (c) => {
    const territory = territoryParam(c.req.param('id'));
    await requireAdmin(c, territory);
    return c.json({ data: { kiosks: await listKiosks(c.env, territory.id) } } satisfies KiosksReply);
  })
  .delete('/:id/kiosks/:kiosk', async (c) => {
    const territory = territoryParam(c.req.param('id'));
    await requireAdmin(c, territory);
    const { kiosk } = parsed(KioskPathSchema.safeParse(c.req.param()), 'invalid_request', ['params'], 'The kiosk id is malformed.');
    const revoked = await revokeKiosk(c.env, territory.id, kiosk, Date.now());
    if (!revoked) throw new ApiError(404, 'unknown_kiosk', `${territory.name} has no kiosk with the id ${kiosk}.`);
    return c.json({ data: revoked } satisfies KioskRevokedReply);
  });
