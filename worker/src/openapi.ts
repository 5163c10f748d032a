/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the routes parse with, so it
 * cannot drift from what the Worker accepts. A test checks that every route of the app is listed.
 * @module
 */
import * as z from 'zod/mini';
import { ErrorEnvelopeSchema } from '../../survey/api.js';
import { MonthSchema } from '../../survey/period.js';
import { CHANNELS, SERVICES } from '../../survey/questionnaire.js';
import { ClaimDecisionReplySchema, ClaimIdSchema, ClaimsReplySchema, CommentsReplySchema, RegistrationReplySchema, RegistrationRequestSchema } from '../../survey/registration.js';
import { AnswerSchema, BatchSchema, ResponsesReplySchema } from '../../survey/response.js';
import { ResultsReplySchema, TerritorySchema } from '../../survey/results.js';
import { TerritoryIdSchema } from '../../survey/territory.js';
import { CATEGORY_IDS } from '../../survey/trophy.js';

type Schema = z.core.$ZodType;
const json = (schema: Schema, io: 'input' | 'output' = 'output') => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  description: string;
  schema: Schema;
}

interface Operation {
  summary: string;
  parameters?: Parameter[];
  body?: Schema;
  ok: { status: number; description: string; schema?: Schema; contentType?: string };
  errors: number[];
}

const territoryPath: Parameter = { name: 'id', in: 'path', required: true, description: 'Territory id, e.g. commune:25056', schema: TerritoryIdSchema };
const claimPath: Parameter = { name: 'claim', in: 'path', required: true, description: 'Claim id, as POST /v1/territories returned it', schema: ClaimIdSchema };
const period: Parameter[] = [
  { name: 'from', in: 'query', description: 'First month included (YYYY-MM)', schema: MonthSchema },
  { name: 'to', in: 'query', description: 'Last month included (YYYY-MM)', schema: MonthSchema },
];
const year: Parameter = { name: 'year', in: 'query', description: 'Calendar year (default: the current one); from/to override it', schema: z.int() };
const filters: Parameter[] = [
  { name: 'service', in: 'query', description: 'Only this service', schema: z.enum(SERVICES) },
  { name: 'channel', in: 'query', description: 'Only this channel', schema: z.enum(CHANNELS) },
  ...period,
];
const results = { status: 200, description: 'Results computed from the tallies', schema: ResultsReplySchema };
const data = (schema: Schema) => z.object({ data: schema as z.ZodMiniType });

