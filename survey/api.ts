/**
 * The API envelopes: success `{ data }`, failure `{ error: { code, message, issues? } }`.
 * @module
 */
import * as z from 'zod/mini';

export const ERROR_CODES = [
  'invalid_json',
  'invalid_request',
  'invalid_territory_id',
  'unknown_territory',
  'unknown_questionnaire',
  'rate_limited',
  'unavailable',
  'origin_not_allowed',
  'unauthorized',
  'forbidden',
  'already_registered',
  'registration_pending',
  'registration_rejected',
  'too_many_claims',
  'unknown_claim',
  'too_many_kiosks',
  'unknown_kiosk',
  'year_not_closed',
  'already_published',
  'not_assigned',
  'audit_conflict',
  'unknown_auditor',
  'not_found',
  'method_not_allowed',
  'payload_too_large',
  'unsupported_media_type',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem in the input: where (a path into the body, query or route) and what. */
export const IssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  code: z.optional(z.string()),
});
export type Issue = z.infer<typeof IssueSchema>;

export const ErrorEnvelopeSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    issues: z.optional(z.array(IssueSchema)),
  }),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeSchema>;

/** Turns zod's issues into the envelope's, with paths prefixed by where the value came from. */
export function toIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[],
  prefix: readonly (string | number)[] = [],
): Issue[] {
  return issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))],
    message: issue.message,
    ...(issue.code === undefined ? {} : { code: issue.code }),
  }));
}

/** `GET /v1/health`. */
export const HealthReplySchema = z.object({ data: z.object({ status: z.literal('ok') }) });
export type HealthReply = z.infer<typeof HealthReplySchema>;

/** `POST /v1/responses/validate`: the body is valid, and holds this many answers. */
export const ValidateReplySchema = z.object({ data: z.object({ valid: z.literal(true), answers: z.number().check(z.int()) }) });
export type ValidateReply = z.infer<typeof ValidateReplySchema>;
