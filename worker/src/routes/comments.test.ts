import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../../survey/api.js';
import { CommentsReplySchema } from '../../../survey/registration.js';
import type { Answer } from '../../../survey/response.js';
import { answer, call, context, post, register } from '../../test/fixtures.js';
import { freshTerritory } from '../../test/territories.js';
import { ledger, shardOf } from '../ledger/shards.js';

const LEVELS = ['pas-bien', 'moyen', 'tres-bien'] as const;
const bearer = (token: string): RequestInit => ({ headers: { authorization: `Bearer ${token}` } });

/** A CSV reply's lines, after checking it starts with the UTF-8 BOM (which Response.text() drops). */
async function csvLines(response: Response): Promise<string[]> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder().decode(bytes).split('\r\n');
}

/** Follows `next` from the first page to the last; the ids seen, in order (at most 30 pages). */
async function everyPage(territory: string, token: string, limit: number, filters = ''): Promise<string[]> {
  const seen: string[] = [];
  let next: string | null = null;
  for (let page = 0; page < 30 && (page === 0 || next); page += 1) {
    const response = await call(`/v1/territories/${territory}/comments?limit=${limit}${filters}${next ? `&before=${next}` : ''}`, bearer(token));
    expect(response.status).toBe(200);
    const { data } = CommentsReplySchema.parse(await response.json());
    // A page shorter than the limit is the last one.
    if (data.comments.length < limit) expect(data.next).toBeNull();
    seen.push(...data.comments.map((comment) => comment.id));
    next = data.next;
  }
  expect(next, 'more than 30 pages').toBeNull();
  return seen;
}

/**
 * Six answers of one territory over three months, five with a comment, each at its own time:
 * A and B in January, C and D in February, E and F in March (F without a comment).
 */
async function sixAnswers(): Promise<{ territory: string; adminToken: string; ids: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', string> }> {
  const territory = freshTerritory().id;
  const adminToken = await register(territory);
  const at = (month: number, hour: number) => Date.UTC(2026, month, 15, hour);
  const rows: [name: 'A' | 'B' | 'C' | 'D' | 'E' | 'F', time: number, fields: Partial<Answer>][] = [
    ['A', at(0, 9), { service: 'mairie', channel: 'guichet', overall: 'pas-bien', comment: 'A : trop d’attente' }],
    ['B', at(0, 10), { service: 'bibliotheque', channel: 'telephone', overall: 'pas-bien', comment: 'B : personne ne répond' }],
    ['C', at(1, 9), { service: 'mairie', channel: 'telephone', overall: 'moyen', comment: 'C : correct' }],
    ['D', at(1, 10), { service: 'mairie', channel: 'guichet', overall: 'pas-bien', comment: '=HYPERLINK("http://example.com")' }],
    ['E', at(2, 9), { service: 'bibliotheque', channel: 'guichet', overall: 'tres-bien', comment: 'E : accueil; très bien' }],
    ['F', at(2, 10), { service: 'mairie', channel: 'telephone', overall: 'pas-bien' }],
  ];
  const ids = {} as Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', string>;
  for (const [name, time, fields] of rows) {
    const item = answer({ territory: territory as Answer['territory'], ...fields });
    ids[name] = item.id;
    await ledger(env, territory).record([item], context(territory, time));
  }
  return { territory, adminToken, ids };
}

