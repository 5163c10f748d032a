import { runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../../survey/api.js';
import type { ResponsesReply } from '../../../survey/response.js';
import { answer, context, limits as rateLimits, post, register, results } from '../../test/fixtures.js';
import { freshTerritory } from '../../test/territories.js';
import { ledger } from '../ledger/shards.js';
import { UPDATE_WINDOW_MS } from '../ledger/territory-ledger.js';

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
    const territory = freshTerritory().id;
    const one = answer({ territory });
    expect(await reply(await post(one))).toEqual([{ id: one.id, status: 'accepted' }]);
    expect((await results(territory)).answers).toBe(1);
  });

  it('accepts a batch and acknowledges each answer by id, in order', async () => {
    const [twice, once] = [freshTerritory().id, freshTerritory().id];
    const batch = [answer({ territory: twice }), answer({ territory: once }), answer({ territory: twice })];
    expect(await reply(await post({ answers: batch }))).toEqual(batch.map((a) => ({ id: a.id, status: 'accepted' })));
    expect((await results(twice)).answers).toBe(2);
    expect((await results(once)).answers).toBe(1);
  });

  it('counts a retried answer once', async () => {
    const territory = freshTerritory().id;
    const one = answer({ territory });
    await post(one);
    expect(await reply(await post(one))).toEqual([{ id: one.id, status: 'duplicate' }]);
    expect((await results(territory)).answers).toBe(1);
  });

  it('refuses a batch holding one id twice, storing nothing of it', async () => {
    const territory = freshTerritory().id;
    const one = answer({ territory });
    const other = answer({ territory });
    const error = await failure(await post({ answers: [one, other, { ...one, criteria: { accueil: 5 } }] }), 400);
    expect(error.issues).toEqual([expect.objectContaining({ path: ['answers', 2, 'id'], code: 'duplicate_id' })]);
    expect((await results(territory)).answers).toBe(0);
  });

  it('replaces an answer sent again with more filled in, and tallies only the latest version', async () => {
    const territory = freshTerritory().id;
    const first = answer({ territory, overall: 'moyen' });
    const fuller = { ...first, criteria: { accueil: 5, attente: null } };
    await post(first);
    expect(await reply(await post(fuller))).toEqual([{ id: first.id, status: 'updated' }]);
    const data = (await results(territory)) as unknown as {
      answers: number;
      overall: { n: number };
      criteria: { accueil: { n: number }; attente: { n: number; notConcerned: number } };
    };
    expect(data.answers).toBe(1);
    expect(data.overall.n).toBe(1);
    expect(data.criteria.accueil.n).toBe(1);
    expect(data.criteria.attente).toMatchObject({ n: 0, notConcerned: 1 });
  });

  it('keeps the stored version when one no fuller arrives, whatever it says', async () => {
    const territory = freshTerritory().id;
    const first = answer({ territory, overall: 'moyen', criteria: { accueil: 2 } });
    await post(first);
    expect(await reply(await post({ ...first, criteria: { accueil: 5 } }))).toEqual([{ id: first.id, status: 'duplicate' }]);
    const data = (await results(territory)) as unknown as { criteria: { accueil: { n: number; score: number | null } } };
    expect(data.criteria.accueil.n).toBe(1);
    const { cells } = await ledger(env, territory).aggregates();
    expect(cells.find((cell) => cell.question === 'accueil')).toEqual({ question: 'accueil', level: '2', count: 1 });
  });

  it('ignores an older, emptier version that arrives after the fuller one', async () => {
    const territory = freshTerritory().id;
    const firstTap = answer({ territory, overall: 'moyen', channel: undefined });
    const enriched = { ...firstTap, overall: 'tres-bien' as const, channel: 'guichet' as const, criteria: { accueil: 5 as const } };
    await post(enriched);
    expect(await reply(await post(firstTap))).toEqual([{ id: firstTap.id, status: 'duplicate' }]);
    const data = (await results(territory)) as unknown as { answers: number; overall: { n: number }; criteria: { accueil: { n: number } } };
    expect([data.answers, data.criteria.accueil.n]).toEqual([1, 1]);
    const { cells } = await ledger(env, territory).aggregates();
    expect(cells.find((cell) => cell.question === 'overall')).toEqual({ question: 'overall', level: 'tres-bien', count: 1 });
  });

  it('treats an id sent again after 24 hours as a duplicate', async () => {
    const territory = freshTerritory().id;
    const first = answer({ territory });
    const stub = ledger(env, territory);
    const t0 = Date.UTC(2026, 10, 1, 12);
    expect((await stub.record([first], context(territory, t0)))[0]?.status).toBe('accepted');
    const late = await stub.record([{ ...first, overall: 'pas-bien' }], context(territory, t0 + UPDATE_WINDOW_MS + 1));
    expect(late[0]?.status).toBe('duplicate');
    const { cells } = await stub.aggregates();
    expect(cells).toEqual([{ question: 'overall', level: 'tres-bien', count: 1 }]);
  });

  it('refuses a body that is not JSON with 400 invalid_json', async () => {
    const error = await failure(await post('{"id": '), 400);
    expect(error.code).toBe('invalid_json');
  });

  it('lists every schema problem by field with 400 and stores nothing', async () => {
    const territory = freshTerritory().id;
    const bad = { ...answer({ territory }), overall: 'super', criteria: { accueil: 9 }, extra: true };
    const error = await failure(await post(bad), 400);
    expect(error.code).toBe('invalid_request');
    expect(error.issues?.map((issue) => issue.path)).toEqual([['overall'], ['criteria', 'accueil'], []]);
    expect(error.issues?.[2]).toMatchObject({ code: 'unrecognized_keys' });
    expect((await results(territory)).answers).toBe(0);
  });

  it('refuses a whole batch when one answer is invalid', async () => {
    const territory = freshTerritory().id;
    const good = answer({ territory });
    const error = await failure(await post({ answers: [good, { ...good, id: 'not-a-uuid' }] }), 400);
    expect(error.code).toBe('invalid_request');
    expect(error.issues?.map((issue) => issue.path)).toEqual([['answers', 1, 'id']]);
    expect((await results(territory)).answers).toBe(0);
  });

  it('refuses a batch of more than 20 answers with 400', async () => {
    const territory = freshTerritory().id;
    const batch = Array.from({ length: 21 }, () => answer({ territory }));
    const error = await failure(await post({ answers: batch }), 400);
    expect(error.issues).toEqual([expect.objectContaining({ path: ['answers'], code: 'too_big' })]);
    expect((await results(territory)).answers).toBe(0);
  });

  it('refuses an unknown territory with 422 naming the field, and stores nothing of the batch', async () => {
    const territory = freshTerritory().id;
    const good = answer({ territory });
    const error = await failure(await post({ answers: [good, answer({ territory: 'commune:99999' })] }), 422);
    expect(error.code).toBe('unknown_territory');
    expect(error.issues).toEqual([{ path: ['answers', 1, 'territory'], message: 'unknown territory commune:99999', code: 'unknown_territory' }]);
    expect((await results(territory)).answers).toBe(0);
  });

  it('refuses a body over 256 KiB with 413', async () => {
    const huge = JSON.stringify({ ...answer(), comment: 'x'.repeat(300 * 1024) });
    expect((await failure(await post(huge), 413)).code).toBe('payload_too_large');
  });

  it('refuses another content type with 415', async () => {
    const error = await failure(await post(JSON.stringify(answer()), { 'content-type': 'text/plain' }), 415);
    expect(error.code).toBe('unsupported_media_type');
  });
});

