/**
 * The mystery audits' contract (issue 20): auditors and campaigns (the barometer's team), the
 * audit an auditor sends, the audit results of a territory, and the Trophée de la qualité de
 * l'accueil. The grid itself (items, scoring) is survey/audit-grid.ts.
 *
 * Scores: an audit's criterion score is the mean of its items' scores out of 10 (audit-grid.ts
 * `scoreAudit`, rounded to hundredths); a territory's criterion score is the mean of its audits'
 * scores for that criterion, its overall score the mean of its audits' overall scores, a
 * channel's score the mean of the overall scores of the audits on that channel. Every figure is
 * read from tallies kept in hundredths (integers), so sums are exact.
 *
 * Threshold: a figure resting on fewer than `MIN_AUDITS` audits is suppressed. One audit is one
 * agent on one day: publishing it would point at that agent, whom an audit never names.
 * @module
 */
import * as z from 'zod/mini';
import { AUDIT_CHANNELS, AUDIT_GRID_VERSIONS, AUDIT_GRID_V1, observationIssues, type AuditChannel, type Observation } from './audit-grid.js';
import { YearSchema } from './period.js';
import { CRITERIA, SERVICES, type Channel, type Criterion } from './questionnaire.js';
import { TerritorySchema } from './results.js';
import { TerritoryIdSchema } from './territory.js';
import { CATEGORY_IDS, RANKING_STATUSES, WithdrawalSchema, type Category } from './trophy.js';

/** Audits a published figure rests on, at least (below: suppressed). */
export const MIN_AUDITS = 3;
/** Audits over the year a candidate needs to be ranked for the Trophée de la qualité de l'accueil. */
export const MIN_AUDITS_RANKED = 5;
/** Channels among those audits, at least: a service judged on one channel only is not ranked. */
export const MIN_CHANNELS_RANKED = 2;
/** Longest free-text observation, in characters (masked like comments, survey/privacy.ts). */
export const AUDIT_NOTES_MAX_LENGTH = 2000;
/** Assignments one campaign may list. */
export const MAX_ASSIGNMENTS = 5000;
/** How far in the future an audit's time may lie (clock skew of a phone), in milliseconds. */
export const OBSERVED_AT_SKEW_MS = 10 * 60 * 1000;

/** The citizens' channel an audit channel is compared with (like with like). */
export const CITIZEN_CHANNEL_OF_AUDIT: Readonly<Record<AuditChannel, Channel>> = {
  'accueil-physique': 'guichet',
  telephone: 'telephone',
  courriel: 'courriel',
  courrier: 'courrier',
  'site-internet': 'en-ligne',
};

const AuditChannelSchema = z.enum(AUDIT_CHANNELS);
const ServiceSchema = z.enum(SERVICES);
const CriterionSchema = z.enum(CRITERIA);
const IsoDate = z.iso.datetime({ offset: true });

// ─── Auditors (operator token) ──────────────────────────────────────────────────────────────────

export const AuditorIdSchema = z.uuid();
export const AuditorPathSchema = z.object({ auditor: AuditorIdSchema });

/** `POST /v1/auditors`: an auditor's display name (never shown publicly; audits name no agent). */
export const AuditorRequestSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(2, 'at least 2 characters'), z.maxLength(80, 'at most 80 characters')),
});
export type AuditorRequest = z.infer<typeof AuditorRequestSchema>;

export const AuditorSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  /** When the team revoked this auditor's token (ISO 8601), or null while it works. */
  revokedAt: z.nullable(z.string()),
});
export type Auditor = z.infer<typeof AuditorSchema>;
/** The token is shown once, here; only its hash is stored. */
export const AuditorCreatedReplySchema = z.object({ data: z.object({ auditor: AuditorSchema, token: z.string() }) });
export const AuditorsReplySchema = z.object({ data: z.object({ auditors: z.array(AuditorSchema) }) });
export const AuditorReplySchema = z.object({ data: AuditorSchema });

// ─── Campaigns (operator token) ─────────────────────────────────────────────────────────────────

/** One line of a campaign: this auditor audits this service of this territory on this channel. */
export const AssignmentSchema = z.strictObject({
  auditor: AuditorIdSchema,
  territory: TerritoryIdSchema,
  service: ServiceSchema,
  channel: AuditChannelSchema,
});
export type Assignment = z.infer<typeof AssignmentSchema>;

export const CampaignPathSchema = z.object({ year: YearSchema });
/**
 * `PUT /v1/campaigns/{year}`: the year's whole list of assignments, replacing the previous one.
 * Audits already received stay counted: they were assigned when they came.
 */
export const CampaignRequestSchema = z.strictObject({
  assignments: z.array(AssignmentSchema).check(z.maxLength(MAX_ASSIGNMENTS)),
});
export type CampaignRequest = z.infer<typeof CampaignRequestSchema>;

