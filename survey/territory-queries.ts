/**
 * The path and query parameters of `/v1/territories…`: the Worker parses with these schemas and
 * the OpenAPI document is generated from them (names, required or not, constraints, descriptions).
 * @module
 */
import * as z from 'zod/mini';
import { PeriodQuery } from './period.js';
import { CHANNELS, OVERALL_LEVELS, SERVICES } from './questionnaire.js';
import { TerritoryIdSchema } from './territory.js';

/** `/v1/territories/{id}…`. */
export const TerritoryPathSchema = z.object({
  id: TerritoryIdSchema.check(z.describe('Territory id, e.g. commune:25056')),
});

/** `GET /v1/territories?q=`: search by name (accents and case ignored) or code. */
export const SearchQuerySchema = z.object({
  q: z
    .string()
    .check(
      z.minLength(2, 'type at least 2 characters'),
      z.maxLength(80),
      z.describe('At least 2 characters: a name, a postcode, an INSEE code, a SIREN or an id'),
    ),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(50)), 10).check(z.describe('How many territories, 1 to 50 (default 10)')),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

/** `GET /v1/territories/{id}/results` (and its `.csv`, `.json` downloads): filters. */
export const ResultsQuerySchema = z.object({
  service: z.optional(z.enum(SERVICES).check(z.describe('Only this service'))),
  channel: z.optional(z.enum(CHANNELS).check(z.describe('Only this channel'))),
  ...PeriodQuery,
});
export type ResultsQuery = z.infer<typeof ResultsQuerySchema>;

/**
 * Filters of the comments and their CSV. The period is in months, as the results' (the dashboard
 * passes the same `from`/`to` to both), matched on the month an answer was received in.
 */
export const CommentFilterQuery = {
  rating: z.optional(z.enum(OVERALL_LEVELS).check(z.describe('Only answers with this overall level'))),
  service: z.optional(z.enum(SERVICES).check(z.describe('Only this service'))),
  channel: z.optional(z.enum(CHANNELS).check(z.describe('Only this channel'))),
  ...PeriodQuery,
};

/** `GET /v1/territories/{id}/comments.csv`: every matching comment. */
export const CommentsCsvQuerySchema = z.object(CommentFilterQuery);
export type CommentFilter = z.infer<typeof CommentsCsvQuerySchema>;

/** `GET /v1/territories/{id}/answers.csv`: every matching answer, with the comments' filters. */
export const AnswersCsvQuerySchema = CommentsCsvQuerySchema;

/** `GET /v1/territories/{id}/comments`: a page. */
export const CommentsQuerySchema = z.object({
  ...CommentFilterQuery,
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50).check(z.describe('Comments per page, 1 to 200 (default 50)')),
  /** The `next` cursor of the previous page: `<receipt time in ms>_<answer id>`. */
  before: z.optional(
    z
      .string()
      .check(
        z.regex(/^\d{1,15}_[0-9a-f-]{36}$/, 'expected the next cursor of the previous page'),
        z.describe('The `next` cursor of the previous page (`<ms>_<id>`)'),
      ),
  ),
});
export type CommentsQuery = z.infer<typeof CommentsQuerySchema>;
