// Builders for valid answers and a fetch against the Worker under test.
import { exports } from 'cloudflare:workers';
import { LOCAL_OPERATOR_TOKEN } from '../src/config.js';
import type { Answer } from '../../survey/response.js';
import '../../survey/reference-data.js';
import { findTerritory } from '../../survey/territory-directory.js';
import type { RateLimits } from '../src/ledger/rate-limit.js';
import type { RecordContext } from '../src/ledger/territory-ledger.js';
import { fileClientAddress, freshTerritory } from './territories.js';

/** Rate limits with the respondent cap out of the way, for tests about the per-minute and per-hour windows. */
export const limits = (perMinute: number, perHour: number, perRespondentPerDay = 1_000_000): RateLimits => ({ perMinute, perHour, perRespondentPerDay });

/** A valid answer; without a territory, for a fresh one (territories.ts), so that nothing it leaves behind is counted by another test. */
export function answer(overrides: Partial<Answer> = {}): Answer {
  const { territory = freshTerritory().id, ...rest } = overrides;
  return {
    id: crypto.randomUUID(),
    questionnaire: 'v1',
    territory,
    service: 'mairie',
    channel: 'guichet',
    overall: 'tres-bien',
    source: 'site',
    lang: 'fr',
    ...rest,
  };
}

/** A request to the Worker under test, from the test file's own client address unless the test names one. */
export function call(path: string, init?: RequestInit): Promise<Response> {
  const request = new Request(`http://barometre.test${path}`, init);
  if (!request.headers.has('cf-connecting-ip')) request.headers.set('cf-connecting-ip', fileClientAddress());
  return exports.default.fetch(request);
}

export function post(body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }, path = '/v1/responses'): Promise<Response> {
  return call(path, { method: 'POST', headers, body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body) });
}

/** What the Worker passes a ledger, for tests that call one directly with their own clock. */
export function context(
  territory: string,
  now: number,
  options: { client?: string; limits?: RateLimits | null; shard?: number; withoutOrigin?: boolean } = {},
): RecordContext {
  const place = findTerritory(territory);
  if (!place) throw new Error(`unknown territory ${territory}`);
  return {
    now,
    client: options.client ?? 'test-client',
    territory: place,
    shard: options.shard ?? 0,
    limits: options.limits === undefined ? null : options.limits,
    withoutOrigin: options.withoutOrigin ?? false,
  };
}

export async function results(territory: string, query = ''): Promise<{ answers: number; [key: string]: unknown }> {
  const response = await call(`/v1/territories/${territory}/results${query}`);
  if (response.status !== 200) throw new Error(`results ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { data: { answers: number } }).data;
}

/** POST /v1/territories from a connection of its own: claims are limited per connection and day. */
export function claimTerritory(body: unknown, ip = `203.0.113.${Math.floor(Math.random() * 254) + 1}`): Promise<Response> {
  return post(body, { 'content-type': 'application/json', 'cf-connecting-ip': ip }, '/v1/territories');
}

/**
 * Operator requests, with the local operator token, from the team's own connection: wrong tokens
 * are throttled per connection (http/auth-throttle.ts), and tests guessing tokens must not lock it.
 */
export function operator(path: string, method: 'GET' | 'POST' = 'GET'): Promise<Response> {
  return call(path, { method, headers: { authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}`, 'cf-connecting-ip': '192.0.2.1' } });
}

/** Claims a territory and has the operator approve the claim, as the barometer's team would; returns the admin token. */
export async function register(territory: string, origins: string[] = [], contact = 'mairie@ville.example.fr'): Promise<string> {
  const claimed = await claimTerritory({ territory, contact, origins });
  if (claimed.status !== 201) throw new Error(`claim of ${territory}: ${claimed.status} ${await claimed.text()}`);
  const { adminToken, claim } = ((await claimed.json()) as { data: { adminToken: string; claim: string } }).data;
  const approved = await operator(`/v1/registrations/${claim}/approve`, 'POST');
  if (approved.status !== 200) throw new Error(`approval of ${territory}: ${approved.status} ${await approved.text()}`);
  return adminToken;
}
