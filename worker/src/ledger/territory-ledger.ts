/**
 * TerritoryLedger: the Durable Object holding one territory's answers and tallies in SQLite (or one
 * shard of a busy territory's). Every batch is stored together with its tallies in one transaction,
 * so the tallies always equal what the stored answers add up to, and an id retried any number of
 * times counts once. An alarm pushes the months that changed to D1 in one batch, a while after the
 * first unpushed write (SUMMARY_DELAY_SECONDS), so the writes in between share one push.
 * @module
 */
import { DurableObject } from 'cloudflare:workers';
import type { Answer, AnswerResult } from '../../../survey/response.js';
import { completeness } from '../../../survey/tally.js';
import type { Territory } from '../../../survey/results.js';
import { config } from '../config.js';
import type { Env } from '../env.js';
import { readAggregates, readServiceCells, type AggregateFilter, type Aggregates, type ServiceCells } from './aggregates.js';
import { readComments, type CommentCursor, type CommentFilter, type StoredComment } from './comments.js';
import { countCommentTerms, type TermCounts, type ThemeFilter } from './comment-themes.js';
import { readRawAnswers, type RawCursor, type RawPage } from './raw-answers.js';
import { EXCLUSION, LEDGER_SCHEMA } from './ledger-schema.js';
import { monthOf } from '../../../survey/months.js';
import { admit, CLIENT_RETENTION_MS, purgeClients, type RateLimits } from './rate-limit.js';
import { countAnswer, DailyChanges, purgeClientDays } from './respondents.js';
import { readMonthSummary, summaryStatements } from './summary.js';
import { countAbuse, slicesOf, TallyChanges } from './tally-writes.js';

export type { CommentCursor, StoredComment } from './comments.js';

/** How long after its first receipt an answer may still be replaced by a fuller version. */
export const UPDATE_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface RecordContext {
  /** Receipt time (ms); the seed passes past times, tests move the clock. */
  now: number;
  /** Salted daily hash of the client's IP, for the rate limit only. */
  client: string;
  territory: Territory;
  shard: number;
  /** null turns the rate limit and the respondent cap off (local seeding only: each answer is a respondent). */
  limits: RateLimits | null;
  /** The request had no Origin header (not a web page): noted per day for the Trophée review. */
  withoutOrigin: boolean;
  /** How soon the D1 push follows; the configured delay unless given (the local seed wants its data pushed at once). */
  summaryDelayMs?: number;
  /**
   * Sent with a valid kiosk key (survey/kiosk.ts): `client` is then the kiosk's, `limits` its pace;
   * every answer is its own respondent, and answers outside its opening hours are kept but flagged.
   */
  kiosk?: { outsideHours: boolean };
}

interface StoredRow extends Record<string, SqlStorageValue> {
  received_at: number;
  month: string;
  flagged: number;
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
  /** Meta rows already written by this instance: rewriting them on every batch costs a write each time. */
  private metaWritten = false;
  /** When this instance last scheduled its alarm, so a write does not ask storage again until it has run. */
  private alarmAt: number | null = null;
  /** Months this instance already marked dirty since the last push: marking again would be a wasted write. */
  private readonly dirty = new Set<string>();
  /**
   * Per dirty month, the roll-up slices written since the last push, so the push sends D1 those
   * slices' rows only (a commune's month holds dozens of slices; an answer changes at most four).
   * Kept in memory, never written: `all` (or no entry) when they are not all known here — a month
   * another instance or the schema marked, or one whose push failed — and then every slice is sent.
   */
  private readonly dirtySlices = new Map<string, Set<string> | 'all'>();
  /** The benchmark floor's table exists (floorInsert, dev only). */
  private floorTable = false;

