/**
 * What `<barometre-resultats>` reads from the API: the results for the period and filters, the
 * same for the period before (the trend), and the département and national averages.
 * @module
 */
import { lastTwelveMonths, previousRange, type MonthRange } from '../../../survey/months.js';
import type { Benchmarks } from '../../../survey/benchmarks.js';
import type { Results } from '../../../survey/results.js';

/** `GET /v1/benchmarks`' data, as the contract declares it (a type-only import: nothing reaches the bundle). */
export type { Benchmarks };

export interface ResultsFilters {
  service?: string | undefined;
  channel?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export interface DashboardData {
  range: MonthRange;
  results: Results;
  previous: Results;
  benchmarks: Benchmarks;
}

async function json<T>(url: URL, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal });
  const body = (await response.json().catch(() => ({}))) as { data?: T; error?: { message?: string } };
  if (!response.ok || body.data === undefined) throw new Error(body.error?.message ?? `HTTP ${response.status}`);
  return body.data;
}

function query(url: URL, values: Record<string, string | undefined>): URL {
  for (const [key, value] of Object.entries(values)) if (value) url.searchParams.set(key, value);
  return url;
}

export async function loadDashboard(endpoint: string, territory: string, filters: ResultsFilters, signal: AbortSignal): Promise<DashboardData> {
  const range = filters.from && filters.to ? { from: filters.from, to: filters.to } : lastTwelveMonths(Date.now());
  const before = previousRange(range);
  const path = `/v1/territories/${encodeURIComponent(territory)}/results`;
  const [results, previous, benchmarks] = await Promise.all([
    json<Results>(query(new URL(path, endpoint), { ...range, service: filters.service, channel: filters.channel }), signal),
    json<Results>(query(new URL(path, endpoint), { ...before, service: filters.service, channel: filters.channel }), signal),
    // Like with like: the averages under the same service and channel as the figures they sit beside.
    json<Benchmarks>(query(new URL('/v1/benchmarks', endpoint), { territory, ...range, service: filters.service, channel: filters.channel }), signal),
  ]);
  return { range, results, previous, benchmarks };
}
