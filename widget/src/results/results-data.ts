/**
 * What `<barometre-resultats>` reads from the API: the results for the period and filters, the
 * same for the period before (the trend), the département and national averages, and the mystery
 * audits of the period's last year beside the citizens' figures of that year.
 * @module
 */
import { compareAuditsWithCitizens, hasPublishedAudits, type AuditComparison } from '../../../survey/audit-comparison.js';
import type { AuditResults } from '../../../survey/audits.js';
import { lastTwelveMonths, previousRange, yearBounds, type MonthRange } from '../../../survey/months.js';
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
  /** The audits beside the citizens, or null when the territory has no published audit figure that year. */
  audits: AuditsBeside | null;
}

export interface AuditsBeside {
  year: number;
  /** Audits counted over the year. */
  audits: number;
  comparison: AuditComparison;
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
  const [results, previous, benchmarks, audits] = await Promise.all([
    json<Results>(query(new URL(path, endpoint), { ...range, service: filters.service, channel: filters.channel }), signal),
    json<Results>(query(new URL(path, endpoint), { ...before, service: filters.service, channel: filters.channel }), signal),
    // Like with like: the averages under the same service and channel as the figures they sit beside.
    json<Benchmarks>(query(new URL('/v1/benchmarks', endpoint), { territory, ...range, service: filters.service, channel: filters.channel }), signal),
    loadAudits(endpoint, territory, Number(range.to.slice(0, 4)), signal),
  ]);
  return { range, results, previous, benchmarks, audits };
}

/**
 * The audits of `year` beside the citizens' figures over that same calendar year, all services and
 * channels (like with like, whatever the element's own period and filters); null when no audit
 * figure is published that year, and then no second request. The audits failing to load leave the
 * citizens' figures shown: they are an addition, not the element's subject.
 */
async function loadAudits(endpoint: string, territory: string, year: number, signal: AbortSignal): Promise<AuditsBeside | null> {
  const path = `/v1/territories/${encodeURIComponent(territory)}`;
  const audits = await json<AuditResults>(query(new URL(`${path}/audits`, endpoint), { year: String(year) }), signal).catch(() => null);
  if (!audits || !hasPublishedAudits(audits)) return null;
  const citizens = await json<Results>(query(new URL(`${path}/results`, endpoint), { ...yearBounds(year) }), signal);
  return { year, audits: audits.audits, comparison: compareAuditsWithCitizens(audits, citizens) };
}
