/**
 * Generated requests to `POST /v1/responses`, with fast-check: valid answers and batches, and every
 * kind of bad input — broken JSON, wrong types, huge strings, deep nesting, unknown fields, invalid
 * UTF-8, wrong content types, oversized bodies, batches over the limit (of answers, or of
 * territories: at most MAX_BATCH_TERRITORIES distinct ones). Each carries the statuses
 * it may get. Invalid requests only name territories of their own, so the check that nothing of
 * them was stored is a count of zero there.
 * @module
 */
import fc from 'fast-check';
import { CHANNELS, CRITERIA, OVERALL_LEVELS, SERVICES } from '../../survey/questionnaire.js';
import { MAX_BATCH_TERRITORIES, type Answer } from '../../survey/response.js';
import '../../survey/reference-data.js';
import { allTerritories } from '../../survey/territory-directory.js';

export const KINDS = [
  'valid-single',
  'valid-batch',
  'broken-json',
  'wrong-types',
  'huge-string',
  'deep-nesting',
  'unknown-fields',
  'invalid-utf8',
  'wrong-content-type',
  'oversized',
  'batch-over-limit',
  'batch-over-territories',
  'prototype-names',
] as const;
export type Kind = (typeof KINDS)[number];

export interface BadInputCase {
  kind: Kind;
  body: string | Uint8Array;
  contentType: string;
  /** Answers that must be stored (valid kinds only). */
  answers: Answer[];
  statuses: number[];
}

/** Territories valid answers go to, and territories only invalid requests name. */
const communesOf = (departement: string, count: number) =>
  allTerritories()
    .filter((territory) => territory.kind === 'commune' && territory.departement === departement)
    .slice(0, count)
    .map((territory) => territory.id);
export const VALID_TERRITORIES = communesOf('26', 40);
export const INVALID_TERRITORIES = communesOf('38', 20);
/** Valid answers whose source or comment is a prototype name go here (part of the valid territories, so they are counted too). */
export const PROTOTYPE_TERRITORIES = VALID_TERRITORIES.slice(0, 4);

/** Names a plain object answers from Object.prototype (or that look like it): every string field and key gets them. */
export const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'] as const;
/** Where a prototype name goes: a field's value, a key of the answer, of its criteria, or of a batch. */
const PROTOTYPE_PLACES = [
  'territory',
  'service',
  'channel',
  'source',
  'comment',
  'questionnaire',
  'id',
  'lang',
  'overall',
  'criteria-key',
  'answer-key',
  'batch-key',
] as const;
/** The source pattern is lowercase letters, digits and dashes: these are valid sources; any comment is valid. */
const VALID_PROTOTYPE_SOURCES: readonly string[] = ['constructor', 'prototype'];

const criterionLevel = fc.oneof(fc.constantFrom(1, 2, 3, 4, 5), fc.constant(null));
const answerArbitrary = (territories: string[]): fc.Arbitrary<Answer> =>
  fc
    .record(
      {
        id: fc.uuid({ version: 4 }),
        territory: fc.constantFrom(...territories),
        service: fc.constantFrom(...SERVICES),
        channel: fc.constantFrom(...CHANNELS),
        overall: fc.constantFrom(...OVERALL_LEVELS),
        criteria: fc.dictionary(fc.constantFrom(...CRITERIA), criterionLevel, { maxKeys: 5 }),
        comment: fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }),
        source: fc.constantFrom('site', 'qr', 'affiche-a4', 'borne'),
        lang: fc.constantFrom('fr', 'en', 'ar', 'fr-x-falc'),
      },
      { requiredKeys: ['id', 'territory', 'service', 'overall'] },
    )
    .map((answer) => ({ questionnaire: 'v1', ...answer }) as Answer);

const json = (value: unknown) => JSON.stringify(value);
const JSON_TYPE = 'application/json';

/** `leaf` wrapped `depth` times in arrays and objects, written as text: JSON.stringify would overflow its stack. */
function nested(depth: number, leaf: string): string {
  const open = Array.from({ length: depth }, (_, level) => (level % 2 ? '{"a":' : '[')).join('');
  const close = Array.from({ length: depth }, (_, level) => (level % 2 ? '}' : ']'))
    .reverse()
    .join('');
  return `${open}${leaf}${close}`;
}

