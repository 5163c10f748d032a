/**
 * The national open-data file as a portal would take it: its Table Schema is valid, and every row
 * of figures.csv casts against it with frictionless data's own validator (tableschema).
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Table, validate } from 'tableschema';
import { OPEN_DATA_COLUMNS } from '../survey/open-data.js';

/** Ajaccio: no other browser test writes for it. */
const TERRITORY = 'commune:2A004';

test('the open-data file is valid against its Table Schema, row by row, and holds the answers sent', async ({ request }) => {
  const answers = Array.from({ length: 6 }, (_, index) => ({
    id: crypto.randomUUID(),
    questionnaire: 'v1',
    territory: TERRITORY,
    service: 'mairie',
    overall: index < 5 ? 'tres-bien' : 'moyen',
    criteria: { accueil: 5, attente: null },
  }));
  expect((await request.post('/v1/responses', { data: { answers } })).status()).toBe(200);
  // The file reads the D1 summaries, which the ledger pushes a couple of seconds after a write;
  // the département's benchmark says when they are in, without asking for the (daily) file.
  await expect
    .poll(
      async () =>
        ((await (await request.get(`/v1/benchmarks?territory=${TERRITORY}`)).json()) as { data: { departement: { answers: number } } }).data.departement
          .answers,
      {
        timeout: 20_000,
      },
    )
    .toBeGreaterThanOrEqual(6);

  const descriptor = (await (await request.get('/v1/open-data/datapackage.json')).json()) as { resources: { path: string; schema: object }[] };
  const schema = descriptor.resources[0]?.schema;
  const checked = await validate(schema);
  expect(checked.errors).toEqual([]);
  expect(checked.valid).toBe(true);

  const response = await request.get('/v1/open-data/figures.csv');
  expect(response.status()).toBe(200);
  const file = join(mkdtempSync(join(tmpdir(), 'open-data-')), 'figures.csv');
  writeFileSync(file, await response.body());
  const table = await Table.load(file, { schema });
  // forceCast: every row that does not cast (type, constraint, primary key) comes back as an error.
  const rows = (await (table.read({ keyed: true, forceCast: true }) as unknown as Promise<(Record<string, unknown> | Error)[]>)) ?? [];
  const errors = rows.filter((row) => row instanceof Error).map((error) => (error as Error).message);
  expect(errors).toEqual([]);
  // Read once: the header is the schema's fields, in order.
  expect(table.headers).toEqual(OPEN_DATA_COLUMNS);
  const mine = rows.filter((row): row is Record<string, unknown> => !(row instanceof Error) && row.territoire === TERRITORY);
  const overall = mine.find((row) => row.indicateur === 'appreciation_generale');
  expect(overall).toMatchObject({ nom: 'Ajaccio', type: 'commune', departement: '2A', reponses: 6 });
  expect(Number(overall?.note_sur_10)).toBeCloseTo((5 * 10 + 5) / 6, 2);
  expect(mine.find((row) => row.indicateur === 'accueil')).toMatchObject({ reponses: 6, note_sur_10: expect.anything() });
  expect(mine.find((row) => row.indicateur === 'attente')).toBeUndefined();
});
