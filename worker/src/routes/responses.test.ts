import { runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../../survey/api.js';
import type { ResponsesReply } from '../../../survey/response.js';
import { answer, post, results } from '../../test/fixtures.js';
import { UPDATE_WINDOW_MS, type TerritoryLedger } from '../ledger/territory-ledger.js';

async function reply(response: Response): Promise<ResponsesReply['data']['results']> {
  expect(response.status).toBe(200);
  return ((await response.json()) as ResponsesReply).data.results;
}

async function failure(response: Response, status: number): Promise<ErrorEnvelope['error']> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return ((await response.json()) as ErrorEnvelope).error;
}

describe('POST /v1/responses', () => {
  it('accepts one answer and counts it', async () => {
    const one = answer({ territory: 'commune:01001' });
    expect(await reply(await post(one))).toEqual([{ id: one.id, status: 'accepted' }]);
    expect((await results('commune:01001')).answers).toBe(1);
  });

  it('accepts a batch and acknowledges each answer by id, in order', async () => {
    const batch = [answer({ territory: 'commune:01002' }), answer({ territory: 'commune:01004' }), answer({ territory: 'commune:01002' })];
    expect(await reply(await post({ answers: batch }))).toEqual(batch.map((a) => ({ id: a.id, status: 'accepted' })));
    expect((await results('commune:01002')).answers).toBe(2);
    expect((await results('commune:01004')).answers).toBe(1);
  });

  it('counts a retried answer once', async () => {
    const one = answer({ territory: 'commune:01005' });
    await post(one);
    expect(await reply(await post(one))).toEqual([{ id: one.id, status: 'duplicate' }]);
    expect(await reply(await post({ answers: [one, one] }))).toEqual([
      { id: one.id, status: 'duplicate' },
      { id: one.id, status: 'duplicate' },
    ]);
    expect((await results('commune:01005')).answers).toBe(1);
  });

  it('replaces an answer sent again with more filled in, and tallies only the latest version', async () => {
    const first = answer({ territory: 'commune:01006', overall: 'moyen' });
    const fuller = { ...first, criteria: { accueil: 5, attente: null } };
    await post(first);
    expect(await reply(await post(fuller))).toEqual([{ id: first.id, status: 'updated' }]);
    const data = (await results('commune:01006')) as unknown as {
      answers: number;
      overall: { n: number };
      criteria: { accueil: { n: number }; attente: { n: number; notConcerned: number } };
    };
    expect(data.answers).toBe(1);
    expect(data.overall.n).toBe(1);
    expect(data.criteria.accueil.n).toBe(1);
    expect(data.criteria.attente).toMatchObject({ n: 0, notConcerned: 1 });
  });

  it('treats an id sent again after 24 hours as a duplicate', async () => {
    const first = answer({ territory: 'commune:01007' });
    const stub = env.LEDGER.get(env.LEDGER.idFromName('commune:01007'));
    const t0 = Date.UTC(2026, 10, 1, 12);
    const outcome = await runInDurableObject(stub, (ledger: TerritoryLedger) => [
      ledger.record([first], t0),
      ledger.record([{ ...first, overall: 'pas-bien' }], t0 + UPDATE_WINDOW_MS + 1),
    ]);
    expect(outcome.map((r) => r[0]?.status)).toEqual(['accepted', 'duplicate']);
    const tallies = await runInDurableObject(stub, (ledger: TerritoryLedger) => ledger.tallies());
    expect(tallies).toEqual([{ question: 'overall', level: 'tres-bien', count: 1 }]);
  });

  it('refuses a body that is not JSON with 400 invalid_json', async () => {
    const error = await failure(await post('{"id": '), 400);
    expect(error.code).toBe('invalid_json');
  });

  it('lists every schema problem by field with 400 and stores nothing', async () => {
    const bad = { ...answer({ territory: 'commune:01008' }), overall: 'super', criteria: { accueil: 9 }, extra: true };
    const error = await failure(await post(bad), 400);
    expect(error.code).toBe('invalid_request');
    expect(error.issues?.map((issue) => issue.path)).toEqual([['overall'], ['criteria', 'accueil'], []]);
    expect(error.issues?.[2]).toMatchObject({ code: 'unrecognized_keys' });
    expect((await results('commune:01008')).answers).toBe(0);
  });

  it('refuses a whole batch when one answer is invalid', async () => {
    const good = answer({ territory: 'commune:01009' });
    const error = await failure(await post({ answers: [good, { ...good, id: 'not-a-uuid' }] }), 400);
    expect(error.code).toBe('invalid_request');
    expect(error.issues?.map((issue) => issue.path)).toEqual([['answers', 1, 'id']]);
    expect((await results('commune:01009')).answers).toBe(0);
  });

  it('refuses a batch of more than 20 answers with 400', async () => {
    const batch = Array.from({ length: 21 }, () => answer({ territory: 'commune:01010' }));
    const error = await failure(await post({ answers: batch }), 400);
    expect(error.issues).toEqual([expect.objectContaining({ path: ['answers'], code: 'too_big' })]);
    expect((await results('commune:01010')).answers).toBe(0);
  });

  it('refuses an unknown territory with 422 naming the field, and stores nothing of the batch', async () => {
    const good = answer({ territory: 'commune:01011' });
    const error = await failure(await post({ answers: [good, answer({ territory: 'commune:99999' })] }), 422);
    expect(error.code).toBe('unknown_territory');
    expect(error.issues).toEqual([{ path: ['answers', 1, 'territory'], message: 'unknown territory commune:99999', code: 'unknown_territory' }]);
    expect((await results('commune:01011')).answers).toBe(0);
  });

  it('refuses a body over 128 KiB with 413', async () => {
    const huge = JSON.stringify({ ...answer(), comment: 'x'.repeat(140 * 1024) });
    expect((await failure(await post(huge), 413)).code).toBe('payload_too_large');
  });

  it('refuses another content type with 415', async () => {
    const error = await failure(await post(JSON.stringify(answer()), { 'content-type': 'text/plain' }), 415);
    expect(error.code).toBe('unsupported_media_type');
  });
});