const validSingle = answerArbitrary(VALID_TERRITORIES).map((answer): BadInputCase => ({
  kind: 'valid-single',
  body: json(answer),
  contentType: JSON_TYPE,
  answers: [answer],
  statuses: [200],
}));
/** A valid batch names at most MAX_BATCH_TERRITORIES distinct territories. */
const validBatch = fc
  .shuffledSubarray(VALID_TERRITORIES, { minLength: 1, maxLength: MAX_BATCH_TERRITORIES })
  .chain((territories) => fc.uniqueArray(answerArbitrary(territories), { minLength: 1, maxLength: 20, selector: (answer) => answer.id }))
  .map((answers): BadInputCase => ({ kind: 'valid-batch', body: json({ answers }), contentType: JSON_TYPE, answers, statuses: [200] }));
const invalidAnswer = answerArbitrary(INVALID_TERRITORIES);

const brokenJson = fc
  .oneof(
    fc.string({ maxLength: 200 }),
    invalidAnswer.map((answer) => json(answer).slice(0, -1 - (answer.id.length % 7))),
  )
  .filter((text) => {
    try {
      JSON.parse(text);
      return false;
    } catch {
      return true;
    }
  })
  .map((body): BadInputCase => ({ kind: 'broken-json', body, contentType: JSON_TYPE, answers: [], statuses: [400] }));

const wrongTypes = fc
  .tuple(
    invalidAnswer,
    fc.constantFrom('id', 'territory', 'service', 'overall', 'criteria', 'comment', 'questionnaire', 'channel'),
    fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }), fc.object({ maxDepth: 1 })),
  )
  // An empty object is a valid `criteria` (every criterion is optional): not a wrong type.
  .filter(
    ([, field, value]) => !(field === 'criteria' && value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0),
  )
  .map(([answer, field, value]): BadInputCase => ({
    kind: 'wrong-types',
    body: json({ ...answer, [field]: value }),
    contentType: JSON_TYPE,
    answers: [],
    statuses: [400],
  }));

const hugeString = fc
  .tuple(invalidAnswer, fc.integer({ min: 1001, max: 60_000 }), fc.constantFrom('comment', 'source', 'lang', 'territory'))
  .map(([answer, length, field]): BadInputCase => ({
    kind: 'huge-string',
    body: json({ ...answer, [field]: 'é'.repeat(length) }),
    contentType: JSON_TYPE,
    answers: [],
    statuses: [400],
  }));

const deepNesting = fc
  .tuple(invalidAnswer, fc.integer({ min: 50, max: 5_000 }), fc.constantFrom('criteria', 'comment', 'extra', 'answers'))
  .map(([answer, depth, field]): BadInputCase => ({
    kind: 'deep-nesting',
    body: field === 'answers' ? `{"answers":${nested(depth, json(answer))}}` : `${json(answer).slice(0, -1)},${JSON.stringify(field)}:${nested(depth, '1')}}`,
    contentType: JSON_TYPE,
    answers: [],
    statuses: [400, 413],
  }));

const unknownFields = fc
  .tuple(
    invalidAnswer,
    fc
      .string({ minLength: 1, maxLength: 20 })
      .filter(
        (key) => !['id', 'questionnaire', 'territory', 'service', 'channel', 'overall', 'criteria', 'comment', 'source', 'lang', '__proto__'].includes(key),
      ),
    fc.jsonValue({ maxDepth: 2 }),
  )
  .map(([answer, key, value]): BadInputCase => ({
    kind: 'unknown-fields',
    body: json({ ...answer, [key]: value }),
    contentType: JSON_TYPE,
    answers: [],
    statuses: [400],
  }));

const invalidUtf8 = fc
  .tuple(invalidAnswer, fc.constantFrom([0xc3, 0x28], [0xa0, 0xa1], [0xe2, 0x28, 0xa1], [0xf0, 0x28, 0x8c, 0xbc], [0xff], [0xed, 0xa0, 0x80]))
  .map(([answer, bytes]): BadInputCase => {
    const encoded = new TextEncoder().encode(json({ ...answer, comment: 'XXXX' }));
    const at = encoded.indexOf(0x58);
    const body = new Uint8Array(encoded.length + bytes.length);
    body.set(encoded.subarray(0, at));
    body.set(bytes, at);
    body.set(encoded.subarray(at), at + bytes.length);
    return { kind: 'invalid-utf8', body, contentType: JSON_TYPE, answers: [], statuses: [400] };
  });