describe('comment filters', () => {
  it('filter by overall level, service, channel and receipt months, combined, newest first', async () => {
    const { territory, adminToken, ids } = await sixAnswers();
    const names = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
    const page = async (query: string) => {
      const response = await call(`/v1/territories/${territory}/comments?${query}`, bearer(adminToken));
      expect(response.status, query).toBe(200);
      return CommentsReplySchema.parse(await response.json()).data.comments.map((comment) => names[comment.id]);
    };
    expect(await page('')).toEqual(['E', 'D', 'C', 'B', 'A']);
    expect(await page('rating=pas-bien')).toEqual(['D', 'B', 'A']);
    expect(await page('rating=pas-bien&service=mairie')).toEqual(['D', 'A']);
    expect(await page('channel=telephone')).toEqual(['C', 'B']);
    expect(await page('from=2026-02')).toEqual(['E', 'D', 'C']);
    expect(await page('to=2026-01')).toEqual(['B', 'A']);
    expect(await page('from=2026-02&to=2026-02&rating=pas-bien')).toEqual(['D']);
    expect(await page('service=bibliotheque&channel=guichet&from=2026-01&to=2026-03')).toEqual(['E']);
    expect(await page('rating=moyen&channel=guichet')).toEqual([]);
    // What a comment says of its answer, with the filter applied.
    const [only] = CommentsReplySchema.parse(await (await call(`/v1/territories/${territory}/comments?rating=moyen`, bearer(adminToken))).json()).data.comments;
    expect(only).toEqual({
      id: ids.C,
      receivedAt: new Date(Date.UTC(2026, 1, 15, 9)).toISOString(),
      service: 'mairie',
      channel: 'telephone',
      overall: 'moyen',
      comment: 'C : correct',
      flagged: false,
    });
  });

  it('refuses an unknown filter value or a period ending before it starts with 400 naming the field', async () => {
    const territory = freshTerritory().id;
    const adminToken = await register(territory);
    const issues = async (query: string) => {
      const response = await call(`/v1/territories/${territory}/comments?${query}`, bearer(adminToken));
      expect(response.status, query).toBe(400);
      const { error } = (await response.json()) as ErrorEnvelope;
      expect(error.code).toBe('invalid_request');
      return error.issues?.map((issue) => issue.path);
    };
    expect(await issues('rating=bien')).toEqual([['query', 'rating']]);
    expect(await issues('service=piscine&channel=pigeon')).toEqual([
      ['query', 'service'],
      ['query', 'channel'],
    ]);
    expect(await issues('from=2026-1')).toEqual([['query', 'from']]);
    expect(await issues('from=2026-03&to=2026-01')).toEqual([['query', 'to']]);
  });
});

