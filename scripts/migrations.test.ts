/**
 * A deploy on top of existing data never loses it. D1: every migration is applied in order on a
 * local database that already holds rows written under the earlier ones, and every row survives.
 * Durable Objects: a ledger's state written by a running server is copied, a server started on the
 * copy (applying migrations, opening the objects with the current schema) serves it unchanged and
 * keeps counting on top of it.
 * @module
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startLocalServer } from './lib/local-server.js';

const MIGRATIONS = 'worker/src/migrations';
/** Every answer of this test comes from one address: lift the per-respondent cap so each counts. */
const ONE_CLIENT = { ANSWERS_PER_RESPONDENT_PER_DAY: '1000000' };

function wrangler(args: string[], config: string): string {
  return execFileSync('node_modules/.bin/wrangler', [...args, '--config', config], { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
}

function query(sql: string, state: string, config: string): Record<string, unknown>[] {
  const out = wrangler(['d1', 'execute', 'barometre', '--local', '--persist-to', state, '--json', '--command', sql], config);
  return (JSON.parse(out) as { results: Record<string, unknown>[] }[])[0]?.results ?? [];
}

describe('migrations on populated state', () => {
  it('applies every D1 migration in order without losing a row written before it', () => {
    const root = mkdtempSync(join(tmpdir(), 'barometre-migrations-'));
    const steps = join(root, 'migrations');
    mkdirSync(steps);
    const config = join(root, 'wrangler.toml');
    writeFileSync(
      config,
      readFileSync('wrangler.toml', 'utf8')
        .replaceAll('migrations_dir = "worker/src/migrations"', `migrations_dir = "${steps}"`)
        .replace('main = "worker/src/index.ts"', `main = "${resolve('worker/src/index.ts')}"`)
        .replace('directory = "dist"', `directory = "${resolve('dist')}"`),
    );
    const state = join(root, 'state');
    const files = readdirSync(MIGRATIONS)
      .filter((file) => file.endsWith('.sql'))
      .sort();
    expect(files.length).toBeGreaterThanOrEqual(4);
    const written: { table: string; count: number }[] = [];
    for (const [index, file] of files.entries()) {
      cpSync(join(MIGRATIONS, file), join(steps, file));
      // Every table's count in one query: each wrangler call costs seconds, and the tables add up.
      const counts = () => {
        if (written.length === 0) return [];
        const row = query(`SELECT ${written.map(({ table }, column) => `(SELECT COUNT(*) FROM ${table}) AS c${column}`).join(', ')}`, state, config)[0] ?? {};
        return written.map((_, column) => Number(row[`c${column}`] ?? -1));
      };
      // What the earlier steps wrote is still all there: one row each (a count before the step would read the same).
      wrangler(['d1', 'migrations', 'apply', 'barometre', '--local', '--persist-to', state], config);
      expect(counts(), `after ${file}`).toEqual(written.map(({ count }) => count));
      // Rows under this migration's tables, for the next ones to keep.
      if (index === 0) {
        query(
          "INSERT INTO territories (id, contact, origins, admin_token_hash, created_at) VALUES ('commune:25056', 'mairie@besancon.fr', '[\"https://www.besancon.fr\"]', 'hash', 1)",
          state,
          config,
        );
        written.push({ table: 'territories', count: 1 });
      }
      if (index === 1) {
        query(
          "INSERT INTO territory_month (territory_id, shard, month, kind, departement, population, answers, flagged, refused, updated_at) VALUES ('commune:25056', 0, '2026-10', 'commune', '25', 118489, 42, 0, 0, 1)",
          state,
          config,
        );
        written.push({ table: 'territory_month', count: 1 });
      }
      if (index === 2) {
        query(
          "INSERT INTO registration_claims (id, territory, contact, origins, admin_token_hash, created_at) VALUES ('6f1c2a4e-0000-4000-8000-000000000001', 'commune:25057', 'dgs@example.fr', '[]', 'hash2', 1)",
          state,
          config,
        );
        written.push({ table: 'registration_claims', count: 1 });
      }
      if (index === 3) {
        query("INSERT INTO claim_clients (client, day, count) VALUES ('0123456789abcdef0123456789abcdef', 20415, 2)", state, config);
        written.push({ table: 'claim_clients', count: 1 });
      }
    }
    for (const { table, count } of written) expect(Number(query(`SELECT COUNT(*) AS n FROM ${table}`, state, config)[0]?.n), table).toBe(count);
    expect(query('SELECT origins FROM territories', state, config)[0]?.origins).toBe('["https://www.besancon.fr"]');
  }, 180_000);

  it('serves a copy of a ledger’s state unchanged under the current code, and keeps counting on it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'barometre-ledger-state-'));
    const original = join(root, 'original');
    const copy = join(root, 'copy');
    const answers = (territory: string, count: number) =>
      Array.from({ length: count }, () => ({
        id: crypto.randomUUID(),
        questionnaire: 'v1',
        territory,
        service: 'mairie',
        overall: 'tres-bien',
        criteria: { accueil: 4 },
        comment: 'Accueil parfait',
      }));
    const post = (url: string, body: unknown) =>
      fetch(`${url}/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const results = async (url: string, territory: string) =>
      ((await (await fetch(`${url}/v1/territories/${territory}/results`)).json()) as { data: { answers: number; criteria: { accueil: { n: number } } } }).data;

    const first = await startLocalServer({ persistTo: original, fresh: true, vars: ONE_CLIENT });
    let before;
    try {
      expect((await post(first.url, { answers: answers('commune:25056', 7) })).status).toBe(200);
      expect((await post(first.url, { answers: answers('commune:75056', 3) })).status).toBe(200);
      before = [await results(first.url, 'commune:25056'), await results(first.url, 'commune:75056')];
    } finally {
      await first.stop();
    }
    cpSync(original, copy, { recursive: true });
    const second = await startLocalServer({ persistTo: copy, vars: ONE_CLIENT });
    try {
      expect([await results(second.url, 'commune:25056'), await results(second.url, 'commune:75056')]).toEqual(before);
      expect((await post(second.url, { answers: answers('commune:25056', 2) })).status).toBe(200);
      expect((await results(second.url, 'commune:25056')).answers).toBe(9);
    } finally {
      await second.stop();
    }
  }, 180_000);
});
