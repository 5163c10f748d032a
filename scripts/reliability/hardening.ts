/**
 * Hardening, checked from outside: security headers on JSON, CSV and the static page; a 404 that
 * echoes nothing; a 405 with Allow; wrong admin tokens throttled; the dev routes absent on a public
 * host; a batch naming too many territories refused whole. Runs last on its server: the wrong tokens
 * leave this client refused on admin and operator routes for 15 minutes.
 * @module
 */
import { request } from 'node:http';
import { MAX_BATCH_TERRITORIES } from '../../survey/response.js';
import { JSON_HEADERS, retryAfter, send, type Tally } from './http-check.js';

export const MAX_AUTH_FAILURES = 5;
/** Named by the refused batch only. */
export const SPREAD_TERRITORIES = ['commune:04004', 'commune:04006', 'commune:04012', 'commune:04020'];

export interface HardeningCheck {
  what: string;
  expected: string;
  got: string;
  ok: boolean;
}

/** A request with a Host header of our choosing (fetch may not set it). */
function withHost(url: string, method: string, host: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const outgoing = request(
      {
        hostname: target.hostname,
        port: target.port,
        path: target.pathname,
        method,
        headers: { host, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** `adminTerritory`: a registered territory, whose admin routes the wrong tokens knock on. */
export async function hardening(url: string, adminTerritory: string, tally: Tally, failures: string[]): Promise<HardeningCheck[]> {
  const checks: HardeningCheck[] = [];
  const record = (what: string, expected: string, got: string, ok: boolean) => {
    checks.push({ what, expected, got, ok });
    if (!ok) failures.push(`hardening: ${what}: expected ${expected}, got ${got}`);
  };

  const json = await send(`${url}/v1/territories/${adminTerritory}/results`, {}, tally);
  const csp = json.headers.get('content-security-policy') ?? '';
  record(
    'JSON reply headers',
    "nosniff, Referrer-Policy, CSP default-src 'none'; frame-ancestors 'none'",
    `${json.headers.get('x-content-type-options')}, ${json.headers.get('referrer-policy')}, ${csp}`,
    json.headers.get('x-content-type-options') === 'nosniff' &&
      !!json.headers.get('referrer-policy') &&
      csp.includes("default-src 'none'") &&
      csp.includes("frame-ancestors 'none'"),
  );
  const csv = await send(`${url}/v1/territories/${adminTerritory}/results.csv`, {}, tally);
  record(
    'CSV reply headers',
    'nosniff, Referrer-Policy',
    `${csv.status} ${csv.headers.get('content-type')}: ${csv.headers.get('x-content-type-options')}, ${csv.headers.get('referrer-policy')}`,
    csv.status === 200 && csv.headers.get('x-content-type-options') === 'nosniff' && !!csv.headers.get('referrer-policy'),
  );
  const page = await send(`${url}/`, {}, tally, { envelope: false });
  const pageCsp = page.headers.get('content-security-policy') ?? '';
  record(
    'static page / headers',
    'nosniff, a CSP with frame-ancestors',
    `${page.status}: ${page.headers.get('x-content-type-options')}, ${pageCsp.match(/frame-ancestors[^;]*/)?.[0] ?? 'no frame-ancestors'}`,
    page.status === 200 && page.headers.get('x-content-type-options') === 'nosniff' && pageCsp.includes('frame-ancestors'),
  );

  const marker = `zq${crypto.randomUUID().slice(0, 8)}<b>`;
  const missing = await send(`${url}/v1/${encodeURIComponent(marker)}/x`, {}, tally);
  const missingText = JSON.stringify(missing.body);
  record(
    'unknown route',
    '404, path not echoed',
    `${missing.status}, ${missingText.includes(marker.slice(0, 10)) ? 'path echoed' : 'path not echoed'}: ${missingText.slice(0, 120)}`,
    missing.status === 404 && !missingText.includes(marker.slice(0, 10)),
  );

  const wrongMethod = await send(`${url}/v1/responses`, { method: 'DELETE' }, tally);
  const code = (wrongMethod.body as { error?: { code?: string } }).error?.code;
  record(
    'DELETE /v1/responses',
    '405 method_not_allowed with Allow',
    `${wrongMethod.status} ${code}, Allow: ${wrongMethod.headers.get('allow')}`,
    wrongMethod.status === 405 && code === 'method_not_allowed' && (wrongMethod.headers.get('allow') ?? '').includes('POST'),
  );

  const seed = await withHost(`${url}/v1/dev/seed`, 'POST', 'barometre.example.fr', JSON.stringify({ at: Date.now(), answers: [] }));
  record('POST /v1/dev/seed with Host: barometre.example.fr', '404', String(seed.status), seed.status === 404);

  const spread = SPREAD_TERRITORIES.map((territory) => ({ id: crypto.randomUUID(), questionnaire: 'v1', territory, service: 'mairie', overall: 'moyen' }));
  const batch = await send(`${url}/v1/responses`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ answers: spread }) }, tally);
  let stored = 0;
  for (const territory of SPREAD_TERRITORIES)
    stored += ((await send(`${url}/v1/territories/${territory}/results`, {}, tally)).body as { data: { answers: number } }).data.answers;
  record(
    `a batch naming ${SPREAD_TERRITORIES.length} territories (at most ${MAX_BATCH_TERRITORIES})`,
    '400, nothing stored',
    `${batch.status}, ${stored} stored`,
    batch.status === 400 && stored === 0,
  );

  // Wrong admin tokens, one after another: 403 five times, then 429 with Retry-After.
  const statuses: number[] = [];
  let throttledWithRetry = false;
  for (let n = 0; n < MAX_AUTH_FAILURES + 2; n += 1) {
    const result = await send(
      `${url}/v1/territories/${adminTerritory}/comments`,
      { headers: { authorization: `Bearer wrong-token-${crypto.randomUUID()}` } },
      tally,
    );
    statuses.push(result.status);
    if (result.status === 429 && retryAfter(result.headers) > 0) throttledWithRetry = true;
  }
  const first429 = statuses.indexOf(429) + 1;
  record(
    `${MAX_AUTH_FAILURES + 2} wrong admin tokens`,
    `403 × ${MAX_AUTH_FAILURES}, then 429 with Retry-After (the 6th or 7th)`,
    statuses.join(' '),
    statuses.slice(0, MAX_AUTH_FAILURES).every((status) => status === 403) &&
      (first429 === 6 || first429 === 7) &&
      statuses.slice(first429 - 1).every((status) => status === 429) &&
      throttledWithRetry,
  );
  return checks;
}
