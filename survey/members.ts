/**
 * `GET /v1/territories/:id/members`: the territories within an intercommunalité (its communes) or
 * a département (its communes and its intercommunalités), each with its answers, respondents,
 * participation and overall score over a period. A group's own results never include its
 * members': a citizen who answers for a commune is counted for that commune only (`includesMembers`).
 * @module
 */
import * as z from 'zod/mini';
import { ResolvedPeriodSchema, YearOrPeriodQuery } from './period.js';
import { SummaryFigureSchema, TerritorySchema } from './results.js';

export const MembersQuerySchema = z.object({ ...YearOrPeriodQuery });
export type MembersQuery = z.infer<typeof MembersQuerySchema>;

export const MemberSchema = z.object({
  territory: TerritorySchema,
  /** Answers counted over the period. */
  answers: z.number(),
  /** Respondents (one connection on one day, survey/participation.ts). */
  respondents: z.number(),
  /** Respondents per 1,000 inhabitants; null without a population. */
  participation: z.nullable(z.number()),
  /** The overall question's figures, suppressed below the threshold like every other. */
  overall: SummaryFigureSchema,
});
export type Member = z.infer<typeof MemberSchema>;

export const MembersSchema = z.object({
  territory: TerritorySchema,
  period: ResolvedPeriodSchema,
  /** Always false: the group's figures count the answers given for the group itself, not its members'. */
  includesMembers: z.boolean(),
  /** Most answers first, then by name. */
  communes: z.array(MemberSchema),
  /** A département's intercommunalités; empty for an intercommunalité. */
  epci: z.array(MemberSchema),
  /** Sums over the members listed (communes, then intercommunalités): what they collected between them. */
  totals: z.object({
    communes: z.object({ answers: z.number(), respondents: z.number() }),
    epci: z.object({ answers: z.number(), respondents: z.number() }),
  }),
});
export type Members = z.infer<typeof MembersSchema>;
export const MembersReplySchema = z.object({ data: MembersSchema });
