import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DataPackageReplySchema, OPEN_DATA_COLUMNS, OPEN_DATA_SCHEMA } from '../../../survey/open-data.js';
import { call } from '../../test/fixtures.js';
import { seedAndPush, times } from '../../test/summaries.js';
import { freshTerritory } from '../../test/territories.js';
import { OPEN_DATA_CACHE, openDataCacheKey } from './open-data.js';

describe('the open-data file', () => {
  it('gives every territory’s published figures per month and indicator, suppressed figures empty, as its schema says', async () => {
    const busy = freshTerritory();
    const quiet = freshTerritory();
    const at = Date.UTC(2025, 8, 10, 9);
    await seedAndPush([
      // (8 × 10 + 2 × 5) / 10 = 9, 8 of 10 « Très bien »; accueil 5, 5, 4, 4, 4, 3 → (10 + 10 + 7.5 × 3 + 5) / 6 = 7.92, 5 of 6 satisfied
      {
        territory: busy.id,
        at,
        answers: [
          ...times(2, { overall: 'tres-bien', criteria: { accueil: 5 } }),
          ...times(3, { overall: 'tres-bien', criteria: { accueil: 4 } }),
          ...times(1, { overall: 'tres-bien', criteria: { accueil: 3 } }),
          ...times(2, { overall: 'tres-bien' }),
          ...times(2, { overall: 'moyen' }),
        ],
      },
      { territory: quiet.id, at, answers: times(3, { overall: 'pas-bien' }) },
    ]);
    // The file is made once a day: another test file may have had today's already made.
    await (await caches.open(OPEN_DATA_CACHE)).delete(openDataCacheKey(Date.now()));
    const response = await call('/v1/open-data/figures.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    const text = await response.text();
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual(OPEN_DATA_COLUMNS);
    const of = (territory: string, indicator: string, service = '', canal = '') =>
      rows.find(
        (row) => row.territoire === territory && row.mois === '2025-09' && row.indicateur === indicator && row.service === service && row.canal === canal,
      );
    expect(of(busy.id, 'appreciation_generale')).toEqual({
      territoire: busy.id,
      nom: busy.name,
      type: 'commune',
      departement: busy.departement,
      mois: '2025-09',
      service: '',
      canal: '',
      indicateur: 'appreciation_generale',
      reponses: '10',
      note_sur_10: '9',
      taux_satisfaction: '0.8',
      ic95_bas: '0.4902',
      ic95_haut: '0.9433',
    });
    expect(of(busy.id, 'accueil')).toMatchObject({ reponses: '6', note_sur_10: '7.92', taux_satisfaction: '0.8333' });
    // No criterion answered, no row; under the threshold, counted with empty figures.
    expect(of(busy.id, 'attente')).toBeUndefined();
    expect(of(quiet.id, 'appreciation_generale')).toMatchObject({ reponses: '3', note_sur_10: '', taux_satisfaction: '', ic95_bas: '', ic95_haut: '' });
    // Per service, per channel and per both: the fixture's answers are all for the mairie, at the counter.
    for (const [service, canal] of [
      ['mairie', ''],
      ['', 'guichet'],
      ['mairie', 'guichet'],
    ] as const)
      expect(of(busy.id, 'appreciation_generale', service, canal)).toMatchObject({ reponses: '10', note_sur_10: '9', taux_satisfaction: '0.8' });
    expect(of(busy.id, 'appreciation_generale', 'ecole')).toBeUndefined();
    // Every row as wide as the header, its values within the schema's bounds.
    for (const row of rows) {
      expect(Number(row.reponses)).toBeGreaterThan(0);
      if (row.note_sur_10 !== '') expect(Number(row.note_sur_10)).toBeLessThanOrEqual(10);
    }
  });

  it('is made once a day: a second request reads the day’s file, not the summaries', async () => {
    await (await caches.open(OPEN_DATA_CACHE)).delete(openDataCacheKey(Date.now()));
    const first = await (await call('/v1/open-data/figures.csv')).text();
    await seedAndPush([{ territory: freshTerritory().id, at: Date.UTC(2025, 9, 10, 9), answers: times(6, { overall: 'moyen' }) }]);
    // The put happens after the reply (waitUntil): wait for it to land.
    await expect.poll(async () => (await caches.open(OPEN_DATA_CACHE)).match(openDataCacheKey(Date.now())).then((hit) => hit !== undefined)).toBe(true);
    expect(await (await call('/v1/open-data/figures.csv')).text()).toBe(first);
  });

  it('describes the file with its Table Schema and a Data Package', async () => {
    const schema = await call('/v1/open-data/figures.schema.json');
    expect(await schema.json()).toEqual(JSON.parse(JSON.stringify(OPEN_DATA_SCHEMA)));
    const descriptor = DataPackageReplySchema.parse(await (await call('/v1/open-data/datapackage.json')).json());
    expect(descriptor.resources[0]?.path).toBe('http://barometre.test/v1/open-data/figures.csv');
    expect(descriptor.resources[0]?.schema.fields.map((field) => field.name)).toEqual(OPEN_DATA_COLUMNS);
  });
});