const PlaceSchema = z.object({ id: z.string(), name: z.string(), departement: z.string() });

export const CampaignAssignmentSchema = z.object({
  auditor: z.object({ id: z.string(), name: z.string() }),
  territory: PlaceSchema,
  service: ServiceSchema,
  channel: AuditChannelSchema,
  /** Audits received for this assignment. */
  audits: z.number(),
});
export const CampaignReplySchema = z.object({ data: z.object({ year: z.number(), assignments: z.array(CampaignAssignmentSchema) }) });
export type CampaignReply = z.infer<typeof CampaignReplySchema>;

// ─── The auditor's own view (auditor token) ─────────────────────────────────────────────────────

/** `GET /v1/audits/assignments?year=`: who the token belongs to and what they must audit. */
export const AssignmentsQuerySchema = z.object({
  year: z.optional(YearSchema.check(z.describe('Campaign year (default: the current one)'))),
});
export const OwnAssignmentSchema = z.object({
  territory: PlaceSchema,
  service: ServiceSchema,
  channel: AuditChannelSchema,
  /** Ids of the audits this auditor already submitted for it: they are read-only. */
  submitted: z.array(z.string()),
});
export type OwnAssignment = z.infer<typeof OwnAssignmentSchema>;
export const AssignmentsReplySchema = z.object({
  data: z.object({
    auditor: z.object({ id: z.string(), name: z.string() }),
    year: z.number(),
    grid: z.enum(AUDIT_GRID_VERSIONS),
    assignments: z.array(OwnAssignmentSchema),
  }),
});
export type AssignmentsReply = z.infer<typeof AssignmentsReplySchema>;

// ─── An audit (auditor token) ───────────────────────────────────────────────────────────────────

export const ObservationSchema = z.union([z.enum(['oui', 'non', 'na']), z.number()]);

/**
 * `POST /v1/audits`: one audit, made by the app when the auditor submits it. Idempotent by `id`:
 * the same audit sent again is acknowledged again; another audit under the same id is refused
 * (409 `audit_conflict`). `observedAt` is when the visit, call, e-mail, letter or browsing
 * happened (for a letter or an e-mail: when it was sent); it must fall in the campaign's year, in
 * Paris, and not in the future.
 */
export const AuditRequestSchema = z
  .strictObject({
    id: z.uuid(),
    grid: z.enum(AUDIT_GRID_VERSIONS),
    territory: TerritoryIdSchema,
    service: ServiceSchema,
    channel: AuditChannelSchema,
    observedAt: IsoDate,
    observations: z.record(z.string().check(z.maxLength(64)), ObservationSchema),
    /** What the auditor noted in their own words; names, e-mail addresses and phone numbers are masked. */
    notes: z.optional(z.string().check(z.maxLength(AUDIT_NOTES_MAX_LENGTH))),
  })
  .check(
    z.superRefine((audit, context) => {
      for (const issue of observationIssues(audit.channel, audit.observations as Record<string, Observation>))
        context.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: audit.observations });
    }),
  );
export type AuditRequest = z.infer<typeof AuditRequestSchema>;

export const AuditReplySchema = z.object({
  data: z.object({
    id: z.string(),
    /** `accepted` the first time; `duplicate` when this very audit was already received. */
    status: z.enum(['accepted', 'duplicate']),
    receivedAt: z.string(),
  }),
});
export type AuditReply = z.infer<typeof AuditReplySchema>;

// ─── A territory's audit results (public; item detail with the admin token) ─────────────────────

export const AuditsQuerySchema = z.object({
  year: z.optional(YearSchema.check(z.describe('Campaign year (default: the current one)'))),
});

/** One figure: the audits it rests on and their mean score out of 10, null when suppressed. */
export const AuditFigureSchema = z.object({
  audits: z.number(),
  score: z.nullable(z.number()),
  /** True when audits < MIN_AUDITS. */
  suppressed: z.boolean(),
});
export type AuditFigure = z.infer<typeof AuditFigureSchema>;

export const AuditCriterionFigureSchema = z.extend(AuditFigureSchema, { criterion: CriterionSchema });
export const AuditFiguresSchema = z.object({
  overall: AuditFigureSchema,
  /** The five criteria in CRITERIA order; a criterion no audit observed has audits 0. */
  criteria: z.array(AuditCriterionFigureSchema),
});
export type AuditFigures = z.infer<typeof AuditFiguresSchema>;

