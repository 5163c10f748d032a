// Seeds ledgers directly with a clock in a given year, then pushes their summaries to D1.
import { runDurableObjectAlarm } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import type { Answer } from '../../survey/response.js';
import type { RateLimits } from '../src/ledger/rate-limit.js';
import { ledger } from '../src/ledger/shards.js';
import { answer, context } from './fixtures.js';

export interface SeedRow {
  territory: string;
  at: number;
  answers: Partial<Answer>[];
  client?: string;
  limits?: RateLimits;
  /** Sent without an Origin header (not from a web page). */
  withoutOrigin?: boolean;
}

export async function seedAndPush(rows: SeedRow[]): Promise<void> {
  for (const row of rows) {
    const stub = ledger(env, row.territory);
    for (const overrides of row.answers) {
      await stub.record(
        [answer({ territory: row.territory as Answer['territory'], ...overrides })],
        context(row.territory, row.at, { client: row.client ?? crypto.randomUUID(), limits: row.limits ?? null, withoutOrigin: row.withoutOrigin ?? false }),
      );
    }
  }
  for (const territory of new Set(rows.map((row) => row.territory))) await runDurableObjectAlarm(ledger(env, territory));
}

export const times = (count: number, overrides: Partial<Answer> = {}): Partial<Answer>[] => Array.from({ length: count }, () => ({ ...overrides }));
