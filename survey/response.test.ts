import { describe, expect, it } from 'vitest';
import { AnswerSchema, answersOf, isKnownQuestionnaire, MAX_BATCH, safeParseResponsesRequest } from './response.js';

// The example of the wire format v1 in docs/wire-format-v1.md, which outside clients follow.
const designExample = {
  id: '0b6c2a4e-8f1d-4c3b-9a7e-2d5f6a8b9c01',
  questionnaire: 'v1',
  territory: 'commune:25056',
  service: 'mairie',
  channel: 'guichet',
  overall: 'tres-bien',
  criteria: { accessibilite: 4, accueil: 5, attente: 3, efficacite: 4, 'en-ligne': null },
  comment: 'Accueil très agréable.',
  source: 'site',
  lang: 'fr',
};

describe('AnswerSchema (wire format v1)', () => {
  it('accepts the documented example unchanged', () => {
    expect(AnswerSchema.parse(designExample)).toEqual(designExample);
  });

  it('accepts the minimal answer: id, version, territory, service and the overall question', () => {
    const { id, questionnaire, territory, service, overall } = designExample;
    expect(AnswerSchema.safeParse({ id, questionnaire, territory, service, overall }).success).toBe(true);
  });

  it.each([
    ['an overall level outside the three', { overall: 'excellent' }, ['overall']],
    ['a criterion level above 5', { criteria: { accueil: 6 } }, ['criteria', 'accueil']],
    ['an unknown criterion', { criteria: { proprete: 3 } }, ['criteria']],
    ['a service outside the closed list', { service: 'piscine' }, ['service']],
    ['a malformed questionnaire version', { questionnaire: 'version 1' }, ['questionnaire']],
    ['a malformed territory id', { territory: '25056' }, ['territory']],
    ['a comment over 1,000 characters', { comment: 'é'.repeat(1001) }, ['comment']],
    ['a source with spaces', { source: 'Affiche A4' }, ['source']],
    ['an id that is not a UUID', { id: '42' }, ['id']],
    ['an unknown field', { ip: '1.2.3.4' }, []],
  ])('rejects %s', (_label, change, path) => {
    const result = AnswerSchema.safeParse({ ...designExample, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});

describe('safeParseResponsesRequest', () => {
  it('reads a single answer and a batch alike', () => {
    const single = safeParseResponsesRequest(designExample);
    const batch = safeParseResponsesRequest({ answers: [designExample, { ...designExample, id: crypto.randomUUID() }] });
    expect(single.success && answersOf(single.data)).toHaveLength(1);
    expect(batch.success && answersOf(batch.data)).toHaveLength(2);
  });

  it(`names the batch field when it holds more than ${MAX_BATCH} answers or none`, () => {
    const tooMany = safeParseResponsesRequest({ answers: Array.from({ length: MAX_BATCH + 1 }, () => designExample) });
    expect(tooMany.error?.issues.map((issue) => [issue.path, issue.code])).toEqual([[['answers'], 'too_big']]);
    const empty = safeParseResponsesRequest({ answers: [] });
    expect(empty.error?.issues.map((issue) => issue.code)).toEqual(['too_small']);
  });
});

describe('isKnownQuestionnaire', () => {
  it('knows v1 only: a well-formed later version is refused by the server with 422, not 400', () => {
    expect(AnswerSchema.safeParse({ ...designExample, questionnaire: 'v2' }).success).toBe(true);
    expect(['v1', 'v2'].map(isKnownQuestionnaire)).toEqual([true, false]);
  });
});