/** Per item of one channel's grid, over the year: admin detail, and the report's items most often failed. */
export const AuditItemFigureSchema = z.object({
  channel: AuditChannelSchema,
  item: z.string(),
  label: z.string(),
  criterion: CriterionSchema,
  /** Audits where the item counted (not « non applicable »). */
  counted: z.number(),
  notApplicable: z.number(),
  /** Mean item score 0–1 (1 = always met), null when counted is 0. */
  met: z.nullable(z.number()),
  /** For a measured item: the mean value in its unit, null otherwise. */
  meanValue: z.nullable(z.number()),
});
export type AuditItemFigure = z.infer<typeof AuditItemFigureSchema>;

export const AuditDetailSchema = z.object({
  items: z.array(AuditItemFigureSchema),
  audits: z.array(
    z.object({
      id: z.string(),
      service: ServiceSchema,
      channel: AuditChannelSchema,
      observedAt: z.string(),
      receivedAt: z.string(),
      overall: z.nullable(z.number()),
      observations: z.record(z.string(), ObservationSchema),
      notes: z.nullable(z.string()),
    }),
  ),
});
export type AuditDetail = z.infer<typeof AuditDetailSchema>;

export const AuditResultsSchema = z.object({
  territory: TerritorySchema,
  year: z.number(),
  grid: z.enum(AUDIT_GRID_VERSIONS),
  threshold: z.number(),
  /** Audits counted for the territory over the year. */
  audits: z.number(),
  figures: AuditFiguresSchema,
  channels: z.array(z.extend(AuditFiguresSchema, { channel: AuditChannelSchema })),
  /** The same figures over every audited territory of the département, and of France. */
  references: z.object({ departement: AuditFiguresSchema, france: AuditFiguresSchema }),
  /** Item-level detail, only with the territory's admin token; null otherwise. */
  detail: z.nullable(AuditDetailSchema),
});
export type AuditResults = z.infer<typeof AuditResultsSchema>;
export const AuditResultsReplySchema = z.object({ data: AuditResultsSchema });

// ─── The Trophée de la qualité de l'accueil ─────────────────────────────────────────────────────

const RankedPlaceSchema = z.object({ id: z.string(), name: z.string(), population: z.number(), departement: z.string() });

export const AccueilRankedTerritorySchema = z.object({
  rank: z.number(),
  territory: RankedPlaceSchema,
  audits: z.number(),
  channels: z.number(),
  /** The audits' overall score out of 10: what the ranking orders by. */
  score: z.number(),
  /** The citizens' overall score out of 10 the same year, beside it; null when suppressed. */
  citizens: z.nullable(z.number()),
  previous: z.nullable(z.object({ rank: z.number(), score: z.number() })),
});
export type AccueilRankedTerritory = z.infer<typeof AccueilRankedTerritorySchema>;

export const AccueilRankingSchema = z.object({
  year: z.number(),
  category: z.enum(CATEGORY_IDS as [Category, ...Category[]]),
  label: z.string(),
  status: z.enum(RANKING_STATUSES),
  publishedAt: z.nullable(z.string()),
  issuer: z.optional(z.object({ name: z.nullable(z.string()), place: z.nullable(z.string()) })),
  rules: z.object({ minimumAudits: z.number(), minimumChannels: z.number() }),
  total: z.number(),
  /** Candidates audited but not ranked for want of audits or channels. */
  belowMinimum: z.number(),
  territories: z.array(AccueilRankedTerritorySchema),
  withdrawn: z.array(WithdrawalSchema),
  focus: z.nullable(
    z.object({
      territory: RankedPlaceSchema,
      status: z.enum(['ranked', 'below-minimum', 'not-candidate', 'withdrawn']),
      rank: z.nullable(z.number()),
      audits: z.number(),
      channels: z.number(),
      score: z.nullable(z.number()),
    }),
  ),
});
export type AccueilRanking = z.infer<typeof AccueilRankingSchema>;
export const AccueilRankingReplySchema = z.object({ data: AccueilRankingSchema });

export const AccueilRankingQuerySchema = z.object({
  category: z.enum(CATEGORY_IDS as [Category, ...Category[]]),
  year: z.optional(YearSchema.check(z.describe('Trophée year (default: the current one)'))),
  territory: z.optional(TerritoryIdSchema),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1000)), 100),
  offset: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 0),
});

// ─── Pure helpers every part shares ─────────────────────────────────────────────────────────────

/** A figure from a tally: `centi` is the sum of scores in hundredths of a point over `audits` audits. */
export function auditFigure(audits: number, centi: number): AuditFigure {
  if (audits < MIN_AUDITS) return { audits, score: null, suppressed: true };
  return { audits, score: Math.round(centi / audits) / 100, suppressed: false };
}

/** The grid item of a channel with this id, if any. */
export function gridItem(channel: AuditChannel, id: string) {
  return AUDIT_GRID_V1[channel].find((item) => item.id === id);
}

export type { AuditChannel, Criterion };