describe('GET /v1/territories/:id/comments.csv', () => {
  it('downloads every matching comment for French spreadsheets, never cached', async () => {
    const { territory, adminToken } = await sixAnswers();
    const response = await call(`/v1/territories/${territory}/comments.csv?rating=pas-bien`, bearer(adminToken));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="barometre-${territory.replace(':', '-')}-commentaires.csv"`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await csvLines(response)).toEqual([
      'Date;Service;Canal;Appréciation;Commentaire;Écarté des chiffres',
      // A formula is made inert (OWASP CSV injection), quoted since it holds quotes.
      `2026-02-15T10:00:00.000Z;Mairie;Au guichet;Pas bien;"'=HYPERLINK(""http://example.com"")";non`,
      '2026-01-15T10:00:00.000Z;Bibliothèque, médiathèque;Par téléphone;Pas bien;B : personne ne répond;non',
      '2026-01-15T09:00:00.000Z;Mairie;Au guichet;Pas bien;A : trop d’attente;non',
      '',
    ]);
    const all = await csvLines(await call(`/v1/territories/${territory}/comments.csv`, bearer(adminToken)));
    expect(all).toHaveLength(1 + 5 + 1);
    // The separator inside a comment is quoted.
    expect(all[1]).toBe('2026-03-15T09:00:00.000Z;Bibliothèque, médiathèque;Au guichet;Très bien;"E : accueil; très bien";non');
  });

  it('needs the admin token and checks the filters as the comments do', async () => {
    const territory = freshTerritory().id;
    const adminToken = await register(territory);
    expect((await call(`/v1/territories/${territory}/comments.csv`)).status).toBe(401);
    const wrong = await call(`/v1/territories/${territory}/comments.csv`, { headers: { authorization: 'Bearer wrong', 'cf-connecting-ip': '198.51.100.80' } });
    expect(wrong.status).toBe(403);
    const bad = await call(`/v1/territories/${territory}/comments.csv?rating=bien`, bearer(adminToken));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorEnvelope).error.issues?.map((issue) => issue.path)).toEqual([['query', 'rating']]);
    // Nothing yet: the header alone.
    const empty = await call(`/v1/territories/${territory}/comments.csv`, bearer(adminToken));
    expect(await csvLines(empty)).toEqual(['Date;Service;Canal;Appréciation;Commentaire;Écarté des chiffres', '']);
  });
});

describe('GET /v1/territories/:id/comments', () => {
  it('needs the admin token: 401 without, 403 wrong or unregistered, masked comments with it', async () => {
    const territory = freshTerritory().id;
    const unregistered = freshTerritory().id;
    const adminToken = await register(territory);
    await post({ answers: [answer({ territory, comment: 'Appelez-moi au 06 12 34 56 78 ou jean@example.fr' }), answer({ territory })] });

    expect((await call(`/v1/territories/${territory}/comments`)).status).toBe(401);
    // From a connection of their own: wrong tokens are throttled per connection (hardening.test.ts).
    const guesser = { 'cf-connecting-ip': '198.51.100.60' };
    expect((await call(`/v1/territories/${territory}/comments`, { headers: { authorization: 'Bearer wrong-token', ...guesser } })).status).toBe(403);
    expect((await call(`/v1/territories/${unregistered}/comments`, { headers: { authorization: `Bearer ${adminToken}`, ...guesser } })).status).toBe(403);

    const response = await call(`/v1/territories/${territory}/comments`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { data } = (await response.json()) as { data: { comments: { comment: string; service: string }[]; next: string | null } };
    expect(data.comments.map((comment) => comment.comment)).toEqual(['Appelez-moi au [téléphone masqué] ou [courriel masqué]']);
    expect(data.next).toBeNull();
  });
});

describe('paging through comments', () => {
  it('misses none when a whole batch shares one receipt time, across shards too', async () => {
    // Marseille is named, not fresh: LEDGER_SHARDS (vitest.config.ts) splits it over 4 shards in these
    // tests (Paris is the ledger test's).
    const unsharded = freshTerritory().id;
    const cursorless = freshTerritory().id;
    for (const territory of [unsharded, 'commune:13055'] as const) {
      const adminToken = await register(territory);
      // Stored at one millisecond, past the rate limit, as a burst of real answers would be.
      const sent = Array.from({ length: 20 }, (_, index) =>
        answer({
          territory: territory as Answer['territory'],
          comment: `commentaire ${index}`,
          overall: LEVELS[index % 3] ?? 'moyen',
          service: index % 2 === 0 ? 'mairie' : 'bibliotheque',
        }),
      );
      const shards = territory === 'commune:13055' ? 4 : 1;
      const t0 = Date.now();
      for (let shard = 0; shard < shards; shard += 1) {
        const group = sent.filter((item) => shardOf(item.id, shards) === shard);
        if (group.length > 0) await ledger(env, territory, shard).record(group, context(territory, t0, { limits: null, shard }));
      }
      const idsOf = (items: Answer[]) => items.map((item) => item.id).sort();
      expect((await everyPage(territory, adminToken, 7)).sort(), territory).toEqual(idsOf(sent));
      // Filtered in each shard's SQL: pages of matches only, each match exactly once, however small the pages.
      const moyen = sent.filter((item) => item.overall === 'moyen');
      expect((await everyPage(territory, adminToken, 2, '&rating=moyen')).sort(), territory).toEqual(idsOf(moyen));
      const both = moyen.filter((item) => item.service === 'mairie');
      expect((await everyPage(territory, adminToken, 1, '&rating=moyen&service=mairie')).sort(), territory).toEqual(idsOf(both));
    }
    // The token is checked first; then a cursor that is not one is a 400.
    expect(
      (await call(`/v1/territories/${unsharded}/comments?before=12`, { headers: { authorization: 'Bearer x', 'cf-connecting-ip': '198.51.100.61' } })).status,
    ).toBe(403);
    const adminToken = await register(cursorless);
    expect((await call(`/v1/territories/${cursorless}/comments?before=12`, { headers: { authorization: `Bearer ${adminToken}` } })).status).toBe(400);
  });
});
