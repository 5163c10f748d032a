/**
 * The Trophée de la consultation citoyenne: participation (respondents per 1,000 inhabitants over
 * the year, survey/participation.ts) ranked within categories by kind and size, among approved
 * candidates with enough respondents; provisional until the year ends and the barometer's team
 * publishes the palmarès.
 * @module
 */
import * as z from 'zod/mini';
import { YearOrPeriodQuery, YearSchema } from './period.js';
import { TerritoryIdSchema, type TerritoryKind } from './territory.js';

export const CATEGORIES = {
  'communes-moins-de-2000': { kind: 'commune', min: 0, max: 2_000, label: 'Communes de moins de 2\u202f000 habitants' },
  'communes-2000-10000': { kind: 'commune', min: 2_000, max: 10_000, label: 'Communes de 2\u202f000 à 10\u202f000 habitants' },
  'communes-10000-50000': { kind: 'commune', min: 10_000, max: 50_000, label: 'Communes de 10\u202f000 à 50\u202f000 habitants' },
  'communes-50000-100000': { kind: 'commune', min: 50_000, max: 100_000, label: 'Communes de 50\u202f000 à 100\u202f000 habitants' },
  'communes-plus-de-100000': { kind: 'commune', min: 100_000, max: Number.MAX_SAFE_INTEGER, label: 'Communes de plus de 100\u202f000 habitants' },
  intercommunalites: { kind: 'epci', min: 0, max: Number.MAX_SAFE_INTEGER, label: 'Intercommunalités' },
  departements: { kind: 'departement', min: 0, max: Number.MAX_SAFE_INTEGER, label: 'Départements' },
} as const satisfies Record<string, { kind: TerritoryKind; min: number; max: number; label: string }>;

export type Category = keyof typeof CATEGORIES;
export const CATEGORY_IDS = Object.keys(CATEGORIES) as Category[];

export function categoryOf(kind: TerritoryKind, population: number): Category | undefined {
  return CATEGORY_IDS.find((id) => CATEGORIES[id].kind === kind && population >= CATEGORIES[id].min && population < CATEGORIES[id].max);
}

/** Where a ranking stands: live until the year ends, then awaiting the team's review, then published as reviewed. */
export const RANKING_STATUSES = ['provisional', 'awaiting-publication', 'published'] as const;
export type RankingStatus = (typeof RANKING_STATUSES)[number];

const PlaceSchema = z.object({ id: z.string(), name: z.string(), population: z.number(), departement: z.string() });

/** One territory of a ranking, as `GET /v1/rankings/participation` lists it. */
export const RankedTerritorySchema = z.object({
  rank: z.number(),
  territory: PlaceSchema,
  /** Respondents (one connection on one day) over the year: what the rate counts. */
  respondents: z.number(),
  /** Answers counted in the figures (at most the daily cap per respondent). */
  answers: z.number(),
  flagged: z.number(),
  refused: z.number(),
  capped: z.number(),
  /** Respondents per 1,000 inhabitants. */
  rate: z.number(),
  /** Last year's rank and rate, or null for a territory new to the ranking. */
  previous: z.nullable(z.object({ rank: z.number(), rate: z.number() })),
});
export type RankedTerritory = z.infer<typeof RankedTerritorySchema>;

/** Where the territory asked for with `territory=` stands, ranked or not, and why. */
export const RankingFocusSchema = z.object({
  territory: PlaceSchema,
  status: z.enum(['ranked', 'below-minimum', 'not-candidate', 'withdrawn']),
  rank: z.nullable(z.number()),
  respondents: z.number(),
  rate: z.nullable(z.number()),
  /** Respondents still needed to be ranked (0 once ranked). */
  missing: z.number(),
});
export type RankingFocus = z.infer<typeof RankingFocusSchema>;

export const WithdrawalSchema = z.object({ territory: PlaceSchema, reason: z.string() });

