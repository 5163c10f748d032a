/**
 * Wire format v1 of an answer, as `POST /v1/responses` takes it, and of the reply. Fixed: outside
 * clients rely on it. Written with `zod/mini` so the widget can check what it reads back from its
 * outbox for a few KiB; the Worker parses every request with the same schemas.
 * @module
 */
import * as z from 'zod/mini';
import { CHANNELS, COMMENT_MAX_LENGTH, CRITERION_LEVELS, OVERALL_LEVELS, QUESTIONNAIRE_VERSIONS, SERVICES, SOURCE_PATTERN } from './questionnaire.js';
import { TerritoryIdSchema } from './territory.js';

/** At most this many answers in one request. */
export const MAX_BATCH = 20;
/**
 * At most this many distinct territories in one batch: each territory is a ledger (a Durable
 * Object) to wake, so one request must not fan out to 20 of them. Checked by the Worker.
 */
export const MAX_BATCH_TERRITORIES = 3;

const CriterionLevelSchema = z.union(CRITERION_LEVELS.map((level) => z.literal(level)));
/** A level 1–5, `null` for « Non concerné »; a missing key means not answered. */
const CriterionAnswerSchema = z.optional(z.nullable(CriterionLevelSchema));

export const CriteriaSchema = z.strictObject({
  accessibilite: CriterionAnswerSchema,
  accueil: CriterionAnswerSchema,
  attente: CriterionAnswerSchema,
  efficacite: CriterionAnswerSchema,
  'en-ligne': CriterionAnswerSchema,
});

/** Where an answer came from: `site`, `qr`, or a kit asset id such as `affiche-a4`. */
export const SourceSchema = z.string().check(z.regex(SOURCE_PATTERN, 'expected lowercase letters, digits and dashes, at most 40'));

/** A BCP 47 language tag, e.g. `fr`, `en`, `ar`, `fr-x-falc`. */
export const LangSchema = z.string().check(z.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8}){0,4}$/, 'expected a BCP 47 language tag such as fr'));

export const AnswerSchema = z.strictObject({
  id: z.uuid(),
  /** Any `v<N>` is well-formed; one the server does not know is refused with 422, not 400. */
  questionnaire: z.string().check(z.regex(/^v\d{1,3}$/, 'expected a questionnaire version such as v1')),
  territory: TerritoryIdSchema,
  service: z.enum(SERVICES),
  channel: z.optional(z.enum(CHANNELS)),
  overall: z.enum(OVERALL_LEVELS),
  criteria: z.optional(CriteriaSchema),
  comment: z.optional(z.string().check(z.maxLength(COMMENT_MAX_LENGTH))),
  source: z.optional(SourceSchema),
  lang: z.optional(LangSchema),
});
export type Answer = z.infer<typeof AnswerSchema>;

export function isKnownQuestionnaire(version: string): boolean {
  return (QUESTIONNAIRE_VERSIONS as readonly string[]).includes(version);
}
export type Criteria = z.infer<typeof CriteriaSchema>;

export const BatchSchema = z.strictObject({
  answers: z.array(AnswerSchema).check(z.minLength(1), z.maxLength(MAX_BATCH)),
});

/** The body of `POST /v1/responses`: one answer, or a batch of at most 20. */
export const ResponsesRequestSchema = z.union([AnswerSchema, BatchSchema]);
export type ResponsesRequest = z.infer<typeof ResponsesRequestSchema>;

/**
 * Parses a request body against the batch schema when it has an `answers` key and the single-answer
 * schema otherwise, so issues name the real fields instead of zod's opaque union failure.
 */
export function safeParseResponsesRequest(value: unknown) {
  const isBatch = typeof value === 'object' && value !== null && 'answers' in value;
  return isBatch ? BatchSchema.safeParse(value) : AnswerSchema.safeParse(value);
}

export function answersOf(request: ResponsesRequest): Answer[] {
  return 'answers' in request ? request.answers : [request];
}

/**
 * What happened to one answer. `accepted`, `updated` and `duplicate` all mean the server holds it,
 * so a client may drop it; `rejected` carries the reason, and `retryable` says whether to keep it.
 */
export const ANSWER_STATUSES = ['accepted', 'updated', 'duplicate', 'rejected'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

export const AnswerResultSchema = z.object({
  id: z.string(),
  status: z.enum(ANSWER_STATUSES),
  error: z.optional(
    z.object({
      code: z.string(),
      message: z.string(),
      retryable: z.boolean(),
      /** Seconds to wait before retrying, for `rate_limited`. */
      retryAfter: z.optional(z.number()),
    }),
  ),
});
export type AnswerResult = z.infer<typeof AnswerResultSchema>;

export const ResponsesReplySchema = z.object({
  data: z.object({ results: z.array(AnswerResultSchema) }),
});
export type ResponsesReply = z.infer<typeof ResponsesReplySchema>;

/** True when the server holds the answer and the client may drop it from its outbox. */
export function isHeld(result: AnswerResult): boolean {
  return result.status !== 'rejected';
}
