/**
 * `POST /v1/responses`: one answer or a batch of at most 20, in the wire format v1. The request is
 * validated whole first (syntax, schema, territories), so an invalid request stores nothing; each
 * territory's answers then go to its ledger in one call.
 * @module
 */
import { Hono } from 'hono';
import { answersOf, safeParseResponsesRequest, type Answer, type AnswerResult, type ResponsesReply, type ResponsesRequest } from '../../../survey/response.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import { ApiError, parsed } from '../http/api-error.js';
import { limitBody, readJson } from '../http/json-body.js';
import type { AppEnv, Env } from '../env.js';

/** 20 answers with a 1,000-character comment each, in the worst UTF-8 case, fit well inside. */
export const MAX_BODY_BYTES = 128 * 1024;

function unknownTerritories(answers: Answer[], isBatch: boolean) {
  return answers.flatMap((answer, index) =>
    findTerritory(answer.territory)
      ? []
      : [{ path: isBatch ? ['answers', index, 'territory'] : ['territory'], message: `unknown territory ${answer.territory}`, code: 'unknown_territory' }],
  );
}

async function recordByTerritory(env: Env, answers: Answer[]): Promise<AnswerResult[]> {
  const byTerritory = Map.groupBy(answers, (answer) => answer.territory);
  const settled = await Promise.all(
    [...byTerritory].map(async ([territory, group]): Promise<AnswerResult[]> => {
      try {
        return await env.LEDGER.get(env.LEDGER.idFromName(territory)).record(group, Date.now());
      } catch (error) {
        // The ledger rolled its transaction back: none of this group is stored, and the client keeps it.
        console.error('ledger unavailable', territory, error);
        return group.map((answer) => ({
          id: answer.id,
          status: 'rejected',
          error: { code: 'unavailable', message: 'The territory ledger is unavailable; retry later.', retryable: true },
        }));
      }
    }),
  );
  // Answer in request order; a batch may repeat an id, whose last result is the one that holds.
  const byId = new Map(settled.flat().map((result) => [result.id, result]));
  return answers.map((answer) => byId.get(answer.id) as AnswerResult);
}

export const responses = new Hono<AppEnv>().post('/', limitBody(MAX_BODY_BYTES), async (c) => {
  const request = parsed<ResponsesRequest>(safeParseResponsesRequest(await readJson(c)), 'invalid_request', [], 'The body is not a valid answer or batch of answers (wire format v1).');
  const answers = answersOf(request);
  const unknown = unknownTerritories(answers, 'answers' in request);
  if (unknown.length > 0) {
    throw new ApiError(422, 'unknown_territory', 'The request names a territory that does not exist.', unknown);
  }
  const reply: ResponsesReply = { data: { results: await recordByTerritory(c.env, answers) } };
  return c.json(reply, 200);
});