const wrongContentType = fc
  .tuple(
    invalidAnswer,
    fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp', 'text/json', ''),
  )
  .map(([answer, contentType]): BadInputCase => ({ kind: 'wrong-content-type', body: json(answer), contentType, answers: [], statuses: [415] }));

const oversized = fc.tuple(invalidAnswer, fc.integer({ min: 257 * 1024, max: 2 * 1024 * 1024 })).map(([answer, size]): BadInputCase => ({
  kind: 'oversized',
  body: json({ ...answer, comment: 'x'.repeat(size) }),
  contentType: JSON_TYPE,
  answers: [],
  statuses: [413],
}));

const batchOverLimit = fc
  .uniqueArray(invalidAnswer, { minLength: 21, maxLength: 40, selector: (answer) => answer.id })
  .map((answers): BadInputCase => ({ kind: 'batch-over-limit', body: json({ answers }), contentType: JSON_TYPE, answers: [], statuses: [400] }));

/** More distinct territories than a batch may name (each answer valid on its own): 400, nothing stored. */
const batchOverTerritories = fc
  .shuffledSubarray(INVALID_TERRITORIES, { minLength: MAX_BATCH_TERRITORIES + 1, maxLength: 8 })
  .chain((territories) =>
    fc.tuple(fc.constant(territories), fc.uniqueArray(invalidAnswer, { minLength: territories.length, maxLength: 20, selector: (answer) => answer.id })),
  )
  // Every chosen territory named at least once (the first answers take them in turn), order shuffled by the generator's ids.
  .map(([territories, answers]): BadInputCase => ({
    kind: 'batch-over-territories',
    body: json({ answers: answers.map((answer, index) => ({ ...answer, territory: territories[index % territories.length] })) }),
    contentType: JSON_TYPE,
    answers: [],
    statuses: [400],
  }));

/**
 * A prototype name in one place of an answer, written as JSON text so `__proto__` stays an own key.
 * Valid as a comment, or as a source the pattern accepts (`constructor`, `prototype`): stored, 200.
 * Anywhere else: a 400 envelope, and the answer names an invalid-only territory.
 */
const prototypeNames = fc
  .tuple(answerArbitrary(PROTOTYPE_TERRITORIES), invalidAnswer, fc.constantFrom(...PROTOTYPE_PLACES), fc.constantFrom(...PROTOTYPE_NAMES), fc.boolean())
  .map(([validAnswer, invalid, place, name, batched]): BadInputCase => {
    const valid = place === 'comment' || (place === 'source' && VALID_PROTOTYPE_SOURCES.includes(name));
    const base = valid ? validAnswer : invalid;
    const quoted = JSON.stringify(name);
    let text: string;
    if (place === 'criteria-key') text = `${json({ ...base, criteria: undefined }).slice(0, -1)},"criteria":{${quoted}:3,"accueil":4}}`;
    else if (place === 'answer-key') text = `${json(base).slice(0, -1)},${quoted}:"x"}`;
    else if (place === 'batch-key') text = json(base);
    else text = json({ ...base, [place]: name });
    const body = place === 'batch-key' ? `{"answers":[${text}],${quoted}:[]}` : batched ? `{"answers":[${text}]}` : text;
    const stored = valid ? [JSON.parse(text) as Answer] : [];
    return { kind: 'prototype-names', body, contentType: JSON_TYPE, answers: stored, statuses: valid ? [200] : [400] };
  });

/** Every kind, in about equal shares; valid requests a little more often, to check they are stored exactly. */
export const badInputCase: fc.Arbitrary<BadInputCase> = fc.oneof(
  { arbitrary: validSingle, weight: 2 },
  { arbitrary: validBatch, weight: 1 },
  { arbitrary: brokenJson, weight: 1 },
  { arbitrary: wrongTypes, weight: 1 },
  { arbitrary: hugeString, weight: 1 },
  { arbitrary: deepNesting, weight: 1 },
  { arbitrary: unknownFields, weight: 1 },
  { arbitrary: invalidUtf8, weight: 1 },
  { arbitrary: wrongContentType, weight: 1 },
  { arbitrary: oversized, weight: 1 },
  { arbitrary: batchOverLimit, weight: 1 },
  { arbitrary: batchOverTerritories, weight: 1 },
  { arbitrary: prototypeNames, weight: 1 },
);