  /**
   * Whether this object's tables exist. A results page or a crawler reading a territory nobody has
   * answered for must not leave a schema behind: with 35,000 communes, that would be thousands of
   * stored objects holding nothing. Tables are created by the first write.
   */
  private hasSchema: boolean;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    this.hasSchema = this.tablesExist();
    // An existing ledger gets the statements appended since it was created, before it serves anything.
    if (this.hasSchema)
      void ctx.blockConcurrencyWhile(async () => {
        this.createSchema();
        // A statement appended to the schema may have marked months to push again (ledger-schema.ts).
        if (this.sql.exec('SELECT 1 FROM dirty_months LIMIT 1').toArray().length > 0) await this.scheduleAlarm(this.configuredSummaryDelayMs);
      });
  }

  private tablesExist(): boolean {
    return this.sql.exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").toArray().length > 0;
  }

  private createSchema(): void {
    for (const statement of LEDGER_SCHEMA) this.sql.exec(statement);
    this.hasSchema = true;
  }

  /** Stores a batch of validated answers for this territory, in order, in one transaction. */
  async record(answers: Answer[], context: RecordContext): Promise<AnswerResult[]> {
    let results: AnswerResult[];
    try {
      results = this.ctx.storage.transactionSync(() => {
        if (!this.hasSchema) this.createSchema();
        if (!this.metaWritten) {
          this.sql.exec(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('territory', ?), ('shard', ?)",
            JSON.stringify(context.territory),
            String(context.shard),
          );
        }
        // Tallies and day counts are summed over the batch and written once at its end, in this transaction.
        const changes = { tallies: new TallyChanges(), daily: new DailyChanges() };
        const stored = answers.map((answer) => this.recordOne(answer, context, changes));
        changes.tallies.flush(this.sql);
        changes.daily.flush(this.sql);
        return stored;
      });
    } catch (error) {
      // Rolled back: forget which months this instance believes are marked, so the next write marks
      // them again, and whether the tables exist (their creation may have been rolled back too).
      this.dirty.clear();
      this.hasSchema = this.tablesExist();
      throw error;
    }
    this.metaWritten = true;
    await this.scheduleAlarm(context.summaryDelayMs ?? this.configuredSummaryDelayMs);
    return results;
  }

  private recordOne(answer: Answer, context: RecordContext, { tallies, daily }: { tallies: TallyChanges; daily: DailyChanges }): AnswerResult {
    const { now } = context;
    const body = canonical(answer);
    const existing = this.sql.exec<StoredRow>('SELECT received_at, month, flagged, body FROM responses WHERE id = ?', answer.id).toArray()[0];

    if (existing) {
      if (existing.body === body || now - existing.received_at > UPDATE_WINDOW_MS) return { id: answer.id, status: 'duplicate' };
      const previous = JSON.parse(existing.body) as Answer;
      // Only a version with more steps filled in replaces the stored one: an older version arriving
      // late (a retry of the first tap, or of an equally full send) must not erase what followed it.
      if (completeness(answer) <= completeness(previous)) return { id: answer.id, status: 'duplicate' };
      // A fuller version of the same answer: swap its contribution, keeping the month and flag it first
      // had (a flagged or capped answer stays out of the figures).
      const flagged = existing.flagged !== EXCLUSION.counted;
      tallies.add(previous, existing.month, flagged, -1);
      tallies.add(answer, existing.month, flagged, +1);
      this.sql.exec('UPDATE responses SET body = ?, comment = ?, updated_at = ? WHERE id = ?', body, answer.comment ?? null, now, answer.id);
      this.markDirty(existing.month, [...slicesOf(previous), ...slicesOf(answer)]);
      return { id: answer.id, status: 'updated' };
    }

    const month = monthOf(now);
    const { kiosk } = context;
    const admission = context.limits ? admit(this.sql, context.client, now, context.limits, !kiosk) : { admitted: true as const, flagged: false };
    if (!admission.admitted) {
      countAbuse(this.sql, month, 'refused');
      this.markDirty(month);
      return {
        id: answer.id,
        status: 'rejected',
        error: {
          code: 'rate_limited',
          message: kiosk ? 'This kiosk sends answers faster than people fill them in; retry later.' : 'Too many answers from this connection; retry later.',
          retryable: true,
          retryAfter: admission.retryAfter,
        },
      };
    }
    // A kiosk answers many citizens a day: each answer is its own respondent (no daily cap); one
    // outside its declared hours is kept but left out, as a flagged client's would be.
    const counting = countAnswer(
      this.sql,
      { client: context.client, now, month, cap: kiosk ? null : (context.limits?.perRespondentPerDay ?? null), withoutOrigin: context.withoutOrigin },
      admission.flagged || (kiosk?.outsideHours ?? false),
      daily,
    );
    this.sql.exec(
      'INSERT INTO responses (id, received_at, updated_at, month, flagged, comment, body) VALUES (?, ?, ?, ?, ?, ?, ?)',
      answer.id,
      now,
      now,
      month,
      EXCLUSION[counting],
      answer.comment ?? null,
      body,
    );
    tallies.add(answer, month, counting !== 'counted', +1);
    // Capped answers are counted per day (respondents.ts); flagged ones per month, as before.
    if (counting === 'flagged') countAbuse(this.sql, month, 'flagged');
    this.markDirty(month, slicesOf(answer));
    return { id: answer.id, status: 'accepted' };
  }

  private markDirty(month: string, slices: readonly string[] = []): void {
    if (!this.dirty.has(month)) {
      const marked = this.sql.exec('INSERT OR IGNORE INTO dirty_months (month) VALUES (?)', month).rowsWritten > 0;
      this.dirty.add(month);
      // Already dirty before this instance marked it: what changed then is not known here.
      if (!marked && !this.dirtySlices.has(month)) this.dirtySlices.set(month, 'all');
    }
    const known = this.dirtySlices.get(month) ?? new Set<string>();
    if (known === 'all') return;
    for (const slice of slices) known.add(slice);
    this.dirtySlices.set(month, known);
  }

  /** How long after a write its months reach D1, as configured (SUMMARY_DELAY_SECONDS). */
  private get configuredSummaryDelayMs(): number {
    return config(this.env).summaryDelaySeconds * 1000;
  }

  private async scheduleAlarm(delay: number): Promise<void> {
    const at = Date.now() + delay;
    if (this.alarmAt !== null && this.alarmAt <= at) return;
    const current = await this.ctx.storage.getAlarm();
    if (current === null || current > at) {
      await this.ctx.storage.setAlarm(at);
      this.alarmAt = at;
    } else this.alarmAt = current;
  }

  /**
   * Dev only (/v1/dev/floor, the benchmark's floor): exactly one durable INSERT of the given rows,
   * on an object of its own name (shards.ts floorLedger), never on a territory's ledger.
   */
  floorInsert(rows: [id: string, body: string][], now: number): number {
    if (this.hasSchema) throw new Error('floorInsert is for the benchmark floor objects, not a territory ledger');
    if (!this.floorTable) {
      this.sql.exec('CREATE TABLE IF NOT EXISTS dev_floor (id TEXT PRIMARY KEY, received_at INTEGER NOT NULL, body TEXT NOT NULL) STRICT');
      this.floorTable = true;
    }
    this.sql.exec(
      `INSERT OR REPLACE INTO dev_floor (id, received_at, body) VALUES ${rows.map(() => '(?, ?, ?)').join(', ')}`,
      ...rows.flatMap(([id, body]) => [id, now, body]),
    );
    return rows.length;
  }

  /** Everything a results query needs, from tallies only. */
  aggregates(filter: AggregateFilter = {}): Aggregates {
    if (!this.hasSchema) return { cells: [], months: [], dimensions: [], flagged: 0, refused: 0, capped: 0, respondents: 0 };
    return readAggregates(this.sql, filter);
  }

  /** Every service's cells over a period, under an optional channel (`GET /v1/territories/:id/services`). */
  serviceCells(filter: Pick<AggregateFilter, 'channel' | 'from' | 'to'>, services: readonly string[]): ServiceCells[] {
    if (!this.hasSchema) return [];
    return readServiceCells(this.sql, filter, services);
  }

  /**
   * Comments, newest first, already masked, matching `filter`; `before` is the last comment of the
   * previous page (ledger/comments.ts).
   */
  comments(limit: number, before?: CommentCursor, filter: CommentFilter = {}): StoredComment[] {
    if (!this.hasSchema) return [];
    return readComments(this.sql, limit, before, filter);
  }

  /**
   * Per term, the distinct counted comments using it over a period and filters, the terms used by
   * at least `minComments`, most used first, at most `limit` (ledger/comment-themes.ts).
   */
  commentTerms(filter: ThemeFilter, keep: { minComments: number; limit: number }): TermCounts {
    if (!this.hasSchema) return { comments: 0, terms: [], floor: 0 };
    return countCommentTerms(this.sql, filter, keep);
  }

  /** A page of answers for the raw-results export, by month then id, after `after` (ledger/raw-answers.ts). */
  rawAnswers(limit: number, after?: RawCursor, filter: CommentFilter = {}): RawPage {
    if (!this.hasSchema) return { answers: [] };
    return readRawAnswers(this.sql, limit, after, filter);
  }

  /** Pushes the months that changed to D1, then forgets expired client hashes. */
  override async alarm(): Promise<void> {
    this.alarmAt = null;
    if (!this.hasSchema) return;
    const meta = new Map(
      this.sql
        .exec<{ key: string; value: string }>('SELECT key, value FROM meta')
        .toArray()
        .map((row) => [row.key, row.value]),
    );
    const territoryJson = meta.get('territory');
    const months = this.sql
      .exec<{ month: string }>('SELECT month FROM dirty_months')
      .toArray()
      .map((row) => row.month);
    if (territoryJson && months.length > 0) {
      const changed = new Map(this.dirtySlices);
      const summaries = months.map((month) => {
        const slices = changed.get(month);
        return readMonthSummary(this.sql, month, slices instanceof Set ? slices : undefined);
      });
      // Cleared before the await: a write arriving meanwhile marks its month dirty again.
      this.sql.exec('DELETE FROM dirty_months');
      this.dirty.clear();
      this.dirtySlices.clear();
      try {
        await this.env.DB.batch(summaryStatements(this.env.DB, JSON.parse(territoryJson) as Territory, Number(meta.get('shard') ?? 0), summaries, Date.now()));
      } catch (error) {
        // Every slice of those months again: what a write since then adds must not narrow the retry.
        for (const month of months) {
          this.dirtySlices.set(month, 'all');
          this.markDirty(month);
        }
        throw error; // the runtime retries the alarm with backoff
      }
    }
    purgeClients(this.sql, Date.now());
    purgeClientDays(this.sql, Date.now());
    // Writes during the push re-dirtied months: push them soon. Otherwise wake hourly while hashes remain to purge.
    if (this.sql.exec('SELECT 1 FROM dirty_months LIMIT 1').toArray().length > 0) await this.scheduleAlarm(this.configuredSummaryDelayMs);
    else if (this.sql.exec('SELECT 1 FROM client_windows LIMIT 1').toArray().length > 0) await this.scheduleAlarm(CLIENT_RETENTION_MS / 48);
  }
}
