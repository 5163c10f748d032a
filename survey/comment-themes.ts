/**
 * `GET /v1/territories/:id/themes`: the themes of a territory's comments over a period, as counts of
 * frequent words and two-word phrases, never a comment. A term is published only when at least
 * {@link THEME_MIN_COMMENTS} distinct comments use it, so no count points at one person, and the
 * comments are the masked ones (personal data already replaced).
 * @module
 */
import * as z from 'zod/mini';
import { ResolvedPeriodSchema, YearOrPeriodQuery } from './period.js';
import { CHANNELS, SERVICES } from './questionnaire.js';
import { TerritorySchema } from './results.js';

/** A term counts only when this many distinct comments use it. */
export const THEME_MIN_COMMENTS = 5;
/** At most this many terms, most used first. */
export const THEME_LIMIT = 20;

export const CommentThemesQuerySchema = z.object({
  service: z.optional(z.enum(SERVICES).check(z.describe('Only this service'))),
  channel: z.optional(z.enum(CHANNELS).check(z.describe('Only this channel'))),
  ...YearOrPeriodQuery,
});
export type CommentThemesQuery = z.infer<typeof CommentThemesQuerySchema>;

export const CommentThemeSchema = z.object({
  /** A lower-case word or two-word phrase, as written (accents kept). */
  term: z.string(),
  /** Distinct comments using it (at least THEME_MIN_COMMENTS). */
  comments: z.number(),
});
export type CommentTheme = z.infer<typeof CommentThemeSchema>;

export const CommentThemesSchema = z.object({
  territory: TerritorySchema,
  period: ResolvedPeriodSchema,
  filters: z.object({ service: z.nullable(z.enum(SERVICES)), channel: z.nullable(z.enum(CHANNELS)) }),
  /** Counted comments over the period and filters (flagged answers left out). */
  comments: z.number(),
  /** Most used first, then alphabetical; empty below the threshold. */
  themes: z.array(CommentThemeSchema),
});
export type CommentThemes = z.infer<typeof CommentThemesSchema>;
export const CommentThemesReplySchema = z.object({ data: CommentThemesSchema });
