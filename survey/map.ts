/**
 * `GET /v1/map`: its query and its reply, one figure per département for the national choropleth.
 * @module
 */
import * as z from 'zod/mini';
import { ResolvedPeriodSchema, YearOrPeriodQuery } from './period.js';

/** `audits`: the mystery audits' overall score out of 10 (survey/audits.ts), added with issue 20. */
export const MAP_METRICS = ['satisfaction', 'participation', 'audits'] as const;
export type MapMetric = (typeof MAP_METRICS)[number];
export const MAP_LEVELS = ['departement'] as const;

export const MapQuerySchema = z.object({
  metric: z
    ._default(z.enum(MAP_METRICS), 'satisfaction')
    .check(
      z.describe(
        'satisfaction (share of « Très bien », the default), participation (respondents per 1,000 inhabitants, survey/participation.ts) or audits (the mystery audits’ overall score out of 10 over the period, suppressed below 3 audits)',
      ),
    ),
  level: z._default(z.enum(MAP_LEVELS), 'departement').check(z.describe('departement (the only level)')),
  ...YearOrPeriodQuery,
});
export type MapQuery = z.infer<typeof MapQuerySchema>;

export const MapRegionSchema = z.object({
  code: z.string(),
  name: z.string(),
  population: z.number(),
  answers: z.number(),
  /** Respondents (one connection on one day) over the period. */
  respondents: z.number(),
  /** The metric's figure; null when suppressed (satisfaction, audits) or without a population (participation). */
  value: z.nullable(z.number()),
  /** Mean score out of 10: the citizens' (satisfaction) or the audits' (audits); null otherwise. */
  score: z.nullable(z.number()),
  /** Too few answers (satisfaction) or audits (audits): hatch it « données insuffisantes ». */
  suppressed: z.boolean(),
  /** Audits counted over the period (audits only; absent from the other metrics' replies). */
  audits: z.optional(z.number()),
});
export type MapRegion = z.infer<typeof MapRegionSchema>;

export const MapSchema = z.object({
  metric: z.enum(MAP_METRICS),
  level: z.enum(MAP_LEVELS),
  period: ResolvedPeriodSchema,
  unit: z.string(),
  regions: z.array(MapRegionSchema),
});
export type MapData = z.infer<typeof MapSchema>;
export const MapReplySchema = z.object({ data: MapSchema });
export type MapReply = z.infer<typeof MapReplySchema>;