describe('POST /v1/responses: versions, privacy, rate limit, origins', () => {
  it('refuses an unknown questionnaire version with 422 and stores nothing', async () => {
    const territory = freshTerritory().id;
    const future = answer({ territory, questionnaire: 'v2' });
    const error = await failure(await post(future), 422);
    expect(error).toMatchObject({ code: 'unknown_questionnaire', issues: [{ path: ['questionnaire'], code: 'unknown_questionnaire' }] });
    expect((await results(territory)).answers).toBe(0);
  });

  it('masks e-mail addresses and phone numbers before storage', async () => {
    const territory = freshTerritory().id;
    const one = answer({ territory, comment: '  Merci ! Écrivez à marie.curie@example.org ou au +33 6 12 34 56 78  ' });
    await post(one);
    const stored = await runInDurableObject(ledger(env, territory), (_instance, state) =>
      state.storage.sql.exec<{ comment: string; body: string }>('SELECT comment, body FROM responses').toArray(),
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]?.comment).toBe('Merci ! Écrivez à [courriel masqué] ou au [téléphone masqué]');
    expect(stored[0]?.body).not.toContain('marie.curie');
    expect(stored[0]?.body).not.toContain('12 34');
  });

  it('validates without storing on /v1/responses/validate', async () => {
    const territory = freshTerritory().id;
    const one = answer({ territory });
    const response = await post(one, undefined, '/v1/responses/validate');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { valid: true, answers: 1 } });
    expect((await failure(await post({ ...one, overall: 'bof' }, undefined, '/v1/responses/validate'), 400)).code).toBe('invalid_request');
    expect((await results(territory)).answers).toBe(0);
  });

  it('throttles one client bursting on one territory with 429 and Retry-After, and counts the refusals', async () => {
    const territory = freshTerritory().id;
    const burst = { 'content-type': 'application/json', 'cf-connecting-ip': '203.0.113.7' };
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let index = 0; index < 12; index += 1) {
      last = await post(answer({ territory }), burst);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([...Array(10).fill(200), 429, 429]);
    const retryAfter = Number(last?.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(((await last?.json()) as ErrorEnvelope).error.code).toBe('rate_limited');
    // Another client is not affected.
    expect((await post(answer({ territory }), { ...burst, 'cf-connecting-ip': '198.51.100.1' })).status).toBe(200);
    const data = (await results(territory)) as unknown as { answers: number; excluded: { refused: number; flagged: number } };
    expect(data.answers).toBe(11);
    expect(data.excluded).toEqual({ refused: 2, flagged: 0, capped: 0 });
  });

  it('counts at most the daily cap of one respondent, keeps the rest out of the figures, and an update keeps it out', async () => {
    const territory = freshTerritory().id;
    const stub = ledger(env, territory);
    const cap = { ...rateLimits(100, 1000), perRespondentPerDay: 3 };
    const t0 = Date.UTC(2026, 6, 1, 8);
    const sent = Array.from({ length: 5 }, () => answer({ territory, overall: 'pas-bien' }));
    const replies = await stub.record(sent, context(territory, t0, { client: 'one-person', limits: cap }));
    expect(replies.map((reply) => reply.status)).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'accepted']);
    // A fuller version of a capped answer replaces it, still out of the figures.
    const fuller = { ...sent[4], criteria: { accueil: 1 } } as (typeof sent)[number];
    expect((await stub.record([fuller], context(territory, t0 + 60_000, { client: 'one-person', limits: cap })))[0]?.status).toBe('updated');
    // Another connection is another respondent; the next day the same person counts again.
    await stub.record([answer({ territory })], context(territory, t0, { client: 'neighbour', limits: cap }));
    await stub.record([answer({ territory })], context(territory, t0 + 86_400_000, { client: 'one-person', limits: cap }));
    const aggregates = await stub.aggregates();
    expect(aggregates.cells.filter((cell) => cell.question === 'overall')).toEqual(
      expect.arrayContaining([
        { question: 'overall', level: 'pas-bien', count: 3 },
        { question: 'overall', level: 'tres-bien', count: 2 },
      ]),
    );
    expect(aggregates.cells.some((cell) => cell.question === 'accueil')).toBe(false);
    expect([aggregates.capped, aggregates.flagged, aggregates.respondents]).toEqual([2, 0, 3]);
  });

  it('keeps answers a throttled client sends later, flagged and out of the figures', async () => {
    const territory = freshTerritory().id;
    const stub = ledger(env, territory);
    const limits = rateLimits(2, 100);
    const t0 = Date.UTC(2026, 5, 1, 10);
    // Concurrent calls reach the object in any order: count outcomes, not positions.
    const burst = (await Promise.all([0, 1, 2].map(() => stub.record([answer({ territory })], context(territory, t0, { client: 'bursty', limits }))))).map(
      (result) => result[0],
    );
    expect(burst.map((result) => result?.status).sort()).toEqual(['accepted', 'accepted', 'rejected']);
    expect(burst.find((result) => result?.status === 'rejected')?.error).toMatchObject({ code: 'rate_limited', retryable: true });
    const later = await stub.record([answer({ territory })], context(territory, t0 + 120_000, { client: 'bursty', limits }));
    expect(later[0]?.status).toBe('accepted');
    const aggregates = await stub.aggregates();
    expect(aggregates.cells).toEqual([{ question: 'overall', level: 'tres-bien', count: 2 }]);
    expect([aggregates.flagged, aggregates.refused]).toEqual([1, 1]);
  });

  it('accepts writes only from the registered origins of a territory that declared some', async () => {
    const territory = freshTerritory().id;
    await register(territory, ['https://www.ville.fr']);
    const from = (origin?: string) => post(answer({ territory }), { 'content-type': 'application/json', ...(origin ? { origin } : {}) });
    expect((await from('https://www.ville.fr')).status).toBe(200);
    const foreign = await failure(await from('https://evil.example'), 403);
    expect(foreign.code).toBe('origin_not_allowed');
    expect((await from('http://barometre.test')).status).toBe(200); // the hosted survey page, on the Worker's own origin
    expect((await from()).status).toBe(200); // no Origin: not a browser
    expect((await results(territory)).answers).toBe(3);
    // A territory that declared no origins accepts answers from any site.
    expect((await post(answer({ territory: freshTerritory().id }), { 'content-type': 'application/json', origin: 'https://anything.example' })).status).toBe(
      200,
    );
  });
});

describe('POST /v1/responses: encoding', () => {
  it('refuses a body that is not valid UTF-8 with 400 invalid_json, storing nothing', async () => {
    const territory = freshTerritory().id;
    const body = new TextEncoder().encode(JSON.stringify(answer({ territory, comment: 'XX' })));
    const at = body.indexOf(0x58);
    body.set([0xc3, 0x28], at); // an invalid two-byte sequence in the comment
    const error = await failure(await post(body), 400);
    expect(error).toMatchObject({ code: 'invalid_json', message: 'The body is not valid UTF-8.' });
    expect((await results(territory)).answers).toBe(0);
  });
});
