import { env } from 'cloudflare:workers';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../../survey/api.js';
import type { Answer } from '../../../survey/response.js';
import { answer, call, context, post, register } from '../../test/fixtures.js';
import { freshTerritory } from '../../test/territories.js';
import type { RawCursor, RawPage } from '../ledger/raw-answers.js';
import { ledger, shardOf } from '../ledger/shards.js';
import { ANSWERS_CSV_COLUMNS } from '../results/answers-csv.js';

const bearer = (token: string): RequestInit => ({ headers: { authorization: `Bearer ${token}` } });

/** The reply as a real CSV parser reads it (as pandas `sep=';'` would): every row, header first; the BOM checked and dropped. */
async function table(response: Response): Promise<string[][]> {
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(new TextDecoder().decode(bytes.slice(3)), { delimiter: ';', relax_column_count: true }) as string[][];
}

describe('GET /v1/territories/:id/answers.csv', () => {
  it('gives one row per answer, one header, the same columns on every row, values as sent', async () => {
    const territory = freshTerritory().id as Answer['territory'];
    const adminToken = await register(territory);
    const at = (month: number) => Date.UTC(2026, month, 15, 9);
    const sent: [number, Answer][] = [
      [
        1,
        answer({
          territory,
          service: 'mairie',
          channel: 'guichet',
          overall: 'moyen',
          source: 'affiche-a4',
          lang: 'ar',
          criteria: { accueil: 5, attente: null, 'en-ligne': 2 },
        }),
      ],
      [0, answer({ territory, service: 'bibliotheque', channel: 'telephone', overall: 'pas-bien', comment: 'Trop long; « vraiment »\nsur deux lignes' })],
      [1, answer({ territory, service: 'ccas', overall: 'tres-bien', source: undefined, lang: undefined, channel: undefined })],
    ];
    for (const [month, item] of sent) await ledger(env, territory).record([item], context(territory, at(month)));

    const response = await call(`/v1/territories/${territory}/answers.csv`, bearer(adminToken));
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="barometre-${territory.replace(':', '-')}-reponses.csv"`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const [header, ...rows] = await table(response);
    expect(header).toEqual([...ANSWERS_CSV_COLUMNS]);
    expect(header).toEqual([
      'mois',
      'service',
      'canal',
      'source',
      'langue',
      'appreciation',
      'accessibilite',
      'accueil',
      'attente',
      'efficacite',
      'en_ligne',
      'commentaire',
      'ecarte_des_chiffres',
    ]);
    expect(rows.every((row) => row.length === header?.length)).toBe(true);
    // January first; within a month the order is the ids' (random), so compare as sets.
    expect(rows[0]).toEqual([
      '2026-01',
      'bibliotheque',
      'telephone',
      'site',
      'fr',
      'pas-bien',
      '',
      '',
      '',
      '',
      '',
      'Trop long; « vraiment »\nsur deux lignes',
      'non',
    ]);
    expect(
      rows
        .slice(1)
        .map((row) => row.join('|'))
        .sort(),
    ).toEqual(
      [
        ['2026-02', 'ccas', '', '', '', 'tres-bien', '', '', '', '', '', '', 'non'],
        ['2026-02', 'mairie', 'guichet', 'affiche-a4', 'ar', 'moyen', '', '5', 'nc', '', '2', '', 'non'],
      ]
        .map((row) => row.join('|'))
        .sort(),
    );
    // No id, no time finer than the month: nothing ties two answers of one person together.
    const text = rows.flat().join(' ');
    for (const [, item] of sent) expect(text).not.toContain(item.id);
    expect(text).not.toMatch(/T\d\d:\d\d/);
  });

  it('merges the shards of a sharded territory month by month, every answer exactly once, filters applied', async () => {
    // Lyon is split over 3 shards in these tests, and registered by this test only (LEDGER_SHARDS in vitest.config.ts).
    const territory = 'commune:69123';
    const adminToken = await register(territory);
    const sent = Array.from({ length: 40 }, (_, index) =>
      answer({ territory, service: index % 2 === 0 ? 'mairie' : 'bibliotheque', overall: index % 3 === 0 ? 'moyen' : 'tres-bien', comment: `n°${index}` }),
    );
    const months = [Date.UTC(2025, 10, 3), Date.UTC(2025, 11, 3), Date.UTC(2026, 0, 3)];
    for (const [index, item] of sent.entries()) {
      const shard = shardOf(item.id, 3);
      await ledger(env, territory, shard).record([item], context(territory, months[index % 3] ?? 0, { limits: null, shard }));
    }
    // Each shard pages exactly by (month, id): small pages miss and repeat nothing.
    const paged: string[] = [];
    for (let shard = 0; shard < 3; shard += 1) {
      let after: RawCursor | undefined;
      for (let page = 0; page < 100; page += 1) {
        const read: RawPage = await ledger(env, territory, shard).rawAnswers(3, after, { from: '2025-11', to: '2026-01' });
        paged.push(...read.answers.map((item) => item.comment ?? '').filter((comment) => /^n°\d+$/.test(comment)));
        after = read.next;
        if (!after) break;
      }
    }
    expect(paged.sort()).toEqual(sent.map((item) => item.comment).sort());
    const rows = (await table(await call(`/v1/territories/${territory}/answers.csv?from=2025-11`, bearer(adminToken)))).slice(1);
    // Told apart by their comments, should another test ever write for Lyon.
    const mine = rows.filter((row) => /^n°\d+$/.test(row[11] ?? ''));
    expect(mine.map((row) => row[11]).sort()).toEqual(sent.map((item) => item.comment).sort());
    expect(mine.map((row) => row[0])).toEqual([...mine.map((row) => row[0] ?? '')].sort());
    const filtered = (await table(await call(`/v1/territories/${territory}/answers.csv?service=mairie&rating=moyen&to=2025-12`, bearer(adminToken)))).slice(1);
    const expected = sent.filter((item, index) => item.service === 'mairie' && item.overall === 'moyen' && index % 3 !== 2);
    expect(
      filtered
        .filter((row) => /^n°\d+$/.test(row[11] ?? ''))
        .map((row) => row[11])
        .sort(),
    ).toEqual(expected.map((item) => item.comment).sort());
  });

  it('gives comments masked, as they were stored', async () => {
    const territory = freshTerritory().id as Answer['territory'];
    const adminToken = await register(territory);
    expect((await post({ answers: [answer({ territory, comment: 'Rappelez-moi au 06 12 34 56 78 ou jean@example.fr' })] })).status).toBe(200);
    const [, row] = await table(await call(`/v1/territories/${territory}/answers.csv`, bearer(adminToken)));
    expect(row?.[11]).toBe('Rappelez-moi au [téléphone masqué] ou [courriel masqué]');
  });

  it('needs the admin token and refuses bad filters precisely', async () => {
    const territory = freshTerritory().id;
    const adminToken = await register(territory);
    expect((await call(`/v1/territories/${territory}/answers.csv`)).status).toBe(401);
    const wrong = await call(`/v1/territories/${territory}/answers.csv`, { headers: { authorization: 'Bearer wrong', 'cf-connecting-ip': '198.51.100.81' } });
    expect(wrong.status).toBe(403);
    const bad = await call(`/v1/territories/${territory}/answers.csv?service=piscine&from=2026-13`, bearer(adminToken));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorEnvelope).error.issues?.map((issue) => issue.path)).toEqual([
      ['query', 'service'],
      ['query', 'from'],
    ]);
    // Nothing yet: the header alone.
    expect(await table(await call(`/v1/territories/${territory}/answers.csv`, bearer(adminToken)))).toEqual([[...ANSWERS_CSV_COLUMNS]]);
  });
});
