/**
 * `GET /v1/territories/:id/themes`: the frequent words and two-word phrases of a territory's masked
 * comments over a period (survey/comment-themes.ts), as counts of distinct comments, each published
 * only when THEME_MIN_COMMENTS comments or more use it. Public, like the results: counts, never a
 * comment. Mounted beside the territory routes, under `/v1/territories`.
 *
 * Each ledger counts its own comments (ledger/comment-themes.ts); the threshold and the limit are
 * applied here, after the shards' counts are summed. An unsharded territory's ledger applies them
 * itself, exactly. A sharded one's shards each send their PER_SHARD_TERMS most used terms, whatever
 * their count: the sums are exact unless a shard had more terms than that, and then a published
 * count may miss at most what that shard's `floor` says (the most comments using a term it left out,
 * 1 or 2 in practice for a busy year).
 * @module
 */
import { Hono } from 'hono';
import { CommentThemesQuerySchema, THEME_LIMIT, THEME_MIN_COMMENTS, type CommentThemesReplySchema } from '../../../survey/comment-themes.js';
import type * as z from 'zod/mini';
import type { AppEnv } from '../env.js';
import { parseQuery, resolvePeriod, territoryParam } from '../http/query.js';
import { inFrenchOrder } from '../ledger/comment-themes.js';
import { allLedgers } from '../ledger/shards.js';

/** Terms a shard of a sharded territory sends: the most used, enough that the cut is rarely reached. */
export const PER_SHARD_TERMS = 20_000;

/**
 * How long a reply is kept in this location's Cache API. Counting scans the period's comments in
 * each ledger (about 0.6 s per 5,000 on this machine), and the route is public: within this time,
 * asking again reads the kept reply, not the ledger. New comments show after it at the latest.
 */
export const THEMES_CACHE_SECONDS = 600;
export const THEMES_CACHE = 'themes';

/** The kept reply's key: the territory, the resolved period and the filters, whatever the query's spelling. */
export const themesCacheKey = (territory: string, period: { from: string; to: string }, service?: string, channel?: string) =>
  new Request(
    `https://themes.cache/${encodeURIComponent(territory)}?${new URLSearchParams({ from: period.from, to: period.to, service: service ?? '', channel: channel ?? '' })}`,
  );

export const themes = new Hono<AppEnv>().get('/:id/themes', async (c) => {
  const territory = territoryParam(c.req.param('id'));
  const query = parseQuery(CommentThemesQuerySchema, c.req.query());
  const period = resolvePeriod(query);
  const cache = await caches.open(THEMES_CACHE);
  const cacheKey = themesCacheKey(territory.id, period, query.service, query.channel);
  const kept = await cache.match(cacheKey);
  if (kept) return kept;
  const ledgers = allLedgers(c.env, territory.id);
  // One shard: its own counts are the territory's, so it applies the threshold and the limit itself.
  const keep = ledgers.length === 1 ? { minComments: THEME_MIN_COMMENTS, limit: THEME_LIMIT } : { minComments: 1, limit: PER_SHARD_TERMS };
  // Plain values only: the filter crosses to the Durable Object by RPC.
  const filter = { service: query.service, channel: query.channel, from: period.from, to: period.to };
  const parts = await Promise.all(ledgers.map((stub) => stub.commentTerms(filter, keep)));
  // A shard that had more terms than it sends: a published count may miss up to the sum of these (logged, never silent).
  const missing = ledgers.length > 1 ? parts.reduce((sum, part) => sum + part.floor, 0) : 0;
  if (missing > 0) console.warn(`themes of ${territory.id} ${period.from}…${period.to}: shards cut their lists, counts may be short by up to ${missing}`);
  const sums = new Map<string, number>();
  for (const part of parts) for (const { term, comments } of part.terms) sums.set(term, (sums.get(term) ?? 0) + comments);
  const themes = [...sums]
    .filter(([, count]) => count >= THEME_MIN_COMMENTS)
    .sort(inFrenchOrder)
    .slice(0, THEME_LIMIT)
    .map(([term, comments]) => ({ term, comments }));
  const reply = c.json({
    data: {
      territory,
      period,
      filters: { service: query.service ?? null, channel: query.channel ?? null },
      comments: parts.reduce((sum, part) => sum + part.comments, 0),
      themes,
    },
  } satisfies z.infer<typeof CommentThemesReplySchema>);
  reply.headers.set('Cache-Control', `public, max-age=${THEMES_CACHE_SECONDS}`);
  c.executionCtx.waitUntil(cache.put(cacheKey, reply.clone()));
  return reply;
});
