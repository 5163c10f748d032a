/**
 * Which methods the app answers on a path, from its registered routes (`app.routes`) and Hono's own
 * path matching, so a 405's `Allow` header can never disagree with the routing.
 * @module
 */
import type { RouterRoute } from 'hono/types';
import { TrieRouter } from 'hono/router/trie-router';

export type AllowedMethods = (path: string) => string[];

/** Built once per isolate, on the first miss: `routes` is final by then (index.ts registers them at load). */
export function allowedMethods(routes: () => readonly RouterRoute[]): AllowedMethods {
  let router: TrieRouter<string> | undefined;
  let methods: string[] = [];
  return (path) => {
    if (!router) {
      router = new TrieRouter<string>();
      // Middleware is registered as ALL; it answers no method by itself.
      const handlers = routes().filter((route) => route.method !== 'ALL');
      for (const route of handlers) router.add(route.method, route.path, route.method);
      methods = [...new Set(handlers.map((route) => route.method))];
    }
    const found = router;
    const allowed = methods.filter((method) => found.match(method, path)[0].length > 0);
    // Hono answers HEAD with the GET route, and the CORS middleware answers OPTIONS under /v1.
    if (allowed.includes('GET')) allowed.push('HEAD');
    if (allowed.length > 0 && path.startsWith('/v1/')) allowed.push('OPTIONS');
    return allowed;
  };
}
