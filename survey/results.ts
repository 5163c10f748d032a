/**
 * A territory's results, as `GET /v1/territories/:id/results` returns them.
 * @module
 */
import * as z from 'zod/mini';
import { CHANNELS, QUESTIONNAIRE_VERSIONS, SERVICES } from './questionnaire.js';
import { TERRITORY_KINDS } from './territory.js';

const Nullable = <T extends z.core.SomeType>(schema: T) => z.nullable(schema);

export const IndicatorSchema = z.object({
  /** Answers to this question (« Non concerné » excluded). */
  n: z.number(),
  /** Mean score out of 10; null when n < 5. */
  score: Nullable(z.number()),
  /** Share of satisfied answers (top levels), 0–1; null when n < 5. */
  rate: Nullable(z.number()),
  /** 95 % Wilson interval of the rate; null when n < 5. */
  interval: Nullable(z.object({ low: z.number(), high: z.number() })),
  /** Answers per level; null when n < 5. */
  distribution: Nullable(z.record(z.string(), z.number())),
  /** True when n < 5: show « données insuffisantes ». */
  suppressed: z.boolean(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const CriterionIndicatorSchema = z.extend(IndicatorSchema, {
  /** Answers « Non concerné ». */
  notConcerned: z.number(),
});
export type CriterionIndicator = z.infer<typeof CriterionIndicatorSchema>;

/** A figure computed from sums (benchmarks, map, months): no distribution, the same suppression. */
export const SummaryFigureSchema = z.object({
  n: z.number(),
  score: Nullable(z.number()),
  rate: Nullable(z.number()),
  suppressed: z.boolean(),
});
export type SummaryFigure = z.infer<typeof SummaryFigureSchema>;

export const MonthFiguresSchema = z.object({
  month: z.string(),
  answers: z.number(),
  overall: SummaryFigureSchema,
});
export type MonthFigures = z.infer<typeof MonthFiguresSchema>;

export const TerritorySchema = z.object({
  id: z.string(),
  kind: z.enum(TERRITORY_KINDS),
  name: z.string(),
  population: z.number(),
  departement: z.string(),
});
export type Territory = z.infer<typeof TerritorySchema>;

export const ResultsSchema = z.object({
  territory: TerritorySchema,
  questionnaire: z.enum(QUESTIONNAIRE_VERSIONS),
  filters: z.object({
    service: Nullable(z.enum(SERVICES)),
    channel: Nullable(z.enum(CHANNELS)),
    /** First month included (YYYY-MM), or null for the beginning. */
    from: Nullable(z.string()),
    /** Last month included (YYYY-MM), or null for now. */
    to: Nullable(z.string()),
  }),
  /** Number of answers counted. */
  answers: z.number(),
  /** Respondents (one connection on one day, survey/participation.ts) over the period; null under a service or channel filter. */
  respondents: Nullable(z.number()),
  /** Respondents per 1,000 inhabitants; null under a filter or without a population. */
  participation: Nullable(z.number()),
  overall: IndicatorSchema,
  criteria: z.object({
    accessibilite: CriterionIndicatorSchema,
    accueil: CriterionIndicatorSchema,
    attente: CriterionIndicatorSchema,
    efficacite: CriterionIndicatorSchema,
    'en-ligne': CriterionIndicatorSchema,
  }),
  /** Answers by where they came from (`site`, `qr`, kit asset ids), by service and by channel. */
  breakdown: z.object({
    sources: z.record(z.string(), z.number()),
    services: z.record(z.string(), z.number()),
    channels: z.record(z.string(), z.number()),
  }),
  /** Month by month (Europe/Paris): answers and the overall figures. */
  months: z.array(MonthFiguresSchema),
  /**
   * Answers left out of every figure: refused by the rate limit, flagged as a burst from one client,
   * or capped (past the answers one respondent may count in a day).
   */
  excluded: z.object({ refused: z.number(), flagged: z.number(), capped: z.number() }),
});
export type Results = z.infer<typeof ResultsSchema>;
export const ResultsReplySchema = z.object({ data: ResultsSchema });

/** `GET /v1/territories/:id`. */
/** A territory as `GET /v1/territories/:id` gives it: with the slug of its short address (`/b/<slug>`, short-address.ts). */
export const TerritoryDetailSchema = z.extend(TerritorySchema, { slug: z.string() });
export type TerritoryDetail = z.infer<typeof TerritoryDetailSchema>;
export const TerritoryReplySchema = z.object({ data: TerritoryDetailSchema });
/** `GET /v1/territories?q=`: the matches, the most populous first. */
export const TerritoriesReplySchema = z.object({ data: z.array(TerritorySchema) });
