/**
 * The national open-data file (survey/open-data.ts): `figures.csv`, every territory's published
 * figures month by month, its Table Schema `figures.schema.json` and the Data Package
 * `datapackage.json` that names both. The CSV is written a month at a time from the D1 summaries,
 * streamed, and kept in the Cache API until the end of the day (Paris): a daily file that costs
 * the summaries one read a day per location.
 * @module
 */
import { Hono } from 'hono';
import { stringify } from 'csv-stringify/sync';
import { monthOf } from '../../../survey/months.js';
import { OPEN_DATA_COLUMNS, OPEN_DATA_OVERALL, OPEN_DATA_SCHEMA, openDataPackage } from '../../../survey/open-data.js';
import { scoreSumsWithInterval } from '../../../survey/scoring.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import { monthSums, summarisedMonths, type OpenDataRow } from '../db/open-data.js';
import type { AppEnv } from '../env.js';

const csvLine = (cells: (string | number)[]) => stringify([cells], { record_delimiter: 'unix' });
const decimal = (value: number | null | undefined) => (value === null || value === undefined ? '' : value);

/** One summary row as the file's cells; undefined for a territory the reference data no longer has. */
function cellsOf(month: string, row: OpenDataRow): (string | number)[] | undefined {
  const territory = findTerritory(row.territory_id);
  if (!territory) return undefined;
  const figure = scoreSumsWithInterval({ n: row.n, scoreSum: row.score_sum, satisfied: row.satisfied });
  return [
    territory.id,
    territory.name,
    territory.kind,
    territory.departement,
    month,
    row.service,
    row.channel,
    row.indicator === 'overall' ? OPEN_DATA_OVERALL : row.indicator.replace('-', '_'),
    figure.n,
    decimal(figure.score),
    decimal(figure.rate),
    decimal(figure.interval?.low),
    decimal(figure.interval?.high),
  ];
}

/** Seconds until the next midnight in Paris: the file is made once a day. */
function secondsToParisMidnight(now: number): number {
  const paris = new Date(new Date(now).toLocaleString('en-US', { timeZone: 'Europe/Paris' }));
  const midnight = new Date(paris);
  midnight.setHours(24, 0, 0, 0);
  return Math.max(60, Math.round((midnight.getTime() - paris.getTime()) / 1000));
}

const today = (now: number) => new Date(now).toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });

/** Where the day's file is kept in the Cache API (a test drops it to read fresh summaries). */
export const OPEN_DATA_CACHE = 'open-data';
export const openDataCacheKey = (now: number) => new Request(`https://open-data.cache/figures.csv?day=${today(now)}`);

export const openData = new Hono<AppEnv>()
  .get('/figures.csv', async (c) => {
    const now = Date.now();
    const cacheKey = openDataCacheKey(now);
    const cache = await caches.open(OPEN_DATA_CACHE);
    const cached = await cache.match(cacheKey);
    if (cached) return cached;
    const months = (await summarisedMonths(c.env)).filter((month) => month <= monthOf(now));
    const encoder = new TextEncoder();
    let next = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(csvLine(OPEN_DATA_COLUMNS)));
      },
      async pull(controller) {
        const month = months[next];
        next += 1;
        if (month === undefined) return controller.close();
        const rows = (await monthSums(c.env, month)).flatMap((row) => {
          const cells = cellsOf(month, row);
          return cells ? [cells] : [];
        });
        controller.enqueue(encoder.encode(rows.length === 0 ? '' : stringify(rows, { record_delimiter: 'unix' })));
      },
    });
    const response = new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="barometre-citoyen-chiffres-${today(now)}.csv"`,
        'Cache-Control': `public, max-age=${secondsToParisMidnight(now)}`,
      },
    });
    // Kept for the day: the next requests read the cache, not the summaries.
    c.executionCtx.waitUntil(cache.put(cacheKey, response.clone()));
    return response;
  })
  .get('/figures.schema.json', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json(OPEN_DATA_SCHEMA);
  })
  .get('/datapackage.json', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json(openDataPackage(new URL(c.req.url).origin, today(Date.now())));
  });
