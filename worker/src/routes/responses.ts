/**
 * `POST /v1/responses`: one answer or a batch of at most 20, in the wire format v1, and
 * `POST /v1/responses/validate`, which checks a body the same way and stores nothing. The request
 * is validated whole first (syntax, schema, questionnaire version, territories), so an invalid
 * request stores nothing; comments are masked before they reach a ledger.
 * @module
 */
import { Hono, type Context } from 'hono';
import type { ErrorEnvelope, Issue } from '../../../survey/api.js';
import { KIOSK_KEY_HEADER } from '../../../survey/kiosk.js';
import { maskComment } from '../../../survey/privacy.js';
import {
  answersOf,
  isKnownQuestionnaire,
  MAX_BATCH_TERRITORIES,
  safeParseResponsesRequest,
  type Answer,
  type AnswerResult,
  type ResponsesReply,
  type ResponsesRequest,
} from '../../../survey/response.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import { config } from '../config.js';
import type { AppEnv } from '../env.js';
import { ApiError, parsed } from '../http/api-error.js';
import { clientHash } from '../http/client-id.js';
import { limitBody, readJson } from '../http/json-body.js';
import { sortKioskAnswers } from '../answers/kiosk-answers.js';
import { storeAnswers } from '../answers/store-answers.js';
import { kioskLimits } from '../ledger/kiosk-pace.js';

/** 20 answers with a 1,000-character comment each fit even when every character is sent as a \uXXXX escape. */
export const MAX_BODY_BYTES = 256 * 1024;

function issuesWhere(
  answers: Answer[],
  isBatch: boolean,
  field: 'territory' | 'questionnaire',
  bad: (answer: Answer) => boolean,
  message: (answer: Answer) => string,
  code: string,
): Issue[] {
  return answers.flatMap((answer, index) => (bad(answer) ? [{ path: isBatch ? ['answers', index, field] : [field], message: message(answer), code }] : []));
}

/** One issue per answer whose territory is not among the batch's first MAX_BATCH_TERRITORIES distinct ones. */
function beyondTerritoryLimit(answers: Answer[]): Issue[] {
  const named = new Set<string>();
  return answers.flatMap((answer, index) => {
    if (named.has(answer.territory)) return [];
    if (named.size < MAX_BATCH_TERRITORIES) {
      named.add(answer.territory);
      return [];
    }
    return [{ path: ['answers', index, 'territory'], message: `a batch names at most ${MAX_BATCH_TERRITORIES} territories`, code: 'too_many_territories' }];
  });
}

/** Parses and checks a request body; throws the envelope's 400/413/415/422 before anything is stored. */
export async function validatedAnswers(c: Context<AppEnv>): Promise<Answer[]> {
  const request = parsed<ResponsesRequest>(
    safeParseResponsesRequest(await readJson(c)),
    'invalid_request',
    [],
    'The body is not a valid answer or batch of answers (wire format v1).',
  );
  const answers = answersOf(request);
  const isBatch = 'answers' in request;
  // One id twice in a batch: which version counts, and what to acknowledge, would be guesswork.
  const seen = new Map<string, number>();
  const repeated = answers.flatMap((answer, index) => {
    const first = seen.get(answer.id);
    seen.set(answer.id, first ?? index);
    return first === undefined
      ? []
      : [{ path: ['answers', index, 'id'], message: `the id ${answer.id} is already answer ${first} of this batch`, code: 'duplicate_id' }];
  });
  if (repeated.length > 0)
    throw new ApiError(400, 'invalid_request', 'A batch holds each answer id at most once; send versions of an answer one after the other.', repeated);
  const spread = beyondTerritoryLimit(answers);
  if (spread.length > 0)
    throw new ApiError(400, 'invalid_request', `A batch names at most ${MAX_BATCH_TERRITORIES} territories; send the others in another request.`, spread);
  const versions = issuesWhere(
    answers,
    isBatch,
    'questionnaire',
    (answer) => !isKnownQuestionnaire(answer.questionnaire),
    (answer) => `unknown questionnaire version ${answer.questionnaire}`,
    'unknown_questionnaire',
  );
  if (versions.length > 0) throw new ApiError(422, 'unknown_questionnaire', 'The request uses a questionnaire version this server does not know.', versions);
  const territories = issuesWhere(
    answers,
    isBatch,
    'territory',
    (answer) => !findTerritory(answer.territory),
    (answer) => `unknown territory ${answer.territory}`,
    'unknown_territory',
  );
  if (territories.length > 0) throw new ApiError(422, 'unknown_territory', 'The request names a territory that does not exist.', territories);
  return answers.map(withMaskedComment);
}

/** The answer with its comment masked (survey/privacy.ts), or without one when nothing is left of it. */
export function withMaskedComment({ comment, ...rest }: Answer): Answer {
  const masked = maskComment(comment);
  return masked === undefined ? rest : { ...rest, comment: masked };
}

/** 200 with each answer's outcome; when every answer was refused for one reason, that reason's status. */
function reply(c: Context<AppEnv>, results: AnswerResult[]): Response {
  const retryAfter = Math.max(0, ...results.map((result) => result.error?.retryAfter ?? 0));
  if (retryAfter > 0) c.header('Retry-After', String(retryAfter));
  const codes = new Set(results.map((result) => (result.status === 'rejected' ? result.error?.code : 'held')));
  const [only] = codes;
  const refusal = codes.size === 1 ? ({ rate_limited: 429, origin_not_allowed: 403, unavailable: 503 } as const)[only as string] : undefined;
  if (refusal) {
    const body: ErrorEnvelope = {
      error: {
        code: only as 'rate_limited' | 'origin_not_allowed' | 'unavailable',
        message: results[0]?.error?.message ?? 'refused',
        issues: results.map((result, index) => ({
          path: results.length > 1 ? ['answers', index] : [],
          message: result.error?.message ?? '',
          code: only as string,
        })),
      },
    };
    return c.json(body, refusal);
  }
  return c.json({ data: { results } } satisfies ResponsesReply, 200);
}

export const responses = new Hono<AppEnv>()
  .post('/', limitBody(MAX_BODY_BYTES), async (c) => {
    const answers = await validatedAnswers(c);
    const { salt, limits, kioskPaceSeconds } = config(c.env);
    const now = Date.now();
    const options = {
      now,
      client: await clientHash(c.req.raw, salt, now),
      origin: c.req.header('origin'),
      withoutOrigin: !c.req.header('origin'),
      ownOrigin: new URL(c.req.url).origin,
      limits,
    };
    const sent = c.req.header(KIOSK_KEY_HEADER);
    if (sent === undefined) return reply(c, await storeAnswers(c.env, answers, options));
    // A kiosk: paced per kiosk, not per connection (ledger/kiosk-pace.ts); refusals answered per answer.
    const { refused, kept, kiosk, outsideHours } = await sortKioskAnswers(c.env, sent, answers, now);
    const stored = kiosk
      ? await storeAnswers(c.env, kept, { ...options, client: `kiosk:${kiosk.id}`, limits: kioskLimits(kioskPaceSeconds), kiosk: { outsideHours } })
      : [];
    const byId = new Map([...refused, ...stored].map((result) => [result.id, result]));
    return reply(
      c,
      answers.map((answer) => byId.get(answer.id) as AnswerResult),
    );
  })
  .post('/validate', limitBody(MAX_BODY_BYTES), async (c) => {
    const answers = await validatedAnswers(c);
    return c.json({ data: { valid: true, answers: answers.length } });
  });