const OPERATIONS: Record<string, Record<'get' | 'post', Operation | undefined>> = {
  '/v1/health': { get: { summary: 'Liveness', ok: { status: 200, description: 'Up', schema: data(z.object({ status: z.literal('ok') })) }, errors: [] }, post: undefined },
  '/v1/openapi.json': { get: { summary: 'This document', ok: { status: 200, description: 'OpenAPI 3.1' }, errors: [] }, post: undefined },
  '/v1/responses': {
    post: {
      summary: 'Send one answer, or a batch of at most 20 (wire format v1); each is acknowledged by id',
      body: z.union([AnswerSchema, BatchSchema]),
      ok: { status: 200, description: 'Each answer: accepted, updated, duplicate or rejected (with retryable)', schema: ResponsesReplySchema },
      errors: [400, 403, 413, 415, 422, 429, 503],
    },
    get: undefined,
  },
  '/v1/responses/validate': {
    post: { summary: 'Check a body as POST /v1/responses would, storing nothing', body: z.union([AnswerSchema, BatchSchema]), ok: { status: 200, description: 'Valid', schema: data(z.object({ valid: z.literal(true), answers: z.int() })) }, errors: [400, 413, 415, 422] },
    get: undefined,
  },
  '/v1/territories': {
    get: {
      summary: 'Search territories by name (accents and case ignored) or code, the most populous first',
      parameters: [
        { name: 'q', in: 'query', required: true, description: 'At least 2 characters: a name, an INSEE code, a SIREN or an id', schema: z.string() },
        { name: 'limit', in: 'query', description: '1 to 50 (default 10)', schema: z.int() },
      ],
      ok: { status: 200, description: 'Matching territories', schema: data(z.array(TerritorySchema)) },
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
    get: { summary: 'Claims waiting for approval, oldest first; requires the operator token', ok: { status: 200, description: 'Pending claims', schema: ClaimsReplySchema }, errors: [401, 403, 503] },
    post: undefined,
  },
  '/v1/registrations/{claim}/approve': {
    post: { summary: 'Make a claim the territory’s registration (drops its other claims); requires the operator token', parameters: [claimPath], ok: { status: 200, description: 'Approved', schema: ClaimDecisionReplySchema }, errors: [400, 401, 403, 404, 409, 503] },
    get: undefined,
  },
  '/v1/registrations/{claim}/reject': {
    post: { summary: 'Drop a claim (its token becomes worthless); requires the operator token', parameters: [claimPath], ok: { status: 200, description: 'Rejected', schema: ClaimDecisionReplySchema }, errors: [400, 401, 403, 404, 503] },
    get: undefined,
  },
  '/v1/territories/{id}': { get: { summary: 'A territory: name, population, département', parameters: [territoryPath], ok: { status: 200, description: 'The territory', schema: data(TerritorySchema) }, errors: [400, 404] }, post: undefined },
  '/v1/territories/{id}/results': { get: { summary: 'A territory’s results', parameters: [territoryPath, ...filters], ok: results, errors: [400, 404] }, post: undefined },
  '/v1/territories/{id}/results.json': { get: { summary: 'The same results, as a download', parameters: [territoryPath, ...filters], ok: results, errors: [400, 404] }, post: undefined },
  '/v1/territories/{id}/results.csv': {
    get: { summary: 'The same results as CSV for French spreadsheets (UTF-8 BOM, `;`, decimal commas)', parameters: [territoryPath, ...filters], ok: { status: 200, description: 'CSV', contentType: 'text/csv' }, errors: [400, 404] },
    post: undefined,
  },
  '/v1/territories/{id}/comments': {
    get: {
      summary: 'Comments (masked), newest first; requires the admin token (Authorization: Bearer …)',
      parameters: [territoryPath, { name: 'limit', in: 'query', description: '1–200, default 50', schema: z.int() }, { name: 'before', in: 'query', description: 'The `next` cursor of the previous page (`<ms>_<id>`)', schema: z.string() }],
      ok: { status: 200, description: 'A page of comments', schema: CommentsReplySchema },
      errors: [400, 401, 403, 404],
    },
    post: undefined,
  },
  '/v1/benchmarks': {
    get: {
      summary: 'National and département averages per indicator',
      parameters: [{ name: 'departement', in: 'query', description: 'Département code', schema: z.string() }, { name: 'territory', in: 'query', description: 'Use this territory’s département', schema: TerritoryIdSchema }, year, ...period],
      ok: { status: 200, description: 'Averages' },
      errors: [400, 422],
    },
    post: undefined,
  },
  '/v1/rankings/participation': {
    get: {
      summary: 'Trophée de la consultation citoyenne: answers per 1,000 inhabitants within a category',
      parameters: [{ name: 'category', in: 'query', required: true, description: 'Category', schema: z.enum(CATEGORY_IDS as [string, ...string[]]) }, { name: 'territory', in: 'query', description: 'Territory to return apart as `focus`', schema: TerritoryIdSchema }, { name: 'limit', in: 'query', description: '1–1000, default 100', schema: z.int() }, { name: 'offset', in: 'query', description: 'default 0', schema: z.int() }, year, ...period],
      ok: { status: 200, description: 'The ranking' },
      errors: [400],
    },
    post: undefined,
  },
  '/v1/map': {
    get: {
      summary: 'One figure per département for the national map',
      parameters: [{ name: 'metric', in: 'query', description: 'satisfaction (default) or participation', schema: z.enum(['satisfaction', 'participation']) }, { name: 'level', in: 'query', description: 'departement', schema: z.enum(['departement']) }, year, ...period],
      ok: { status: 200, description: 'Every département' },
      errors: [400],
    },
    post: undefined,
  },
};

const STATUS_TEXT: Record<number, string> = {
  400: 'Invalid input (issues list each problem)', 401: 'Missing token', 403: 'Refused (wrong token, registration pending, or origin not registered)', 404: 'Unknown territory, claim or route',
  409: 'Already registered', 413: 'Body too large', 415: 'Body not JSON', 422: 'Unknown territory or questionnaire version', 429: 'Rate limited (see Retry-After), or too many pending claims', 503: 'Unavailable: a ledger (retry), or no operator token configured',
};

export function openApiDocument(serverUrl: string): Record<string, unknown> {
  const error = json(ErrorEnvelopeSchema);
  const paths = Object.fromEntries(
    Object.entries(OPERATIONS).map(([path, methods]) => [
      path,
      Object.fromEntries(
        Object.entries(methods)
          .filter((entry): entry is [string, Operation] => entry[1] !== undefined)
          .map(([method, operation]) => [
            method,
            {
              summary: operation.summary,
              ...(operation.parameters ? { parameters: operation.parameters.map(({ schema, ...parameter }) => ({ ...parameter, schema: json(schema, 'input') })) } : {}),
              ...(operation.body ? { requestBody: { required: true, content: { 'application/json': { schema: json(operation.body, 'input') } } } } : {}),
              responses: {
                [operation.ok.status]: {
                  description: operation.ok.description,
                  ...(operation.ok.schema || operation.ok.contentType
                    ? { content: { [operation.ok.contentType ?? 'application/json']: operation.ok.schema ? { schema: json(operation.ok.schema) } : {} } }
                    : {}),
                },
                ...Object.fromEntries(operation.errors.map((status) => [status, { description: STATUS_TEXT[status], content: { 'application/json': { schema: error } } }])),
              },
            },
          ]),
      ),
    ]),
  );
  return {
    openapi: '3.1.0',
    info: { title: 'Baromètre citoyen API', version: '1.0.0', description: 'Citizens rate the public services of French local authorities. Wire format v1.' },
    servers: [{ url: serverUrl }],
    paths,
  };
}

/** Paths the document lists, for the test that compares them with the app's routes. */
export const DOCUMENTED_PATHS = Object.keys(OPERATIONS);
