/**
 * The territory reference data in the Worker: read from the static assets (`/data/territories.json`,
 * published by the build) at the first request an isolate serves, then kept. Out of the bundle, the
 * Worker stays small enough for fast cold starts and the deploy budget.
 * @module
 */
import { installReference, referenceInstalled, type ReferenceData } from '../../survey/territory-directory.js';
import type { Env } from './env.js';
import { ApiError } from './http/api-error.js';

let loading: Promise<void> | undefined;

export function ensureReference(env: Env): Promise<void> {
  if (referenceInstalled()) return Promise.resolve();
  loading ??= (async () => {
    const response = await env.ASSETS.fetch(new Request('https://assets.local/data/territories.json'));
    if (!response.ok) throw new Error(`/data/territories.json: ${response.status}`);
    installReference((await response.json()) as ReferenceData);
  })().catch((error: unknown) => {
    // Try again at the next request rather than failing every request of this isolate.
    loading = undefined;
    console.error('reference data unavailable', error);
    throw new ApiError(503, 'unavailable', 'The territory reference data is not available yet; retry in a moment.');
  });
  return loading;
}