/** `GET /v1/rankings/participation`'s data. */
export const RankingSchema = z.object({
  /** The Trophée's year, or null for a `from`/`to` period (always provisional). */
  year: z.nullable(z.number()),
  period: z.object({ from: z.string(), to: z.string() }),
  category: z.enum(CATEGORY_IDS as [Category, ...Category[]]),
  label: z.string(),
  status: z.enum(RANKING_STATUSES),
  /** When the barometer's team published this palmarès (ISO 8601), or null. */
  publishedAt: z.nullable(z.string()),
  /**
   * Who issues the podium certificates, and from where (the instance's PUBLISHER_NAME and
   * PUBLISHER_CITY; null when not declared). Set on every reply, never stored with a palmarès.
   */
  issuer: z.optional(z.object({ name: z.nullable(z.string()), place: z.nullable(z.string()) })),
  rules: z.object({ minimumRespondents: z.number(), answersPerRespondentPerDay: z.number() }),
  /** Territories ranked. */
  total: z.number(),
  /** Candidates not ranked for want of respondents. */
  belowMinimum: z.number(),
  /** Answers of the ranked territories left out: flagged bursts, refused, over the daily cap. */
  excluded: z.object({ flagged: z.number(), refused: z.number(), capped: z.number() }),
  territories: z.array(RankedTerritorySchema),
  /** Territories the team withdrew from a published palmarès, with its reason. */
  withdrawn: z.array(WithdrawalSchema),
  focus: z.nullable(RankingFocusSchema),
});
export type Ranking = z.infer<typeof RankingSchema>;
export const RankingReplySchema = z.object({ data: RankingSchema });

export const RankingQuerySchema = z.object({
  category: z.enum(CATEGORY_IDS as [Category, ...Category[]]),
  /** A territory whose position is returned apart (`focus`), e.g. from its dashboard. */
  territory: z.optional(TerritoryIdSchema),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1000)), 100),
  offset: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 0),
  ...YearOrPeriodQuery,
});

/** The team's review of a year before publishing (`GET /v1/trophy/review`, operator token). */
export const ReviewEntrySchema = z.object({
  territory: PlaceSchema,
  category: z.string(),
  /** Approved registration: only candidates are ranked. */
  candidate: z.boolean(),
  /** Provisional rank, or null when not ranked. */
  rank: z.nullable(z.number()),
  evidence: z.object({
    population: z.number(),
    answers: z.number(),
    respondents: z.number(),
    capped: z.number(),
    flagged: z.number(),
    refused: z.number(),
    withoutOrigin: z.number(),
    peakDay: z.number(),
    rate: z.nullable(z.number()),
    /** Counted answers that came from kiosks (source `borne`) over all counted answers, 0 to 1; null without answers. */
    kioskShare: z.nullable(z.number()),
  }),
  suspicions: z.array(z.object({ code: z.enum(['bursts', 'concentrated', 'without-origin', 'implausible-rate']), message: z.string() })),
});
export const ReviewReplySchema = z.object({
  data: z.object({ year: z.number(), status: z.enum(RANKING_STATUSES), territories: z.array(ReviewEntrySchema) }),
});
export const ReviewQuerySchema = z.object({ year: YearSchema });
/** `POST /v1/trophy/{year}/publish`'s path. */
export const TrophyYearPathSchema = z.object({ year: YearSchema });

/** `POST /v1/trophy/{year}/publish`: the territories the team withdraws, each with the reason published beside the palmarès. */
export const PublishRequestSchema = z.strictObject({
  withdrawn: z._default(
    z
      .array(z.strictObject({ territory: TerritoryIdSchema, reason: z.string().check(z.trim(), z.minLength(3, 'say why, in a sentence'), z.maxLength(500)) }))
      .check(z.maxLength(200)),
    [],
  ),
});
export type PublishRequest = z.infer<typeof PublishRequestSchema>;
export const PublishReplySchema = z.object({
  data: z.object({
    year: z.number(),
    publishedAt: z.string(),
    categories: z.array(z.object({ category: z.string(), ranked: z.number(), withdrawn: z.number() })),
  }),
});
