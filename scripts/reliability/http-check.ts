/**
 * One request and the checks every answer of the Worker must pass, whatever was sent: no 5xx, no
 * cookie, for a failure the error envelope `{ error: { code, message, issues? } }` as JSON, and for
 * a route the OpenAPI document describes, a reply the document allows (status, content type,
 * required headers, body schema).
 * @module
 */
import { replyChecker, type OpenApiDocument, type ReplyChecker } from '../../worker/test/openapi-check.js';

export interface Checked {
  status: number;
  body: unknown;
  problems: string[];
  headers: Headers;
}

export interface Tally {
  requests: number;
  serverErrors: number;
  cookies: number;
  badEnvelopes: number;
  /** Replies of a route the OpenAPI document describes, checked against it, and those that matched it. */
  documented: number;
  conforming: number;
}

export const emptyTally = (): Tally => ({ requests: 0, serverErrors: 0, cookies: 0, badEnvelopes: 0, documented: 0, conforming: 0 });

/** The served OpenAPI document's checker, once a server is up: every reply of a documented operation goes through it. */
let contract: ReplyChecker | undefined;
let documentedOperations = new Set<string>();

export function checkRepliesAgainst(document: OpenApiDocument): void {
  contract = replyChecker(document);
  documentedOperations = new Set(Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`)));
}

function isEnvelope(body: unknown): boolean {
  const error = (body as { error?: { code?: unknown; message?: unknown; issues?: unknown } } | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string' && (error.issues === undefined || Array.isArray(error.issues));
}

export async function send(url: string, init: RequestInit, tally: Tally, options: { envelope: boolean } = { envelope: true }): Promise<Checked> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
  const method = (init.method ?? 'GET').toLowerCase();
  const template = contract?.templateOf(new URL(url).pathname);
  const conformance =
    contract && template && documentedOperations.has(`${method} ${template}`) ? contract.problemsWith(method, url, response.clone()) : undefined;
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: fine for pages, a problem for an API failure (checked below).
  }
  const problems: string[] = [];
  tally.requests += 1;
  if (response.status >= 500) {
    tally.serverErrors += 1;
    problems.push(`server error ${response.status}: ${text.slice(0, 200)}`);
  }
  if (response.headers.get('set-cookie')) {
    tally.cookies += 1;
    problems.push('sets a cookie');
  }
  if (options.envelope && response.status >= 400 && !isEnvelope(body)) {
    tally.badEnvelopes += 1;
    problems.push(`no error envelope: ${text.slice(0, 200)}`);
  }
  if (conformance) {
    const mismatches = await conformance;
    tally.documented += 1;
    if (mismatches.length === 0) tally.conforming += 1;
    problems.push(...mismatches.map((mismatch) => `OpenAPI: ${mismatch}`));
  }
  return { status: response.status, body, problems, headers: response.headers };
}

export const JSON_HEADERS = { 'content-type': 'application/json' } as const;

/** A Retry-After header in whole seconds, or 0 when missing or malformed. */
export const retryAfter = (headers: Headers): number => {
  const value = Number(headers.get('retry-after'));
  return Number.isFinite(value) && value > 0 ? value : 0;
};

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Runs `tasks` with at most `concurrency` in flight. */
export async function pool<T>(items: readonly T[], concurrency: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await task(items[index] as T, index);
      }
    }),
  );
}
