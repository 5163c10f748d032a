/**
 * `GET /v1/territories/:id/services`: the comparative map of a territory's services. Per service
 * with answers over the period, its figures for every indicator beside the same service's figures
 * in its département and in the nation (the same channel filter on all three), each suppressed
 * below the threshold, and whether the difference is meaningful (`significance.ts`).
 * @module
 */
import * as z from 'zod/mini';
import { ResolvedPeriodSchema, YearOrPeriodQuery } from './period.js';
import { CHANNELS, CRITERIA, SERVICES } from './questionnaire.js';
import { SummaryFigureSchema, TerritorySchema } from './results.js';
import { DIFFERENCES } from './significance.js';

export const ServicesQuerySchema = z.object({
  channel: z.optional(z.enum(CHANNELS).check(z.describe('Only this channel, on every side of the comparison'))),
  ...YearOrPeriodQuery,
});
export type ServicesQuery = z.infer<typeof ServicesQuerySchema>;

/** The indicators compared: the overall question, then each criterion. */
export const SERVICE_INDICATORS = ['overall', ...CRITERIA] as const;
export type ServiceIndicator = (typeof SERVICE_INDICATORS)[number];

/** A figure from sums with its rate's 95 % interval (null when suppressed). */
export const IntervalFigureSchema = z.extend(SummaryFigureSchema, {
  interval: z.nullable(z.object({ low: z.number(), high: z.number() })),
});
export type IntervalFigure = z.infer<typeof IntervalFigureSchema>;

const indicatorsOf = <T extends z.core.SomeType>(schema: T) =>
  z.object({
    overall: schema,
    accessibilite: schema,
    accueil: schema,
    attente: schema,
    efficacite: schema,
    'en-ligne': schema,
  });

/** One side of the comparison: the answers and every indicator's figure. */
export const ServiceSideSchema = z.object({ answers: z.number(), indicators: indicatorsOf(IntervalFigureSchema) });
export type ServiceSide = z.infer<typeof ServiceSideSchema>;

const DifferenceSchema = z.nullable(z.enum(DIFFERENCES));
export const ServiceComparisonSchema = z.object({
  service: z.enum(SERVICES),
  territory: ServiceSideSchema,
  /** The same service in the territory's département (every territory of it, the territory included). */
  departement: ServiceSideSchema,
  national: ServiceSideSchema,
  /** Per indicator, the territory against each reference; null when either is suppressed. */
  differences: indicatorsOf(z.object({ departement: DifferenceSchema, national: DifferenceSchema })),
});
export type ServiceComparison = z.infer<typeof ServiceComparisonSchema>;

export const ServicesSchema = z.object({
  territory: TerritorySchema,
  period: ResolvedPeriodSchema,
  filters: z.object({ channel: z.nullable(z.enum(CHANNELS)) }),
  departement: z.object({ code: z.string(), name: z.string() }),
  /** Services with at least one answer for the territory, most answers first. */
  services: z.array(ServiceComparisonSchema),
  /** What a marked difference means, in plain French (`significance.ts`). */
  significance: z.string(),
});
export type Services = z.infer<typeof ServicesSchema>;
export const ServicesReplySchema = z.object({ data: ServicesSchema });
