/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the routes parse with and type
 * their replies with (all in the contract, survey/), so it cannot drift from what the Worker
 * accepts and returns: query and path parameters come from the routes' own object schemas (name,
 * required or not, constraints, description), each reply from its schema. Tests check that every
 * route of the app is listed and validate real replies (status, content type, headers, body)
 * against this document (openapi-replies.test.ts).
 * @module
 */
import * as z from 'zod/mini';
import { ErrorEnvelopeSchema, HealthReplySchema, ValidateReplySchema } from '../../survey/api.js';
import {
  AssignmentsQuerySchema,
  AssignmentsReplySchema,
  AuditorCreatedReplySchema,
  AuditorPathSchema,
  AuditorReplySchema,
  AuditorRequestSchema,
  AuditorsReplySchema,
  AuditReplySchema,
  AuditRequestSchema,
  AuditResultsReplySchema,
  AuditsQuerySchema,
  CampaignPathSchema,
  CampaignReplySchema,
  CampaignRequestSchema,
  MAX_ASSIGNMENTS,
  MIN_AUDITS,
} from '../../survey/audits.js';
import { BenchmarksQuerySchema, BenchmarksReplySchema } from '../../survey/benchmarks.js';
import {
  KIOSK_KEY_HEADER,
  KioskCreatedReplySchema,
  KioskKeySchema,
  KioskPathSchema,
  KioskRequestSchema,
  KioskRevokedReplySchema,
  KiosksReplySchema,
  MAX_TEAM_KIOSKS,
  TeamKioskPathSchema,
  TeamKiosksReplySchema,
} from '../../survey/kiosk.js';
import { LOGO_CSP, LOGO_MAX_BYTES, LOGO_TYPES, LogoDeletedReplySchema, LogoReplySchema } from '../../survey/logo.js';
import { AccueilRankingQuerySchema, AccueilRankingReplySchema } from '../../survey/audits.js';
import { MapQuerySchema, MapReplySchema } from '../../survey/map.js';
import {
  ClaimDecisionReplySchema,
  ClaimPathSchema,
  ClaimsReplySchema,
  CommentsReplySchema,
  OriginsReplySchema,
  OriginsRequestSchema,
  OwnRegistrationReplySchema,
  RegisteredTerritoriesReplySchema,
  RegistrationReplySchema,
  RegistrationRequestSchema,
  RejectRequestSchema,
  TokenReplySchema,
} from '../../survey/registration.js';
import { MembersQuerySchema, MembersReplySchema } from '../../survey/members.js';
import { ServicesQuerySchema, ServicesReplySchema } from '../../survey/services.js';
import { CommentThemesQuerySchema, CommentThemesReplySchema, THEME_LIMIT, THEME_MIN_COMMENTS } from '../../survey/comment-themes.js';
import { DataPackageReplySchema, TableSchemaReplySchema } from '../../survey/open-data.js';
import { AnswerSchema, BatchSchema, ResponsesReplySchema } from '../../survey/response.js';
import { ResultsReplySchema, TerritoriesReplySchema, TerritoryReplySchema } from '../../survey/results.js';
import {
  AnswersCsvQuerySchema,
  CommentsCsvQuerySchema,
  CommentsQuerySchema,
  ResultsQuerySchema,
  SearchQuerySchema,
  TerritoryPathSchema,
} from '../../survey/territory-queries.js';
import {
  PublishReplySchema,
  PublishRequestSchema,
  RankingQuerySchema,
  RankingReplySchema,
  ReviewQuerySchema,
  ReviewReplySchema,
  TrophyYearPathSchema,
} from '../../survey/trophy.js';

type Schema = z.core.$ZodType;
/** An object schema whose fields are parameters (path or query). */
type ParameterSchema = z.core.$ZodObject;
type JsonSchema = Record<string, unknown>;

const json = (schema: Schema, io: 'input' | 'output' = 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  description: string;
  schema: Schema;
}

