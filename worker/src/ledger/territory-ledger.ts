/**
 * TerritoryLedger: the Durable Object holding one territory's answers and tallies in SQLite. Every
 * answer is inserted or updated together with its tallies in one transaction, so the tallies always
 * equal what the stored answers add up to, and an id retried any number of times counts once.
 * @module
 */
import { DurableObject } from 'cloudflare:workers';
import type { Answer, AnswerResult } from '../../../survey/response.js';
import { cellsOf, type Question, type LevelKey, type TallyRow } from '../../../survey/tally.js';
import type { Env } from '../env.js';
import { LEDGER_SCHEMA } from './ledger-schema.js';
import { monthOf } from './month.js';

/** How long after its first receipt an answer may still be replaced by a fuller version. */
export const UPDATE_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface TallyFilter {
  service?: string | undefined;
  channel?: string | undefined;
}

interface StoredRow extends Record<string, SqlStorageValue> {
  received_at: number;
  month: string;
  body: string;
}

/** JSON with sorted keys, so two versions of an answer compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

export class TerritoryLedger extends DurableObject<Env> {
  private readonly sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    void ctx.blockConcurrencyWhile(async () => {
      for (const statement of LEDGER_SCHEMA) this.sql.exec(statement);
    });
  }

  /**
   * Stores a batch of validated answers for this territory, in order, in one transaction.
   * @param now the server's receipt time (ms), passed in so tests can move the clock.
   */
  record(answers: Answer[], now: number = Date.now()): AnswerResult[] {
    return this.ctx.storage.transactionSync(() => answers.map((answer) => this.recordOne(answer, now)));
  }

  private recordOne(answer: Answer, now: number): AnswerResult {
    const body = canonical(answer);
    const existing = this.sql
      .exec<StoredRow>('SELECT received_at, month, body FROM responses WHERE id = ?', answer.id)
      .toArray()[0];

    if (!existing) {
      const month = monthOf(now);
      this.sql.exec(
        'INSERT INTO responses (id, received_at, updated_at, month, body) VALUES (?, ?, ?, ?, ?)',
        answer.id,
        now,
        now,
        month,
        body,
      );
      this.adjust(answer, month, +1);
      return { id: answer.id, status: 'accepted' };
    }
    if (existing.body === body || now - existing.received_at > UPDATE_WINDOW_MS) {
      return { id: answer.id, status: 'duplicate' };
    }
    // A fuller version of the same answer: swap its contribution, keeping the month it first counted in.
    this.adjust(JSON.parse(existing.body) as Answer, existing.month, -1);
    this.adjust(answer, existing.month, +1);
    this.sql.exec('UPDATE responses SET body = ?, updated_at = ? WHERE id = ?', body, now, answer.id);
    return { id: answer.id, status: 'updated' };
  }

  private adjust(answer: Answer, month: string, delta: 1 | -1): void {
    for (const cell of cellsOf(answer)) {
      this.sql.exec(
        `INSERT INTO tallies (month, service, channel, source, question, level, count)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (month, service, channel, source, question, level) DO UPDATE SET count = count + excluded.count`,
        month,
        answer.service,
        answer.channel ?? '',
        answer.source ?? '',
        cell.question,
        cell.level,
        delta,
      );
    }
  }

  /** Tallies summed over the dimensions the filter leaves open: a few dozen rows whatever the volume. */
  tallies(filter: TallyFilter = {}): TallyRow[] {
    return this.sql
      .exec<{ question: string; level: string; count: number }>(
        `SELECT question, level, SUM(count) AS count FROM tallies
         WHERE (?1 IS NULL OR service = ?1) AND (?2 IS NULL OR channel = ?2)
         GROUP BY question, level HAVING SUM(count) > 0`,
        filter.service ?? null,
        filter.channel ?? null,
      )
      .toArray()
      .map((row) => ({ question: row.question as Question, level: row.level as LevelKey, count: row.count }));
  }
}
