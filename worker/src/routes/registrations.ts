/**
 * The barometer team's side of registration, behind the operator token: the claims waiting for a
 * decision, approving or rejecting one, and the territories registered (which the kit's CLI reads
 * for `--all-registered`). Before approving, the team checks that the contact
 * really speaks for the territory (an address at the town's domain, a call to the mairie).
 * @module
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import {
  ClaimIdSchema,
  contactDomainMatchesOrigin,
  RejectRequestSchema,
  type RejectRequest,
  type Claim,
  type RegisteredTerritoriesReply,
  type RegisteredTerritory,
} from '../../../survey/registration.js';
import { territoryKind, type TerritoryId } from '../../../survey/territory.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import { config } from '../config.js';
import {
  approveClaim,
  pendingClaims,
  registrations as storedRegistrations,
  rejectClaim,
  sameSecret,
  type Registration,
  type StoredClaim,
} from '../db/registrations.js';
import type { AppEnv } from '../env.js';
import { ApiError, parsed } from '../http/api-error.js';
import { throttledAuth } from '../http/auth-throttle.js';
import { bearerToken } from '../http/bearer.js';
import { limitBody, readJson } from '../http/json-body.js';

/** The barometer team's routes: the operator token, or 401/403 (503 where none is configured). */
export async function requireOperator(c: Context<AppEnv>): Promise<void> {
  const expected = config(c.env).operatorToken;
  if (expected === null) {
    throw new ApiError(503, 'unavailable', `No operator token is set here: run \`wrangler secret put OPERATOR_TOKEN --env ${config(c.env).environment}\`.`);
  }
  const token = bearerToken(c, 'the operator token (OPERATOR_TOKEN)');
  // Wrong tokens are counted, and too many of them refused for a while (http/auth-throttle.ts).
  await throttledAuth(c, async () => {
    if (!(await sameSecret(token, expected))) throw new ApiError(403, 'forbidden', 'This token is not the operator token.');
  });
}

/**
 * Every route of the barometer's team (claims, Trophée review, kiosks): the operator token, and
 * nothing it returns kept by a browser or a proxy (contacts, evidence about named territories).
 */
export const operatorOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  await requireOperator(c);
  c.header('Cache-Control', 'no-store');
  await next();
};

function claimParam(c: Context<AppEnv>): string {
  return parsed(ClaimIdSchema.safeParse(c.req.param('claim')), 'invalid_request', ['params', 'claim'], 'The claim id is malformed.');
}

/**
 * A rejection's optional body: `{ reason }`, returned in the reply for the team's message to the
 * contact. Not stored: a rejected claim is deleted, and with it everything it said.
 */
async function rejection(c: Context<AppEnv>): Promise<Partial<RejectRequest>> {
  if (c.req.raw.body === null) return {};
  return parsed(RejectRequestSchema.safeParse(await readJson(c)), 'invalid_request', [], 'The rejection is invalid.');
}

function described(claim: StoredClaim): Claim {
  const place = findTerritory(claim.territory);
  return {
    claim: claim.id,
    territory: claim.territory,
    name: place?.name ?? claim.territory,
    contact: claim.contact,
    origins: claim.origins,
    createdAt: new Date(claim.createdAt).toISOString(),
    facts: {
      kind: place?.kind ?? 'inconnu',
      population: place?.population ?? 0,
      departement: place?.departement ?? '',
      contactDomainMatchesOrigin: contactDomainMatchesOrigin(claim.contact, claim.origins),
      claimsOnTerritory: claim.rivals,
    },
  };
}

function registered({ territory, origins, registeredAt }: Registration): RegisteredTerritory {
  const place = findTerritory(territory);
  return {
    id: territory,
    // Ids are checked on the way in, so the kind is in the id even if the reference data dropped it.
    kind: place?.kind ?? territoryKind(territory as TerritoryId),
    name: place?.name ?? territory,
    population: place?.population ?? 0,
    departement: place?.departement ?? '',
    origins,
    registeredAt: new Date(registeredAt).toISOString(),
  };
}

export const registrations = new Hono<AppEnv>()
  .use(operatorOnly)
  .get('/', async (c) => c.json({ data: { claims: (await pendingClaims(c.env, Date.now())).map(described) } }))
  .get('/territories', async (c) => c.json({ data: { territories: (await storedRegistrations(c.env)).map(registered) } } satisfies RegisteredTerritoriesReply))
  .post('/:claim/approve', async (c) => {
    const decision = await approveClaim(c.env, claimParam(c), Date.now());
    if (decision === 'unknown_claim') throw new ApiError(404, 'unknown_claim', 'No pending claim has this id (approved, rejected or expired after 30 days).');
    if (decision === 'already_registered')
      throw new ApiError(409, 'already_registered', 'Another claim on this territory was approved first; reject this one, or ask the territory.');
    const { claim } = decision;
    return c.json({ data: { claim: claim.id, territory: claim.territory, status: 'active' as const, origins: claim.origins } });
  })
  .post('/:claim/reject', limitBody(4 * 1024), async (c) => {
    const id = claimParam(c);
    const { reason } = await rejection(c);
    const claim = await rejectClaim(c.env, id, reason ?? null, Date.now());
    if (!claim) throw new ApiError(404, 'unknown_claim', 'No pending claim has this id (approved, rejected or expired after 30 days).');
    return c.json({
      data: { claim: claim.id, territory: claim.territory, status: 'rejected' as const, origins: claim.origins, ...(reason === undefined ? {} : { reason }) },
    });
  });
