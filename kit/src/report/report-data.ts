/**
 * The report's data: five public replies of the API for one territory and period — its results,
 * the same for the period before (the trend), the département and national benchmarks, its
 * services compared, and the themes of its comments. Each reply is checked against the contract's
 * schema; a failed request or an unexpected reply throws a ReportDataError naming the address and
 * what went wrong, so a report is never drawn from half its data.
 * @module
 */
import * as z from 'zod/mini';
import { ErrorEnvelopeSchema } from '../../../survey/api.js';
import { BenchmarksReplySchema, type Benchmarks } from '../../../survey/benchmarks.js';
import { CommentThemesReplySchema, type CommentThemes } from '../../../survey/comment-themes.js';
import { ResultsReplySchema, type Results } from '../../../survey/results.js';
import { ServicesReplySchema, type Services } from '../../../survey/services.js';
import { previousPeriod, type ReportPeriod } from './report-period.js';

export interface ReportData {
  period: ReportPeriod;
  previousPeriod: ReportPeriod;
  results: Results;
  previous: Results;
  benchmarks: Benchmarks;
  services: Services;
  themes: CommentThemes;
}

export class ReportDataError extends Error {
  override name = 'ReportDataError';
  /** The reply's HTTP status, or null when no reply came (the server is not running, the network failed). */
  constructor(
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** One reply's `data`, checked against its schema; a failed request or an unexpected reply throws a ReportDataError. */
export async function ask<T>(fetcher: Fetch, url: string, schema: z.ZodMiniType<{ data: T }>, headers: Record<string, string> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetcher(url, { headers: { accept: 'application/json', ...headers } });
  } catch (error) {
    throw new ReportDataError(`GET ${url}\u202f: pas de réponse (${(error as Error).message})`);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const envelope = ErrorEnvelopeSchema.safeParse(body);
    const said = envelope.success ? ` — ${envelope.data.error.message}` : '';
    throw new ReportDataError(`GET ${url}\u202f: ${response.status}${said}`, response.status);
  }
  const reply = schema.safeParse(body);
  if (!reply.success) throw new ReportDataError(`GET ${url}\u202f: réponse inattendue\n${z.prettifyError(reply.error)}`, response.status);
  return reply.data.data;
}

/** Everything a report needs, asked of `endpoint` (`http://localhost:8787`, or the page's own origin) in parallel. */
export async function loadReportData(endpoint: string, territory: string, period: ReportPeriod, fetcher: Fetch = fetch): Promise<ReportData> {
  const before = previousPeriod(period);
  const id = encodeURIComponent(territory);
  const range = (months: { from: string; to: string }) => `from=${months.from}&to=${months.to}`;
  const url = (path: string) => new URL(path, endpoint).href;
  const [results, previous, benchmarks, services, themes] = await Promise.all([
    ask(fetcher, url(`/v1/territories/${id}/results?${range(period)}`), ResultsReplySchema),
    ask(fetcher, url(`/v1/territories/${id}/results?${range(before)}`), ResultsReplySchema),
    ask(fetcher, url(`/v1/benchmarks?territory=${id}&${range(period)}`), BenchmarksReplySchema),
    ask(fetcher, url(`/v1/territories/${id}/services?${range(period)}`), ServicesReplySchema),
    ask(fetcher, url(`/v1/territories/${id}/themes?${range(period)}`), CommentThemesReplySchema),
  ]);
  return { period, previousPeriod: before, results, previous, benchmarks, services, themes };
}
