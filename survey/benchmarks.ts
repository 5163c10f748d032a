/**
 * `GET /v1/benchmarks`: its query and its reply, national and département averages per indicator.
 * The Worker parses with these schemas, the OpenAPI document is generated from them, and the
 * results element reads the reply's type (a type-only import: nothing of zod reaches its bundle).
 * @module
 */
import * as z from 'zod/mini';
import { ResolvedPeriodSchema, YearOrPeriodQuery } from './period.js';
import { CHANNELS, SERVICES } from './questionnaire.js';
import { SummaryFigureSchema } from './results.js';
import { TerritoryIdSchema } from './territory.js';
import { DEPARTEMENT_ID } from './territory-id.js';

/**
 * A département code (`25`, `2A`, `974`): `DEPARTEMENT_ID` without its `departement:` prefix, so the
 * two cannot drift; a regular expression (not a refinement) so the OpenAPI document shows it.
 */
const DEPARTEMENT_CODE = new RegExp(DEPARTEMENT_ID.source.replace('departement:', ''));
export const DepartementCodeSchema = z.string().check(z.regex(DEPARTEMENT_CODE, 'expected a département code such as 25, 2A or 974'));

export const BenchmarksQuerySchema = z.object({
  /** A département code (`25`, `2A`, `974`), or… */
  departement: z.optional(DepartementCodeSchema.check(z.describe('Département code (25, 2A, 974)'))),
  /** …a territory, whose département is used. */
  territory: z.optional(TerritoryIdSchema.check(z.describe('Use this territory’s département'))),
  /** Like with like: the averages of this service only, as a filtered results page compares. */
  service: z.optional(z.enum(SERVICES).check(z.describe('Only this service'))),
  channel: z.optional(z.enum(CHANNELS).check(z.describe('Only this channel'))),
  ...YearOrPeriodQuery,
});
export type BenchmarksQuery = z.infer<typeof BenchmarksQuerySchema>;

/** Pooled figures: answers to the overall question, and one figure per indicator (overall and each criterion). */
export const BenchmarkFiguresSchema = z.object({
  answers: z.number(),
  indicators: z.record(z.string(), SummaryFigureSchema),
});

export const BenchmarksSchema = z.object({
  period: ResolvedPeriodSchema,
  /** The service and channel the averages cover; null for every one. */
  filters: z.object({ service: z.nullable(z.enum(SERVICES)), channel: z.nullable(z.enum(CHANNELS)) }),
  national: BenchmarkFiguresSchema,
  /** The département asked for (or the territory's), null when none was. */
  departement: z.nullable(z.extend(BenchmarkFiguresSchema, { code: z.string(), name: z.string() })),
});
export type Benchmarks = z.infer<typeof BenchmarksSchema>;
export const BenchmarksReplySchema = z.object({ data: BenchmarksSchema });
export type BenchmarksReply = z.infer<typeof BenchmarksReplySchema>;