/** One parameter per field of the object schema the route parses with: its JSON schema as input, its description lifted to the parameter. */
function parametersOf(schema: ParameterSchema, where: 'path' | 'query'): JsonSchema[] {
  const { properties = {}, required = [] } = json(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(properties).map(([name, { description, ...field }]) => ({
    name,
    in: where,
    required: where === 'path' || required.includes(name),
    ...(typeof description === 'string' ? { description } : {}),
    schema: field,
  }));
}

interface Header {
  description: string;
  /** The server always sends it with this status. */
  required: boolean;
  schema: Schema;
}

const RETRY_AFTER = (required: boolean, when = 'Seconds to wait before retrying'): Header => ({
  description: when,
  required,
  schema: z.int().check(z.minimum(0)),
});
const CONTENT_DISPOSITION: Header = { description: 'attachment; filename="barometre-<kind>-<code>.<extension>"', required: true, schema: z.string() };
const WWW_AUTHENTICATE: Header = { description: 'Bearer realm="barometre"', required: true, schema: z.string() };

interface Operation {
  summary: string;
  /** The bearer token the route wants (components.securitySchemes). */
  security?: 'adminToken' | 'operatorToken' | 'auditorToken';
  /** The token is optional: without it the route answers its public part. */
  securityOptional?: boolean;
  /** Path parameters: the object schema the route parses them with. */
  path?: ParameterSchema;
  /** Query parameters: the object schema the route parses them with. */
  query?: ParameterSchema;
  /** Hand-written parameters, only until a route's query schema is exported (see the TODO on rankings). */
  parameters?: Parameter[];
  body?: Schema;
  /** A body of raw bytes instead of JSON: the media types accepted (the logo's image). */
  rawBody?: { types: readonly string[]; description: string };
  /** The body may be left out altogether. */
  bodyOptional?: boolean;
  ok: { status: number; description: string; schema?: Schema; contentType?: string | readonly string[]; headers?: Record<string, Header> };
  /** A second success with the same body schema (an idempotent write: 201 the first time, 200 again). */
  again?: { status: number; description: string };
  /** Other replies that carry no body (a 304 to If-None-Match). */
  empty?: { status: number; description: string; headers?: Record<string, Header> }[];
  errors: number[];
  /** Headers of error replies beyond the defaults (WWW-Authenticate on 401, Retry-After on 429). */
  errorHeaders?: Partial<Record<number, Record<string, Header>>>;
}

const results = { status: 200, description: 'Results computed from the tallies', schema: ResultsReplySchema };

type Method = 'get' | 'post' | 'put' | 'delete';
const OPERATIONS: Record<string, Partial<Record<Method, Operation | undefined>>> = {
  '/v1/health': { get: { summary: 'Liveness', ok: { status: 200, description: 'Up', schema: HealthReplySchema }, errors: [] }, post: undefined },
  '/v1/openapi.json': {
    get: {
      summary: 'This document',
      ok: { status: 200, description: 'OpenAPI 3.1', schema: z.looseObject({ openapi: z.literal('3.1.0'), paths: z.record(z.string(), z.unknown()) }) },
      errors: [],
    },
    post: undefined,
  },
  '/v1/responses': {
    post: {
      summary:
        'Send one answer, or a batch of at most 20 (wire format v1); each is acknowledged by id. A counter tablet sends its kiosk key in the Barometre-Kiosk-Key header: its answers are then paced per kiosk, stored with the source `borne`, and refused one by one (kiosk_key_unknown, kiosk_key_revoked, kiosk_key_other_territory) when the key does not hold',
      parameters: [
        {
          name: KIOSK_KEY_HEADER,
          in: 'header',
          required: false,
          description:
            'A kiosk key, as POST /v1/territories/{id}/kiosks returned it: the answers are the kiosk’s (paced at one every KIOSK_PACE_SECONDS on average, each its own respondent, left out of the figures outside the kiosk’s opening hours)',
          schema: KioskKeySchema,
        },
      ],
      body: z.union([AnswerSchema, BatchSchema]),
      ok: {
        status: 200,
        description: 'Each answer: accepted, updated, duplicate or rejected (with retryable)',
        schema: ResponsesReplySchema,
        headers: { 'Retry-After': RETRY_AFTER(false, 'When some answers were rate limited: seconds before they may be sent again') },
      },
      errors: [400, 403, 413, 415, 422, 429, 503],
    },
    get: undefined,
  },
  '/v1/responses/validate': {
    post: {
      summary: 'Check a body as POST /v1/responses would, storing nothing',
      body: z.union([AnswerSchema, BatchSchema]),
      ok: { status: 200, description: 'Valid', schema: ValidateReplySchema },
      errors: [400, 413, 415, 422],
    },
    get: undefined,
  },
  '/v1/territories': {
    get: {
      summary: 'Search territories by name (accents and case ignored) or code, the most populous first',
      query: SearchQuerySchema,
      ok: { status: 200, description: 'Matching territories', schema: TerritoriesReplySchema },
      errors: [400],
    },
    post: {
      summary: 'Claim a territory: contact and allowed origins; returns its admin token once. The claim is pending until the barometer’s team approves it',
      body: RegistrationRequestSchema,
      ok: { status: 201, description: 'Claim recorded, pending approval', schema: RegistrationReplySchema },
      errors: [400, 409, 413, 415, 422, 429],
    },
  },
  '/v1/registrations': {
    get: {
      summary: 'Claims waiting for approval, oldest first; requires the operator token',
      security: 'operatorToken',
      ok: { status: 200, description: 'Pending claims', schema: ClaimsReplySchema },
      errors: [401, 403, 429, 503],
    },
    post: undefined,
  },
  '/v1/registrations/territories': {
    get: {
      summary:
        'Every registered territory (claim approved), by id: the territory, its allowed origins and when it was approved; never its contact or token; requires the operator token',
      security: 'operatorToken',
      ok: { status: 200, description: 'Registered territories', schema: RegisteredTerritoriesReplySchema },
      errors: [401, 403, 429, 503],
    },
    post: undefined,
  },
  '/v1/registrations/{claim}/approve': {
    post: {
      summary: 'Make a claim the territory’s registration (drops its other claims); requires the operator token',
      security: 'operatorToken',
      path: ClaimPathSchema,
      ok: { status: 200, description: 'Approved', schema: ClaimDecisionReplySchema },
      errors: [400, 401, 403, 404, 409, 429, 503],
    },
    get: undefined,
  },
  '/v1/registrations/{claim}/reject': {
    post: {
      summary:
        'Drop a claim (its token becomes worthless), optionally with a reason for the contact, returned in the reply and not stored; requires the operator token',
      security: 'operatorToken',
      path: ClaimPathSchema,
      body: RejectRequestSchema,
      bodyOptional: true,
      ok: { status: 200, description: 'Rejected', schema: ClaimDecisionReplySchema },
      errors: [400, 401, 403, 404, 413, 415, 429, 503],
    },
    get: undefined,
  },
  '/v1/territories/{id}': {
    get: {
      summary: 'A territory: name, population, département',
      path: TerritoryPathSchema,
      ok: { status: 200, description: 'The territory', schema: TerritoryReplySchema },
      errors: [400, 404],
    },
    post: undefined,
  },
  '/v1/territories/{id}/results': {
    get: { summary: 'A territory’s results', path: TerritoryPathSchema, query: ResultsQuerySchema, ok: results, errors: [400, 404] },
    post: undefined,
  },
  '/v1/territories/{id}/results.json': {
    get: {
      summary: 'The same results, as a download',
      path: TerritoryPathSchema,
      query: ResultsQuerySchema,
      ok: { ...results, headers: { 'Content-Disposition': CONTENT_DISPOSITION } },
      errors: [400, 404],
    },
    post: undefined,
  },
  '/v1/territories/{id}/results.csv': {
    get: {
      summary: 'The same results as CSV for French spreadsheets (UTF-8 BOM, `;`, decimal commas)',
      path: TerritoryPathSchema,
      query: ResultsQuerySchema,
      ok: { status: 200, description: 'CSV', contentType: 'text/csv', schema: z.string(), headers: { 'Content-Disposition': CONTENT_DISPOSITION } },
      errors: [400, 404],
    },
    post: undefined,
  },
  '/v1/territories/{id}/indicators.csv': {
    get: {
      summary:
        'The same results as a tidy table: one row per indicator × period (the whole period, then each month), one header, the same columns on every row, codes not labels, suppressed figures as empty cells; UTF-8 BOM, `;`, decimal commas (pandas `sep=";", decimal=","`, R `read.csv2`)',
      path: TerritoryPathSchema,
      query: ResultsQuerySchema,
      ok: { status: 200, description: 'CSV', contentType: 'text/csv', schema: z.string(), headers: { 'Content-Disposition': CONTENT_DISPOSITION } },
      errors: [400, 404],
    },
    post: undefined,
  },
  '/v1/territories/{id}/token': {
    post: {
      summary: 'Rotate the territory’s admin token: a new token, shown once; the one sent stops working at once; requires the admin token',
      security: 'adminToken',
      path: TerritoryPathSchema,
      ok: { status: 201, description: 'The new admin token', schema: TokenReplySchema },
      errors: [400, 401, 403, 404, 429],
    },
    get: undefined,
  },
  '/v1/territories/{id}/comments': {
    get: {
      summary:
        'Comments (masked), newest first, optionally filtered by overall level, service, channel and receipt months; requires the territory’s admin token',
      security: 'adminToken',
      path: TerritoryPathSchema,
      query: CommentsQuerySchema,
      ok: { status: 200, description: 'A page of comments', schema: CommentsReplySchema },
      errors: [400, 401, 403, 404, 429],
    },
  },
  '/v1/territories/{id}/comments.csv': {
    get: {
      summary:
        'Every comment matching the same filters as CSV for French spreadsheets (UTF-8 BOM, `;`), newest first, at most 10,000 (a last line says when capped); requires the territory’s admin token',
      security: 'adminToken',
      path: TerritoryPathSchema,
      query: CommentsCsvQuerySchema,
      ok: { status: 200, description: 'CSV', contentType: 'text/csv', schema: z.string(), headers: { 'Content-Disposition': CONTENT_DISPOSITION } },
      errors: [400, 401, 403, 404, 429],
    },
  },
  '/v1/territories/{id}/answers.csv': {
    get: {
      summary:
        'Raw results: one row per answer matching the comments’ filters (receipt month, service, channel, source, language, overall level, each criterion 1–5 or `nc` for not concerned, masked comment, whether it is kept out of the figures), as CSV for French spreadsheets (UTF-8 BOM, `;`) with one header and the same columns on every row; no answer id and no time finer than the month; streamed, in month order; requires the territory’s admin token',
      security: 'adminToken',
      path: TerritoryPathSchema,
      query: AnswersCsvQuerySchema,
      ok: { status: 200, description: 'CSV', contentType: 'text/csv', schema: z.string(), headers: { 'Content-Disposition': CONTENT_DISPOSITION } },
      errors: [400, 401, 403, 404, 429],
    },
  },
  '/v1/territories/{id}/registration': {
    get: {
      summary:
        'The territory’s registration as its own space shows it: pending (the claim) or active, with its contact and origins; answers the token of a pending claim too',
      security: 'adminToken',
      path: TerritoryPathSchema,
      ok: { status: 200, description: 'The registration', schema: OwnRegistrationReplySchema },
      errors: [400, 401, 403, 404, 429],
    },
  },
  '/v1/territories/{id}/origins': {
    put: {
      summary:
        'Replace the sites allowed to send answers for the territory (lower-cased, each once); other server instances may accept a removed site for up to 30 s; requires the admin token of an approved registration',
      security: 'adminToken',
      path: TerritoryPathSchema,
      body: OriginsRequestSchema,
      ok: { status: 200, description: 'The origins now allowed', schema: OriginsReplySchema },
      errors: [400, 401, 403, 404, 413, 415, 429],
    },
  },
  '/v1/territories/{id}/logo': {
    get: {
      summary: `The territory’s logo, as uploaded (${LOGO_TYPES.join(', ')}); served under a Content-Security-Policy that runs and loads nothing (\`${LOGO_CSP}\`), so an SVG is inert even opened on its own`,
      path: TerritoryPathSchema,
      ok: {
        status: 200,
        description: 'The image',
        contentType: LOGO_TYPES,
        schema: z.string(),
        headers: {
          ETag: { description: 'A hash of the bytes, for If-None-Match', required: true, schema: z.string() },
          'Cache-Control': { description: 'public, max-age=300', required: true, schema: z.string() },
          'Content-Security-Policy': { description: LOGO_CSP, required: true, schema: z.literal(LOGO_CSP) },
        },
      },
      empty: [
        {
          status: 304,
          description: 'Unchanged since the ETag sent in If-None-Match',
          headers: { ETag: { description: 'The same ETag', required: true, schema: z.string() } },
        },
      ],
      errors: [400, 404],
    },
    put: {
      summary: `Upload or replace the territory’s logo, shown beside its name on the hosted survey page (/s/{id}): the image’s bytes as the body, its type as Content-Type; PNG, JPEG, WebP or SVG, at most ${LOGO_MAX_BYTES} bytes, recognised by their signature (an SVG by its <svg> root in the SVG namespace, no DOCTYPE), and refused when they are not the type declared; requires the admin token`,
      security: 'adminToken',
      path: TerritoryPathSchema,
      rawBody: { types: LOGO_TYPES, description: `The image, at most ${LOGO_MAX_BYTES} bytes` },
      ok: { status: 200, description: 'The logo stored', schema: LogoReplySchema },
      errors: [400, 401, 403, 404, 413, 415, 429],
    },
    delete: {
      summary: 'Remove the territory’s logo (again: no change, `deleted` false); requires the admin token',
      security: 'adminToken',
      path: TerritoryPathSchema,
      ok: { status: 200, description: 'Whether there was a logo', schema: LogoDeletedReplySchema },
      errors: [400, 401, 403, 404, 429],
    },
  },
  '/v1/territories/{id}/kiosks': {
    get: {
      summary: 'The territory’s kiosk keys, newest first, revoked ones marked (never a key nor its hash); requires the admin token',
      security: 'adminToken',
      path: TerritoryPathSchema,
      ok: { status: 200, description: 'Kiosks', schema: KiosksReplySchema },
      errors: [400, 401, 403, 404, 429],
    },
    post: {
      summary: `Create a kiosk key for a counter tablet (label, opening hours and days, Europe/Paris); the key is returned once and goes in the ${KIOSK_KEY_HEADER} header; at most 50 live keys per territory; requires the admin token`,
      security: 'adminToken',
      path: TerritoryPathSchema,
      body: KioskRequestSchema,
      ok: { status: 201, description: 'The kiosk, with its key shown this once', schema: KioskCreatedReplySchema },
      errors: [400, 401, 403, 404, 409, 413, 415, 429],
    },
  },
  '/v1/territories/{id}/kiosks/{kiosk}': {
    delete: {
      summary: 'Revoke a kiosk key (again: no change); its answers are refused from then on, within 10 s everywhere; requires the admin token',
      security: 'adminToken',
      path: KioskPathSchema,
      ok: { status: 200, description: 'The revoked kiosk', schema: KioskRevokedReplySchema },
      errors: [400, 401, 403, 404, 429],
    },
    get: undefined,
    post: undefined,
  },
  '/v1/kiosks': {
    get: {
      summary: `Every territory's kiosks for the barometer's team, live ones first, then newest first (at most ${MAX_TEAM_KIOSKS}); requires the operator token`,
      security: 'operatorToken',
      ok: { status: 200, description: 'Kiosks', schema: TeamKiosksReplySchema },
      errors: [401, 403, 429, 503],
    },
  },
  '/v1/kiosks/{kiosk}': {
    delete: {
      summary:
        'The team revokes any territory’s kiosk (again: no change); its answers are refused from then on, within 10 s everywhere; requires the operator token',
      security: 'operatorToken',
      path: TeamKioskPathSchema,
      ok: { status: 200, description: 'The revoked kiosk', schema: KioskRevokedReplySchema },
      errors: [400, 401, 403, 404, 429, 503],
    },
  },
  '/v1/auditors': {
    get: {
      summary: 'The mystery auditors, working ones first; never their tokens; requires the operator token',
      security: 'operatorToken',
      ok: { status: 200, description: 'Auditors', schema: AuditorsReplySchema },
      errors: [401, 403, 429, 503],
    },
    post: {
      summary: 'Create a mystery auditor; its token is returned this once (only its hash is kept); requires the operator token',
      security: 'operatorToken',
      body: AuditorRequestSchema,
      ok: { status: 201, description: 'The auditor and its token', schema: AuditorCreatedReplySchema },
      errors: [400, 401, 403, 413, 415, 429, 503],
    },
  },
  '/v1/auditors/{auditor}': {
    delete: {
      summary: 'Revoke an auditor’s token (again: no change); its audits stay counted; requires the operator token',
      security: 'operatorToken',
      path: AuditorPathSchema,
      ok: { status: 200, description: 'The revoked auditor', schema: AuditorReplySchema },
      errors: [400, 401, 403, 404, 429, 503],
    },
  },
  '/v1/campaigns/{year}': {
    get: {
      summary: 'A year’s mystery-audit campaign: every assignment with its auditor’s name and the audits received for it; requires the operator token',
      security: 'operatorToken',
      path: CampaignPathSchema,
      ok: { status: 200, description: 'The campaign', schema: CampaignReplySchema },
      errors: [400, 401, 403, 429, 503],
    },
    put: {
      summary: `Replace a year’s assignments (at most ${MAX_ASSIGNMENTS}) with this list; every auditor and territory must exist; audits already received stay counted; requires the operator token`,
      security: 'operatorToken',
      path: CampaignPathSchema,
      body: CampaignRequestSchema,
      ok: { status: 200, description: 'The campaign as stored', schema: CampaignReplySchema },
      errors: [400, 401, 403, 413, 415, 429, 503],
    },
  },
  '/v1/campaigns/{year}/assignments': {
    post: {
      summary: `Add lines (at most ${MAX_ASSIGNMENTS}) to a year’s assignments and keep the others; a line already there is kept once; every auditor and territory must exist; requires the operator token`,
      security: 'operatorToken',
      path: CampaignPathSchema,
      body: CampaignRequestSchema,
      ok: { status: 200, description: 'The whole campaign after the addition', schema: CampaignReplySchema },
      errors: [400, 401, 403, 413, 415, 429, 503],
    },
  },
  '/v1/audits/assignments': {
    get: {
      summary:
        'The auditor’s own assignments for a year, with the ids of the audits already sent for each, and the grid version to use; requires an auditor token',
      security: 'auditorToken',
      query: AssignmentsQuerySchema,
      ok: { status: 200, description: 'The assignments', schema: AssignmentsReplySchema },
      errors: [400, 401, 403, 429],
    },
  },
  '/v1/audits': {
    post: {
      summary:
        'Send one audit, checked against its channel’s grid; idempotent by id: 201 the first time, 200 `duplicate` when this very audit was already received, 409 `audit_conflict` for another audit under the same id; 403 `not_assigned` unless the campaign of the audit’s year (in Paris) assigns this auditor this service of this territory on this channel; requires an auditor token',
      security: 'auditorToken',
      body: AuditRequestSchema,
      ok: { status: 201, description: 'Accepted', schema: AuditReplySchema },
      again: { status: 200, description: 'This very audit was already received: acknowledged again (`duplicate`), counted once' },
      errors: [400, 401, 403, 404, 409, 413, 415, 429],
    },
  },
  '/v1/benchmarks': {
    get: {
      summary: 'National and département averages per indicator',
      query: BenchmarksQuerySchema,
      ok: { status: 200, description: 'Averages', schema: BenchmarksReplySchema },
      errors: [400, 422],
    },
    post: undefined,
  },
  '/v1/rankings/participation': {
    get: {
      summary:
        'Trophée de la consultation citoyenne: respondents per 1,000 inhabitants within a category, among approved candidates with enough respondents; provisional until the year ends, then as the team published it',
      query: RankingQuerySchema,
      ok: { status: 200, description: 'The ranking, its status and rules, and the `territory` asked for', schema: RankingReplySchema },
      errors: [400],
    },
    post: undefined,
  },
  '/v1/rankings/accueil': {
    get: {
      summary:
        'Trophée de la qualité de l’accueil: the year’s mystery audits’ overall score out of 10 within a category, among approved candidates with enough audits on enough channels (more audits first on equal scores), the citizens’ overall score of the same year beside it; provisional until the year ends, then as the team published it',
      query: AccueilRankingQuerySchema,
      ok: { status: 200, description: 'The ranking, its status and rules, and the `territory` asked for', schema: AccueilRankingReplySchema },
      errors: [400],
    },
    post: undefined,
  },
  '/v1/trophy/review': {
    get: {
      summary:
        'The barometer team’s review of a year before publishing: every territory with a suspicious pattern, with its evidence; requires the operator token',
      security: 'operatorToken',
      query: ReviewQuerySchema,
      ok: { status: 200, description: 'Territories to review', schema: ReviewReplySchema },
      errors: [400, 401, 403, 429, 503],
    },
    post: undefined,
  },
  '/v1/trophy/{year}/publish': {
    post: {
      summary: 'Publish a closed year’s palmarès, every category at once, with the territories withdrawn and why; requires the operator token',
      security: 'operatorToken',
      path: TrophyYearPathSchema,
      body: PublishRequestSchema,
      ok: { status: 201, description: 'Published: from now on the rankings of that year are served as published', schema: PublishReplySchema },
      errors: [400, 401, 403, 409, 413, 415, 422, 429, 503],
    },
    get: undefined,
  },
  '/v1/trophy/{year}/accueil/publish': {
    post: {
      summary:
        'Publish a closed year’s palmarès of the Trophée de la qualité de l’accueil, every category at once, with the territories withdrawn and why; requires the operator token',
      security: 'operatorToken',
      path: TrophyYearPathSchema,
      body: PublishRequestSchema,
      ok: { status: 201, description: 'Published: from now on the accueil rankings of that year are served as published', schema: PublishReplySchema },
      errors: [400, 401, 403, 409, 413, 415, 422, 429, 503],
    },
    get: undefined,
  },
  '/v1/territories/{id}/members': {
    get: {
      summary:
        'The territories within an intercommunalité (its communes) or a département (its communes and intercommunalités), each with its answers, respondents, participation and overall figures over a year or `from`/`to` (suppressed below the threshold), most answers first; a group’s own figures never include its members’ answers (`includesMembers: false`); 400 for a commune',
      path: TerritoryPathSchema,
      query: MembersQuerySchema,
      ok: { status: 200, description: 'The members', schema: MembersReplySchema },
      errors: [400, 404],
    },
    post: undefined,
  },
  '/v1/territories/{id}/services': {
    get: {
      summary:
        'The comparative map of a territory’s services: per service with answers over a year or `from`/`to` (optionally one channel), its figures per indicator (n, score /10, satisfaction rate and its 95 % interval) beside the same service’s figures in its département and in the nation, under the same channel; figures under 5 answers suppressed; `differences` marks a reference outside the territory’s 95 % interval (`higher`/`lower`), `same` within it, null when either side is suppressed',
      path: TerritoryPathSchema,
      query: ServicesQuerySchema,
      ok: { status: 200, description: 'The services compared, most answers first', schema: ServicesReplySchema },
      errors: [400, 404],
    },
    post: undefined,
  },
  '/v1/territories/{id}/audits': {
    get: {
      summary: `A territory’s mystery-audit figures over a year (scores out of 10: overall, per criterion, per channel), beside its département’s and France’s; every figure resting on fewer than ${MIN_AUDITS} audits is suppressed. With the territory’s admin token (optional), \`detail\` lists the grid items and the year’s audits; without it, detail is null`,
      security: 'adminToken',
      securityOptional: true,
      path: TerritoryPathSchema,
      query: AuditsQuerySchema,
      ok: {
        status: 200,
        description: 'The audit figures',
        schema: AuditResultsReplySchema,
        headers: {
          'Cache-Control': {
            description: 'no-store with a token (the item detail); absent without one, as for the results',
            required: false,
            schema: z.string(),
          },
        },
      },
      errors: [400, 401, 403, 404, 429],
    },
    post: undefined,
  },
  '/v1/territories/{id}/themes': {
    get: {
      summary: `The themes of a territory’s comments over a year or \`from\`/\`to\`, optionally for one service or channel: frequent words and two-word phrases (lower-case, accents kept, French stop words and masked personal data left out), each with the number of distinct comments using it, published only when ${THEME_MIN_COMMENTS} comments or more use it, at most ${THEME_LIMIT}, most used first; flagged answers left out; never a comment`,
      path: TerritoryPathSchema,
      query: CommentThemesQuerySchema,
      ok: { status: 200, description: 'The themes', schema: CommentThemesReplySchema },
      errors: [400, 404],
    },
    post: undefined,
  },
  '/v1/open-data/figures.csv': {
    get: {
      summary:
        'Every territory’s published figures, month by month (territory, month, service, channel, indicator, n, score /10, satisfaction rate and its 95 % interval; suppressed figures empty), as CSV for open-data portals (UTF-8, `,`, `.` decimals), described by the Table Schema below; made once a day',
      ok: { status: 200, description: 'CSV', contentType: 'text/csv', schema: z.string(), headers: { 'Content-Disposition': CONTENT_DISPOSITION } },
      errors: [],
    },
    post: undefined,
  },
  '/v1/open-data/figures.schema.json': {
    get: {
      summary: 'The Table Schema (frictionless data) of figures.csv',
      ok: { status: 200, description: 'Table Schema', schema: TableSchemaReplySchema },
      errors: [],
    },
    post: undefined,
  },
  '/v1/open-data/datapackage.json': {
    get: {
      summary: 'The Data Package (frictionless data) naming figures.csv with its schema and licence (Licence Ouverte 2.0)',
      ok: { status: 200, description: 'Data Package', schema: DataPackageReplySchema },
      errors: [],
    },
    post: undefined,
  },
  '/v1/map': {
    get: {
      summary: 'One figure per département for the national map',
      query: MapQuerySchema,
      ok: { status: 200, description: 'Every département', schema: MapReplySchema },
      errors: [400],
    },
    post: undefined,
  },
};

/** Operations whose success reply has no schema yet, each with a TODO above; the tests allow these and no other. */
export const PENDING_REPLY_SCHEMAS: readonly string[] = [];

const STATUS_TEXT: Record<number, string> = {
  400: 'Invalid input (issues list each problem)',
  401: 'Missing token (see WWW-Authenticate)',
  403: 'Refused (wrong or revoked token, registration pending, origin not registered, or an audit not assigned)',
  404: 'Unknown territory, claim, kiosk, auditor or route, or no logo',
  409: 'Conflict: already registered, too many kiosk keys, a palmarès already published or for a year not ended, or another audit under the same id',
  413: 'Body too large',
  415: 'Body not JSON (a logo: not a PNG, JPEG, WebP or SVG image, or not the type its Content-Type declares)',
  422: 'Unknown territory or questionnaire version',
  429: 'Rate limited, too many claims from one connection today, or too many wrong tokens (see Retry-After)',
  503: 'Unavailable: a ledger (retry), or no operator token configured',
};

const DEFAULT_ERROR_HEADERS: Partial<Record<number, Record<string, Header>>> = {
  401: { 'WWW-Authenticate': WWW_AUTHENTICATE },
  429: { 'Retry-After': RETRY_AFTER(true) },
};

const headersObject = (headers: Record<string, Header> | undefined) =>
  headers && Object.keys(headers).length > 0
    ? { headers: Object.fromEntries(Object.entries(headers).map(([name, { schema, ...header }]) => [name, { ...header, schema: json(schema) }])) }
    : {};

function operationObject(operation: Operation): JsonSchema {
  const error = json(ErrorEnvelopeSchema);
  const parameters = [
    ...(operation.path ? parametersOf(operation.path, 'path') : []),
    ...(operation.parameters ?? []).map(({ schema, ...parameter }) => ({ ...parameter, schema: json(schema, 'input') })),
    ...(operation.query ? parametersOf(operation.query, 'query') : []),
  ];
  return {
    summary: operation.summary,
    ...(operation.security ? { security: [...(operation.securityOptional ? [{}] : []), { [operation.security]: [] }] } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(operation.body
      ? { requestBody: { required: !operation.bodyOptional, content: { 'application/json': { schema: json(operation.body, 'input') } } } }
      : {}),
    ...(operation.rawBody
      ? {
          requestBody: {
            required: true,
            description: operation.rawBody.description,
            content: Object.fromEntries(operation.rawBody.types.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }])),
          },
        }
      : {}),
    responses: {
      [operation.ok.status]: {
        description: operation.ok.description,
        ...headersObject(operation.ok.headers),
        content: Object.fromEntries(
          [operation.ok.contentType ?? 'application/json'].flat().map((type) => [type, operation.ok.schema ? { schema: json(operation.ok.schema) } : {}]),
        ),
      },
      ...(operation.again && operation.ok.schema
        ? { [operation.again.status]: { description: operation.again.description, content: { 'application/json': { schema: json(operation.ok.schema) } } } }
        : {}),
      ...Object.fromEntries((operation.empty ?? []).map(({ status, description, headers }) => [status, { description, ...headersObject(headers) }])),
      ...Object.fromEntries(
        operation.errors.map((status) => [
          status,
          {
            description: STATUS_TEXT[status],
            ...headersObject({ ...DEFAULT_ERROR_HEADERS[status], ...operation.errorHeaders?.[status] }),
            content: { 'application/json': { schema: error } },
          },
        ]),
      ),
    },
  };
}

export function openApiDocument(serverUrl: string): Record<string, unknown> {
  const paths = Object.fromEntries(
    Object.entries(OPERATIONS).map(([path, methods]) => [
      path,
      Object.fromEntries(
        Object.entries(methods)
          .filter((entry): entry is [string, Operation] => entry[1] !== undefined)
          .map(([method, operation]) => [method, operationObject(operation)]),
      ),
    ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Baromètre citoyen API',
      version: '1.0.0',
      description:
        'Citizens rate the public services of French local authorities. Wire format v1. Every success is `{ "data": … }`, every failure `{ "error": { "code", "message", "issues"? } }`; the Worker’s tests validate real replies of every route against this document.',
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        adminToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'A territory’s admin token, returned once by POST /v1/territories; works once the barometer’s team approved the claim',
        },
        operatorToken: { type: 'http', scheme: 'bearer', description: 'The barometer team’s operator token (the OPERATOR_TOKEN secret)' },
        auditorToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'A mystery auditor’s token, returned once by POST /v1/auditors; refused once the team revokes the auditor',
        },
      },
    },
    paths,
  };
}

/** Paths the document lists, for the test that compares them with the app's routes. */
export const DOCUMENTED_PATHS = Object.keys(OPERATIONS);
