/**
 * The département's and the nation's figures, kept a short while by each Worker instance. They
 * are the same for every territory that asks, and reading them sums every territory's summaries of
 * the period (per service, a few hundred thousand rows on a busy instance): read once per
 * REFERENCES_CACHE_SECONDS (default 60) and per key, they cost a territory's page what its own
 * figures cost. Their lag stays that of the summaries themselves, which reach D1 a push after the
 * answers. Bounded: the oldest keys go first past MAX_KEYS.
 * @module
 */
import { config } from '../config.js';
import type { Env } from '../env.js';

const MAX_KEYS = 500;
const kept = new Map<string, { until: number; value: Promise<unknown> }>();

/** `read()`'s result for `key`, kept `REFERENCES_CACHE_SECONDS`; a failed read is not kept. */
export function referenceFigures<T>(env: Env, key: string, read: () => Promise<T>, now = Date.now()): Promise<T> {
  const seconds = config(env).referencesCacheSeconds;
  if (seconds === 0) return read();
  const found = kept.get(key);
  if (found && found.until > now) return found.value as Promise<T>;
  const value = read();
  kept.delete(key);
  kept.set(key, { until: now + seconds * 1000, value });
  // Forgotten at once if it fails, so the next request reads again.
  value.catch(() => kept.get(key)?.value === value && kept.delete(key));
  for (const oldest of kept.keys()) {
    if (kept.size <= MAX_KEYS) break;
    kept.delete(oldest);
  }
  return value;
}
