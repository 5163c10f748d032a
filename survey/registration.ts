/**
 * Registration: a territory declares a contact and the origins of its sites, and receives an admin
 * token once (only its hash is stored). The registration is a pending claim until the barometer's
 * team has checked the contact and approves it: until then its origins are not enforced and its
 * token does not open the comments, so nobody can lock a town out or read its citizens by
 * registering first.
 * @module
 */
import * as z from 'zod/mini';
import { TerritorySchema } from './results.js';
import { TerritoryIdSchema } from './territory.js';

export const MAX_ORIGINS = 20;

/**
 * The operator token a local server (`npm start`, ENVIRONMENT=local) accepts when OPERATOR_TOKEN is
 * not set. Public, since it is in this repository: the Worker refuses it anywhere else
 * (worker/src/config.ts); the CLIs and tests use it against a local server.
 */
export const LOCAL_OPERATOR_TOKEN = 'barometre-local-operator-token';

/** An origin: scheme, host and optional port, nothing after (`https://www.besancon.fr`). */
export const OriginSchema = z
  .string()
  .check(z.maxLength(200), z.regex(/^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i, 'expected an origin such as https://www.ville.fr (no path, no trailing slash)'));

export const RegistrationRequestSchema = z.strictObject({
  territory: TerritoryIdSchema,
  contact: z.email('expected the e-mail address of the territory’s contact'),
  origins: z._default(z.array(OriginSchema).check(z.maxLength(MAX_ORIGINS)), []),
});
export type RegistrationRequest = z.infer<typeof RegistrationRequestSchema>;

/** A claim's id: what the barometer's team approves or rejects. Not a secret. */
export const ClaimIdSchema = z.uuid('expected a claim id, as POST /v1/territories returned it');

/** `/v1/registrations/{claim}/…`. */
export const ClaimPathSchema = z.object({ claim: ClaimIdSchema.check(z.describe('Claim id, as POST /v1/territories returned it')) });

export const RegistrationReplySchema = z.object({
  data: z.object({
    territory: z.string(),
    origins: z.array(z.string()),
    /** Shown once: keep it; the server stores only its hash. */
    adminToken: z.string(),
    claim: z.string(),
    /** Always `pending` here: the token works once the barometer's team approves the claim. */
    status: z.literal('pending'),
  }),
});

/**
 * Whether the contact's e-mail domain is the host, or a parent of the host, of one of the origins
 * the claim declares (`mairie@besancon.fr` and `https://www.besancon.fr`): a hint for the team, not
 * a proof, since anyone can declare any origin.
 */
export function contactDomainMatchesOrigin(contact: string, origins: readonly string[]): boolean {
  const domain = contact.slice(contact.lastIndexOf('@') + 1).toLowerCase();
  if (!domain) return false;
  return origins.some((origin) => {
    const host = origin
      .replace(/^https?:\/\//i, '')
      .replace(/:\d+$/, '')
      .toLowerCase();
    return host === domain || host.endsWith(`.${domain}`);
  });
}

export const ClaimSchema = z.object({
  claim: z.string(),
  territory: z.string(),
  name: z.string(),
  contact: z.string(),
  origins: z.array(z.string()),
  createdAt: z.string(),
  /** What the team checks the claim against. */
  facts: z.object({
    kind: z.string(),
    population: z.number(),
    departement: z.string(),
    /** The contact's e-mail domain is one of the declared sites' (see contactDomainMatchesOrigin). */
    contactDomainMatchesOrigin: z.boolean(),
    /** Claims waiting for this territory, this one included: more than one means someone else claims it too. */
    claimsOnTerritory: z.number(),
  }),
});
export type Claim = z.infer<typeof ClaimSchema>;
export const ClaimsReplySchema = z.object({ data: z.object({ claims: z.array(ClaimSchema) }) });

/**
 * `GET /v1/registrations/territories`: every territory whose claim the team approved, by id. The
 * territory as the reference data describes it (an id the reference data no longer knows keeps its
 * id as name, population 0 and no département), the sites allowed to write for it and when it was
 * approved; never its contact or token.
 */
export const RegisteredTerritorySchema = z.extend(TerritorySchema, {
  origins: z.array(z.string()),
  /** When the claim was approved (ISO 8601). */
  registeredAt: z.string(),
});
export type RegisteredTerritory = z.infer<typeof RegisteredTerritorySchema>;
export const RegisteredTerritoriesReplySchema = z.object({ data: z.object({ territories: z.array(RegisteredTerritorySchema) }) });
export type RegisteredTerritoriesReply = z.infer<typeof RegisteredTerritoriesReplySchema>;

/** `POST /v1/registrations/{claim}/reject`: an optional body; the reason is returned to the team (for its reply to the contact), not stored. */
export const RejectRequestSchema = z.strictObject({
  reason: z.string().check(z.minLength(1, 'expected a reason, or no body at all'), z.maxLength(500)),
});
export type RejectRequest = z.infer<typeof RejectRequestSchema>;

export const ClaimDecisionReplySchema = z.object({
  data: z.object({
    claim: z.string(),
    territory: z.string(),
    status: z.enum(['active', 'rejected']),
    origins: z.array(z.string()),
    /** A rejection's reason, when the team gave one. */
    reason: z.optional(z.string()),
  }),
});

/**
 * `GET /v1/territories/{id}/registration`: the territory's own view of its registration, with its
 * admin token, pending (the claim, and when it was made) or active (and when it was approved).
 */
const OwnRegistrationBase = { territory: z.string(), name: z.string(), contact: z.string(), origins: z.array(z.string()) };
export const OwnRegistrationSchema = z.union([
  z.object({ ...OwnRegistrationBase, status: z.literal('pending'), claim: z.string(), createdAt: z.string() }),
  z.object({ ...OwnRegistrationBase, status: z.literal('active'), registeredAt: z.string() }),
  /**
   * The claim was refused by the team (with its reason, if it gave one) or dropped when another
   * claim on the territory was approved; said for 30 days. Its contact and sites are not kept.
   */
  z.object({
    territory: z.string(),
    name: z.string(),
    status: z.literal('rejected'),
    claim: z.string(),
    reason: z.nullable(z.string()),
    rejectedAt: z.string(),
  }),
]);
export type OwnRegistration = z.infer<typeof OwnRegistrationSchema>;
export const OwnRegistrationReplySchema = z.object({ data: OwnRegistrationSchema });
export type OwnRegistrationReply = z.infer<typeof OwnRegistrationReplySchema>;

/** `PUT /v1/territories/{id}/origins`: the sites allowed to write, replacing those declared. */
export const OriginsRequestSchema = z.strictObject({ origins: z.array(OriginSchema).check(z.maxLength(MAX_ORIGINS)) });
export const OriginsReplySchema = z.object({ data: z.object({ territory: z.string(), origins: z.array(z.string()) }) });
export type OriginsReply = z.infer<typeof OriginsReplySchema>;

export const CommentSchema = z.object({
  id: z.string(),
  receivedAt: z.string(),
  service: z.string(),
  channel: z.nullable(z.string()),
  overall: z.string(),
  comment: z.string(),
  flagged: z.boolean(),
});
export const CommentsReplySchema = z.object({
  data: z.object({ comments: z.array(CommentSchema), next: z.nullable(z.string()) }),
});

/** `POST /v1/territories/{id}/token`: the new admin token, shown once; the one sent stops working. */
export const TokenReplySchema = z.object({ data: z.object({ territory: z.string(), adminToken: z.string() }) });
export type TokenReply = z.infer<typeof TokenReplySchema>;
