/**
 * `GET /v1/territories/:id/answers.csv`: the territory's raw results behind its admin token, one
 * row per answer (results/answers-csv.ts). Streamed page by page from every shard of the ledger,
 * so a département's million answers never sit in memory at once. Mounted under `/v1/territories`.
 * @module
 */
import { Hono } from 'hono';
import { AnswersCsvQuerySchema, type CommentFilter } from '../../../survey/territory-queries.js';
import type { AppEnv } from '../env.js';
import { checkPeriod, parseQuery, territoryParam } from '../http/query.js';
import { requireAdmin } from '../http/require-admin.js';
import type { RawAnswer, RawCursor } from '../ledger/raw-answers.js';
import { allLedgers } from '../ledger/shards.js';
import type { TerritoryLedger } from '../ledger/territory-ledger.js';
import { answersCsvHead, answersCsvRows } from '../results/answers-csv.js';

/** Answers per call to a ledger: about half a megabyte of rows. */
const PAGE = 2_000;

/** One shard's answers, a page at a time, as the merge below takes them. */
class ShardReader {
  private buffer: RawAnswer[] = [];
  private after: RawCursor | undefined;
  private spent = false;
  constructor(
    private readonly stub: DurableObjectStub<TerritoryLedger>,
    private readonly filter: CommentFilter,
  ) {}

  /** The next answer, reading a page when none is buffered; undefined when the shard has no more. */
  async next(): Promise<RawAnswer | undefined> {
    if (this.buffer.length === 0 && !this.spent) {
      const page = await this.stub.rawAnswers(PAGE, this.after, this.filter);
      this.buffer = page.answers;
      this.after = page.next;
      this.spent = page.next === undefined;
    }
    return this.buffer[0];
  }

  /** The buffered answers of `month` at the head of the buffer. */
  takeMonth(month: string): RawAnswer[] {
    const end = this.buffer.findIndex((answer) => answer.month !== month);
    return this.buffer.splice(0, end === -1 ? this.buffer.length : end);
  }
}

/**
 * The shards' answers merged by month: each chunk holds what the shards have buffered of the
 * earliest month still pending (within a month, the ids' order: random).
 */
async function* mergedChunks(readers: ShardReader[]): AsyncGenerator<RawAnswer[]> {
  for (;;) {
    const heads = await Promise.all(readers.map((reader) => reader.next()));
    const month = heads.reduce<string | undefined>((earliest, head) => (head && (!earliest || head.month < earliest) ? head.month : earliest), undefined);
    if (month === undefined) return;
    yield readers.flatMap((reader, index) => (heads[index]?.month === month ? reader.takeMonth(month) : []));
  }
}

function downloadName(territoryId: string): string {
  return `barometre-${territoryId.replace(':', '-')}-reponses.csv`;
}

export const rawAnswers = new Hono<AppEnv>().get('/:id/answers.csv', async (c) => {
  const territory = territoryParam(c.req.param('id'));
  await requireAdmin(c, territory);
  const query = checkPeriod(parseQuery(AnswersCsvQuerySchema, c.req.query()));
  // Plain filter values only: the object crosses to the Durable Object by RPC.
  const filter: CommentFilter = { rating: query.rating, service: query.service, channel: query.channel, from: query.from, to: query.to };
  const readers = allLedgers(c.env, territory.id).map((stub) => new ShardReader(stub, filter));
  // The first page is read before replying, so a failing ledger is an error status, not a cut file.
  const chunks = mergedChunks(readers);
  const first = await chunks.next();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(answersCsvHead() + (first.done ? '' : answersCsvRows(first.value))));
      if (first.done) controller.close();
    },
    async pull(controller) {
      const chunk = await chunks.next();
      if (chunk.done) controller.close();
      else controller.enqueue(encoder.encode(answersCsvRows(chunk.value)));
    },
  });
  return c.body(body, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${downloadName(territory.id)}"`,
    // Personal-ish data: never kept by a browser or a proxy.
    'Cache-Control': 'no-store',
  });
});
