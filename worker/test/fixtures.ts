// Builders for valid answers and a fetch against the Worker under test.
import { exports } from 'cloudflare:workers';
import type { Answer } from '../../survey/response.js';

export function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    id: crypto.randomUUID(),
    questionnaire: 'v1',
    territory: 'commune:25056',
    service: 'mairie',
    channel: 'guichet',
    overall: 'tres-bien',
    source: 'site',
    lang: 'fr',
    ...overrides,
  };
}

export function call(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`http://barometre.test${path}`, init));
}

export function post(body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Response> {
  return call('/v1/responses', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

export async function results(territory: string, query = ''): Promise<{ answers: number; [key: string]: unknown }> {
  const response = await call(`/v1/territories/${territory}/results${query}`);
  if (response.status !== 200) throw new Error(`results ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { data: { answers: number } }).data;
}
