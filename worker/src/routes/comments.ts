/**
 * A territory's comments behind its admin token: a page (JSON, cursor paging) or every matching
 * comment as CSV, both with the same filters (survey/territory-queries.ts). Mounted beside the
 * territory routes, under `/v1/territories`.
 * @module
 */
import { Hono, type Context } from 'hono';
import type { Territory } from '../../../survey/results.js';
import { CommentsCsvQuerySchema, CommentsQuerySchema, type CommentFilter } from '../../../survey/territory-queries.js';
import type { AppEnv } from '../env.js';
import { checkPeriod, parseQuery, territoryParam } from '../http/query.js';
import { requireAdmin } from '../http/require-admin.js';
import type { CommentCursor, StoredComment } from '../ledger/comments.js';
import { allLedgers } from '../ledger/shards.js';
import { commentsCsv, MAX_CSV_COMMENTS } from '../results/comments-csv.js';

/** The newest `limit` comments matching `filter` across the territory's shards, before `cursor`. */
async function matching(c: Context<AppEnv>, territory: Territory, limit: number, filter: CommentFilter, cursor?: CommentCursor): Promise<StoredComment[]> {
  // Plain filter values only: the object crosses to the Durable Object by RPC.
  const plain: CommentFilter = { rating: filter.rating, service: filter.service, channel: filter.channel, from: filter.from, to: filter.to };
  const pages = await Promise.all(allLedgers(c.env, territory.id).map((stub) => stub.comments(limit, cursor, plain)));
  // Each shard gave its newest `limit`; merged in the order each of them used (time, then id, both descending).
  return pages
    .flat()
    .sort((a, b) => b.receivedAt - a.receivedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .slice(0, limit);
}

function downloadName(territory: Territory): string {
  return `barometre-${territory.id.replace(':', '-')}-commentaires.csv`;
}

export const comments = new Hono<AppEnv>()
  .get('/:id/comments', async (c) => {
    const territory = territoryParam(c.req.param('id'));
    await requireAdmin(c, territory);
    const query = checkPeriod(parseQuery(CommentsQuerySchema, c.req.query()));
    const cursor = query.before
      ? { at: Number(query.before.slice(0, query.before.indexOf('_'))), id: query.before.slice(query.before.indexOf('_') + 1) }
      : undefined;
    const page = await matching(c, territory, query.limit, query, cursor);
    const last = page.at(-1);
    // Comments are personal-ish data: never cached by a browser or a proxy.
    c.header('Cache-Control', 'no-store');
    return c.json({
      data: {
        comments: page.map((comment) => ({ ...comment, receivedAt: new Date(comment.receivedAt).toISOString() })),
        // Filters are applied in each ledger's SQL: a full page of matches means there may be more.
        next: page.length === query.limit && last ? `${last.receivedAt}_${last.id}` : null,
      },
    });
  })
  .get('/:id/comments.csv', async (c) => {
    const territory = territoryParam(c.req.param('id'));
    await requireAdmin(c, territory);
    const query = checkPeriod(parseQuery(CommentsCsvQuerySchema, c.req.query()));
    // One more than the cap tells a capped export from one that fits exactly.
    const found = await matching(c, territory, MAX_CSV_COMMENTS + 1, query);
    return c.body(commentsCsv(found.slice(0, MAX_CSV_COMMENTS), found.length > MAX_CSV_COMMENTS), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${downloadName(territory)}"`,
      'Cache-Control': 'no-store',
    });
  });
