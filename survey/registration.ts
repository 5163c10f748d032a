/**
 * Registration: a territory declares a contact and the origins of its sites, and receives an admin
 * token once. Only the token's hash is stored.
 * @module
 */
import * as z from 'zod/mini';
import { TerritoryIdSchema } from './territory.js';

export const MAX_ORIGINS = 20;

/** An origin: scheme, host and optional port, nothing after (`https://www.besancon.fr`). */
export const OriginSchema = z.string().check(
  z.maxLength(200),
  z.regex(/^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i, 'expected an origin such as https://www.ville.fr (no path, no trailing slash)'),
);

export const RegistrationRequestSchema = z.strictObject({
  territory: TerritoryIdSchema,
  contact: z.email('expected the e-mail address of the territory’s contact'),
  origins: z._default(z.array(OriginSchema).check(z.maxLength(MAX_ORIGINS)), []),
});
export type RegistrationRequest = z.infer<typeof RegistrationRequestSchema>;

export const RegistrationReplySchema = z.object({
  data: z.object({
    territory: z.string(),
    origins: z.array(z.string()),
    /** Shown once: keep it; the server stores only its hash. */
    adminToken: z.string(),
  }),
});

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
