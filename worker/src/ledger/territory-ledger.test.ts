import { runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { answer, call, context, limits, post, results } from '../../test/fixtures.js';
import { freshTerritory } from '../../test/territories.js';
import { summarisedAnswers } from '../db/summaries.js';
import { CLIENT_RETENTION_MS } from './rate-limit.js';
import { ledger, shardOf } from './shards.js';

describe('TerritoryLedger summaries', () => {
  it('pushes the months that changed to D1 on its alarm, replacing earlier rows', async () => {
    const place = freshTerritory();
    const territory = place.id;
    const stub = ledger(env, territory);
    await stub.record([answer({ territory }), answer({ territory, overall: 'moyen' })], context(territory, Date.UTC(2029, 2, 10)));
    await stub.record([answer({ territory })], context(territory, Date.UTC(2029, 3, 10)));
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const rows = await env.DB.prepare('SELECT month, answers, population, kind, departement FROM territory_month WHERE territory_id = ? ORDER BY month')
      .bind(territory)
      .all();
    expect(rows.results).toEqual([
      { month: '2029-03', answers: 2, population: place.population, kind: 'commune', departement: place.departement },
      { month: '2029-04', answers: 1, population: place.population, kind: 'commune', departement: place.departement },
    ]);
    const overall = await env.DB.prepare(
      "SELECT n, score_sum, satisfied FROM indicator_month WHERE territory_id = ? AND month = '2029-03' AND indicator = 'overall'",
    )
      .bind(territory)
      .first();
    expect(overall).toEqual({ n: 2, score_sum: 15, satisfied: 1 });

    await stub.record([answer({ territory })], context(territory, Date.UTC(2029, 2, 11)));
    await runDurableObjectAlarm(stub);
    expect(await summarisedAnswers(env, territory)).toBe(4);
  });

  it('pushes a minute after the first unpushed write, so the writes in between share one push; the seed asks for sooner', async () => {
    const territory = freshTerritory().id;
    const stub = ledger(env, territory);
    const alarm = () => runInDurableObject(stub, (_instance, state) => state.storage.getAlarm());
    const before = Date.now();
    await stub.record([answer({ territory })], context(territory, before));
    const first = await alarm();
    expect(first).toBeGreaterThanOrEqual(before + 60_000);
    expect(first).toBeLessThan(Date.now() + 60_000 + 1);
    // A later write does not push the alarm back: the first write's figures reach D1 within the minute.
    await stub.record([answer({ territory })], context(territory, Date.now()));
    expect(await alarm()).toBe(first);
    // A write that wants its push sooner (the local seed) brings the alarm forward.
    await stub.record([answer({ territory })], { ...context(territory, Date.now()), summaryDelayMs: 1_000 });
    expect(await alarm()).toBeLessThan(Date.now() + 1_001);
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await summarisedAnswers(env, territory)).toBe(3);
  });

  it('forgets client hashes after 48 hours and never stores an IP', async () => {
    const territory = freshTerritory().id;
    const stub = ledger(env, territory);
    const longAgo = Date.now() - CLIENT_RETENTION_MS - 3_600_000;
    await stub.record([answer({ territory })], context(territory, longAgo, { client: 'old-client', limits: limits(5, 50) }));
    await post(answer({ territory }), { 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.44' });
    const before = await runInDurableObject(stub, (_instance, state) =>
      state.storage.sql.exec<{ client: string }>('SELECT client FROM client_windows').toArray(),
    );
    expect(before.map((row) => row.client)).toContain('old-client');
    await runDurableObjectAlarm(stub);
    const dump = await runInDurableObject(stub, (_instance, state) => {
      const tables = state.storage.sql.exec<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '_cf_%'").toArray();
      return tables.map(({ name }) => JSON.stringify(state.storage.sql.exec(`SELECT * FROM "${name}"`).toArray())).join('\n');
    });
    expect(dump).not.toContain('old-client');
    expect(dump).not.toContain('192.0.2.44');
    expect(dump).toMatch(/"client":"[0-9a-f]{32}"/); // today's hash, kept for the rate limit
  });
});

describe('ledgers nobody has written to', () => {
  it('answer reads without creating tables, then store the first answer as usual', async () => {
    const territory = freshTerritory().id;
    const stub = ledger(env, territory);
    const tables = () =>
      runInDurableObject(stub, (_instance, state) =>
        state.storage.sql
          .exec<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '_cf_%' ORDER BY name")
          .toArray()
          .map((row) => row.name),
      );
    const empty = await results(territory);
    expect(empty.answers).toBe(0);
    expect((await stub.comments(10)).length).toBe(0);
    expect(await runDurableObjectAlarm(stub)).toBe(false);
    expect(await tables()).toEqual([]);

    await stub.record([answer({ territory, comment: 'Très bon accueil.' })], context(territory, Date.now()));
    expect(await tables()).toEqual(expect.arrayContaining(['meta', 'responses', 'rollups', 'tallies']));
    expect((await results(territory)).answers).toBe(1);
    expect((await stub.comments(10)).map((comment) => comment.comment)).toEqual(['Très bon accueil.']);
  });
});

describe('sharded territories', () => {
  it('spreads a busy territory over its shards, counts each answer once, and sums on read', async () => {
    // Named, not fresh: LEDGER_SHARDS (vitest.config.ts) splits Paris over 4 shards in these tests.
    const territory = 'commune:75056';
    const answers = Array.from({ length: 40 }, () => answer({ territory }));
    // Forty citizens, forty connections: the rate limit has nothing to say.
    for (const [index, one] of answers.entries()) await post(one, { 'content-type': 'application/json', 'cf-connecting-ip': `198.51.100.${index}` });
    const perShard = await Promise.all([0, 1, 2, 3].map(async (shard) => (await ledger(env, territory, shard).aggregates()).cells[0]?.count ?? 0));
    expect(perShard.reduce((sum, count) => sum + count, 0)).toBe(40);
    expect(perShard.filter((count) => count > 0).length).toBeGreaterThan(1);
    expect(perShard).toEqual([0, 1, 2, 3].map((shard) => answers.filter((one) => shardOf(one.id, 4) === shard).length));
    // Retried through any path, an answer reaches the same shard and stays counted once.
    await post({ answers: answers.slice(0, 20) });
    expect((await results(territory)).answers).toBe(40);
    for (const shard of [0, 1, 2, 3]) await runDurableObjectAlarm(ledger(env, territory, shard));
    expect(await summarisedAnswers(env, territory)).toBe(40);
    const comments = await call(`/v1/territories/${territory}/comments`);
    expect(comments.status).toBe(401);
  });
});
