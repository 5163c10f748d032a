import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../../survey/api.js';
import { CommentThemesReplySchema, type CommentThemes } from '../../../survey/comment-themes.js';
import { maskComment } from '../../../survey/privacy.js';
import type { Answer } from '../../../survey/response.js';
import { answer, call, context } from '../../test/fixtures.js';
import { freshTerritory } from '../../test/territories.js';
import { ledger, shardOf } from '../ledger/shards.js';
import { THEMES_CACHE, THEMES_CACHE_SECONDS, themesCacheKey } from './themes.js';

const JANUARY = Date.UTC(2026, 0, 15, 10);
const DECEMBER = Date.UTC(2025, 11, 15, 10);

async function themes(territory: string, query = ''): Promise<CommentThemes> {
  const response = await call(`/v1/territories/${territory}/themes${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return CommentThemesReplySchema.parse(await response.json()).data;
}
const counts = (data: CommentThemes) => data.themes.map(({ term, comments }) => `${term} ${comments}`);

/** Stores each comment as its own answer, masked as the responses route masks it. */
async function seed(territory: string, at: number, comments: string[], fields: Partial<Answer> = {}, flagged = false): Promise<void> {
  const answers = comments.map((comment) => answer({ territory: territory as Answer['territory'], comment: maskComment(comment), ...fields }));
  // A kiosk answer outside its opening hours is stored flagged, out of every figure.
  await ledger(env, territory).record(answers, { ...context(territory, at), ...(flagged ? { kiosk: { outsideHours: true } } : {}) });
}
const times = (count: number, comment: string) => Array.from({ length: count }, () => comment);

describe('GET /v1/territories/:id/themes', () => {
  const territory = freshTerritory().id;
  const ready = (async () => {
    const mairie = { service: 'mairie', channel: 'guichet' } as const;
    // attente: 5 comments in January, one using it three times.
    await seed(territory, JANUARY, ['L’attente, l’attente et encore l’attente !', ...times(4, 'Quelle attente.')], mairie);
    // 4 comments only: never published.
    await seed(territory, JANUARY, times(4, 'Parking plein.'), mairie);
    // Personal data masked: the masks' words are no theme, the comments' own words are.
    await seed(territory, JANUARY, times(5, 'Horaires ? Écrivez à jean.dupont@example.fr ou au 06 12 34 56 78'), mairie);
    // guichet: 2 counted comments and 3 flagged ones, so 2.
    await seed(territory, JANUARY, times(2, 'Guichet fermé'), mairie);
    await seed(territory, JANUARY, [...times(3, 'Guichet fermé'), ...times(3, 'Quelle attente.')], mairie, true);
    // Another month, another service, another channel.
    await seed(territory, DECEMBER, times(2, 'Quelle attente.'), mairie);
    await seed(territory, JANUARY, times(5, 'Livres abîmés'), { service: 'bibliotheque', channel: 'guichet' });
    await seed(territory, JANUARY, times(5, 'Standard injoignable, attente sans fin'), { service: 'mairie', channel: 'telephone' });
  })();

  it('publishes each term used by 5 distinct comments or more, most used first, then in French order', async () => {
    await ready;
    const data = await themes(territory, '?year=2026');
    expect(data.territory.id).toBe(territory);
    expect(data.period).toEqual({ from: '2026-01', to: '2026-12', year: 2026 });
    expect(data.filters).toEqual({ service: null, channel: null });
    // 5 + 4 + 5 + 2 + 5 + 5 counted comments in 2026: the flagged ones and December's are not.
    expect(data.comments).toBe(26);
    expect(counts(data)).toEqual([
      'attente 10',
      'abîmés 5',
      'écrivez 5',
      'fin 5',
      'horaires 5',
      'injoignable 5',
      'livres 5',
      'livres abîmés 5',
      'standard 5',
      'standard injoignable 5',
    ]);
    // Never a stop word, a mask's word, nor a term of 4 comments or of flagged ones.
    const terms = data.themes.map((theme) => theme.term).join(' ');
    for (const absent of ['quelle', 'encore', 'sans', 'courriel', 'masqué', 'téléphone', 'parking', 'guichet', 'fermé']) expect(terms).not.toContain(absent);
  });

  it('applies the service, the channel and the period', async () => {
    await ready;
    const mairie = await themes(territory, '?year=2026&service=mairie');
    expect(mairie.filters).toEqual({ service: 'mairie', channel: null });
    expect(mairie.comments).toBe(21);
    expect(counts(mairie)).toEqual(['attente 10', 'écrivez 5', 'fin 5', 'horaires 5', 'injoignable 5', 'standard 5', 'standard injoignable 5']);
    const telephone = await themes(territory, '?year=2026&channel=telephone');
    expect(telephone.comments).toBe(5);
    expect(counts(telephone)).toEqual(['attente 5', 'fin 5', 'injoignable 5', 'standard 5', 'standard injoignable 5']);
    const winter = await themes(territory, '?from=2025-12&to=2026-01&service=mairie&channel=guichet');
    expect(winter.period).toEqual({ from: '2025-12', to: '2026-01', year: null });
    expect(winter.comments).toBe(18);
    expect(counts(winter)).toEqual(['attente 7', 'écrivez 5', 'horaires 5']);
    const lastYear = await themes(territory, '?year=2025');
    expect(lastYear.comments).toBe(2);
    expect(lastYear.themes).toEqual([]);
  });

  it('is public, 404 for an unknown territory and 400 with the error envelope for a bad query', async () => {
    await ready;
    expect((await themes(freshTerritory().id, '?year=2026')).comments).toBe(0);
    const unknown = await call('/v1/territories/commune:99999/themes');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorEnvelope).error.code).toBe('unknown_territory');
    for (const query of ['?service=nope', '?channel=fax', '?from=2026-06&to=2026-01', '?year=1999', '?from=2026-13']) {
      const bad = await call(`/v1/territories/${territory}/themes${query}`);
      expect(bad.status, query).toBe(400);
      const { error } = (await bad.json()) as ErrorEnvelope;
      expect(error.code, query).toBe('invalid_request');
      expect(error.issues?.length, query).toBeGreaterThan(0);
    }
  });

  it('keeps the first 20 in French order when more terms tie', async () => {
    const tied = freshTerritory().id;
    // 20 words and their 19 phrases in the same 5 comments, and « écran » in 5 others: 40 terms used by 5.
    const letters = 'abcdefghijklmnopqrst';
    await seed(tied, JANUARY, [...times(5, [...letters].map((letter) => `fx${letter}`).join(' ')), ...times(5, 'Écran')]);
    const data = await themes(tied, '?year=2026');
    expect(data.themes).toHaveLength(20);
    // In French order « écran » comes before « fxa », though « é » is after « f » in code units.
    expect(counts(data).slice(0, 4)).toEqual(['écran 5', 'fxa 5', 'fxa fxb 5', 'fxb 5']);
  });

  it('sums a sharded territory’s counts before the threshold: 3 comments in each of two shards make 6', async () => {
    // Toulouse is split over 3 shards in these tests, and written by this test only (LEDGER_SHARDS in vitest.config.ts).
    const toulouse = 'commune:31555';
    const wanted: [comment: string, perShard: [number, number, number]][] = [
      ['Accueil souriant', [3, 3, 0]],
      ['Propreté', [2, 2, 1]],
      ['Bruit', [0, 2, 2]],
    ];
    const byShard: Answer[][] = [[], [], []];
    for (const [comment, perShard] of wanted) {
      const left = [...perShard];
      while (left.some((count) => count > 0)) {
        const item = answer({ territory: toulouse, comment });
        const shard = shardOf(item.id, 3);
        if ((left[shard] ?? 0) === 0) continue;
        left[shard] = (left[shard] ?? 0) - 1;
        byShard[shard]?.push(item);
      }
    }
    for (const [shard, items] of byShard.entries()) await ledger(env, toulouse, shard).record(items, context(toulouse, JANUARY, { shard }));
    // No shard reaches 5 on its own.
    for (let shard = 0; shard < 3; shard += 1) {
      const { terms } = await ledger(env, toulouse, shard).commentTerms({ from: '2026-01', to: '2026-12' }, { minComments: 1, limit: 100 });
      expect(Math.max(...terms.map((term) => term.comments))).toBeLessThanOrEqual(3);
    }
    const data = await themes(toulouse, '?year=2026');
    expect(data.comments).toBe(15);
    expect(counts(data)).toEqual(['accueil 6', 'accueil souriant 6', 'souriant 6', 'propreté 5']);
  });

  it('counts 5,000 comments exactly in one pass (the time is logged, not asserted)', async () => {
    const big = freshTerritory().id;
    const words = ['accueil', 'attente', 'guichet', 'horaires', 'dossier', 'agent', 'aimable', 'rapide', 'lent', 'formulaire', 'parking', 'propre'];
    const batches = 10;
    const perBatch = 500;
    for (let batch = 0; batch < batches; batch += 1) {
      const items = Array.from({ length: perBatch }, (_, index) => {
        const n = batch * perBatch + index;
        // About twenty words each, the vocabulary cycling, and a marker in every tenth comment.
        const text = Array.from({ length: 20 }, (_, k) => words[(n + k * 7) % words.length]).join(' ');
        return answer({ territory: big, comment: `${text}${n % 10 === 0 ? ' marqueur' : ''} n${n}` });
      });
      await ledger(env, big).record(items, context(big, JANUARY));
    }
    const started = Date.now();
    const data = await themes(big, '?year=2026');
    console.log(`themes of 5,000 comments: ${Date.now() - started} ms`);
    expect(data.comments).toBe(5000);
    expect(data.themes).toHaveLength(20);
    // Every comment uses every word of the vocabulary (20 words cycling over 12).
    expect(data.themes.filter((theme) => theme.comments === 5000).length).toBeGreaterThanOrEqual(words.length);
    // Below the top 20, yet counted exactly in the ledger: every tenth comment.
    expect(data.themes.find((theme) => theme.term === 'marqueur')).toBeUndefined();
    const { terms } = await ledger(env, big).commentTerms({ from: '2026-01', to: '2026-12' }, { minComments: 1, limit: 100_000 });
    expect(terms.find((theme) => theme.term === 'marqueur')?.comments).toBe(500);
  });

  it('keeps a reply ten minutes: asked again, in any spelling of the period, it is not counted again', async () => {
    const commune = freshTerritory().id;
    await seed(commune, JANUARY, times(5, 'Accueil souriant'));
    const first = await themes(commune, '?year=2026');
    expect(counts(first)).toContain('souriant 5');
    // The put follows the reply (waitUntil): wait for it to land.
    await expect
      .poll(async () => (await caches.open(THEMES_CACHE)).match(themesCacheKey(commune, { from: '2026-01', to: '2026-12' })).then(Boolean))
      .toBe(true);
    await seed(commune, JANUARY, times(5, 'Accueil souriant'));
    const again = await call(`/v1/territories/${commune}/themes?from=2026-01&to=2026-12`);
    expect(again.headers.get('cache-control')).toBe(`public, max-age=${THEMES_CACHE_SECONDS}`);
    expect(counts(CommentThemesReplySchema.parse(await again.json()).data)).toContain('souriant 5');
    // Another filter is another reply, counted now.
    expect(counts(await themes(commune, '?year=2026&service=mairie'))).toContain('souriant 10');
  });
});
