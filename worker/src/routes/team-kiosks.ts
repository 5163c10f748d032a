/**
 * The barometer team's view of every territory's kiosks, behind the operator token: a kiosk key is
 * a town's own key, so a town could stuff its own ballot box with it; the team sees every kiosk
 * beside the Trophée's evidence (each territory's share of kiosk answers) and may revoke one.
 * @module
 */
import { Hono } from 'hono';
import { MAX_TEAM_KIOSKS, TeamKioskPathSchema, type KioskRevokedReply, type TeamKiosksReply } from '../../../survey/kiosk.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import { listAllKiosks, revokeKiosk } from '../db/kiosk-keys.js';
import type { AppEnv } from '../env.js';
import { ApiError, parsed } from '../http/api-error.js';
import { operatorOnly } from './registrations.js';

export const teamKiosks = new Hono<AppEnv>()
  .use(operatorOnly)
  .get('/', async (c) => {
    const kiosks = await listAllKiosks(c.env, MAX_TEAM_KIOSKS);
    return c.json({
      data: { kiosks: kiosks.map((kiosk) => ({ ...kiosk, name: findTerritory(kiosk.territory)?.name ?? kiosk.territory })) },
    } satisfies TeamKiosksReply);
  })
  .delete('/:kiosk', async (c) => {
    const { kiosk } = parsed(TeamKioskPathSchema.safeParse(c.req.param()), 'invalid_request', ['params'], 'The kiosk id is malformed.');
    const revoked = await revokeKiosk(c.env, null, kiosk, Date.now());
    if (!revoked) throw new ApiError(404, 'unknown_kiosk', `No kiosk has the id ${kiosk}.`);
    return c.json({ data: revoked } satisfies KioskRevokedReply);
  });
