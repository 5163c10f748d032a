import { describe, expect, it } from 'vitest';
import { besanconData } from './fixtures.js';
import { loadReportData, ReportDataError } from './report-data.js';
import { parseReportPeriod } from './report-period.js';

/** A server answering from the fixtures, by path; `missing` paths answer 404 with the API's envelope. */
function server(missing: RegExp | null = null) {
  const data = besanconData();
  const asked: string[] = [];
  const fetcher = async (url: string) => {
    const { pathname, search } = new URL(url);
    asked.push(`${pathname}${search}`);
    if (missing?.test(pathname)) return Response.json({ error: { code: 'not_found', message: 'Not found.' } }, { status: 404 });
    if (pathname.endsWith('/services')) return Response.json({ data: data.services });
    if (pathname.endsWith('/themes')) return Response.json({ data: data.themes });
    if (pathname.startsWith('/v1/benchmarks')) return Response.json({ data: data.benchmarks });
    return Response.json({ data: search.includes('from=2025-01') ? data.previous : data.results });
  };
  return { fetcher, asked };
}

describe('the report loader', () => {
  it('asks the period’s results, the previous period’s, the benchmarks, the services and the themes', async () => {
    const { fetcher, asked } = server();
    const data = await loadReportData('http://localhost:8787', 'commune:25056', parseReportPeriod('2026'), fetcher);
    expect(asked.sort()).toEqual([
      '/v1/benchmarks?territory=commune%3A25056&from=2026-01&to=2026-12',
      '/v1/territories/commune%3A25056/results?from=2025-01&to=2025-12',
      '/v1/territories/commune%3A25056/results?from=2026-01&to=2026-12',
      '/v1/territories/commune%3A25056/services?from=2026-01&to=2026-12',
      '/v1/territories/commune%3A25056/themes?from=2026-01&to=2026-12',
    ]);
    expect(data.previous.answers).toBe(150);
  });

  it('fails naming the request when one fails, never with half the data', async () => {
    const { fetcher } = server(/\/themes$/);
    const loading = loadReportData('http://localhost:8787', 'commune:25056', parseReportPeriod('2026'), fetcher);
    await expect(loading).rejects.toThrow(ReportDataError);
    await expect(loading).rejects.toThrow('GET http://localhost:8787/v1/territories/commune%3A25056/themes?from=2026-01&to=2026-12\u202f: 404 — Not found.');
  });

  it('fails when a reply does not match the contract', async () => {
    const fetcher = async () => Response.json({ data: { answers: 'many' } });
    await expect(loadReportData('http://localhost:8787', 'commune:25056', parseReportPeriod('2026-T2'), fetcher)).rejects.toThrow('réponse inattendue');
  });
});
