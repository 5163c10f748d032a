/*
 * The auditors' app's service worker (scope /audit): it keeps the page and its built scripts and
 * styles so the app reopens with no network, in a basement or a lift. Network first, cache as the
 * fallback, so a deployed fix reaches phones at their next visit with a connection. The API (/v1/)
 * is never cached here: the app keeps the assignments and the audits in IndexedDB itself, and an
 * audit's acknowledgement must come from the server, never from a cache.
 *
 * Hand-written rather than Workbox: the whole job is one page, its /assets/ files and one strategy,
 * about forty lines with no build step and no dependency to audit or update, where Workbox would add
 * a bundler plugin and a runtime several times the size of the app's own code.
 */
const CACHE = 'barometre-audit-v1';
const PAGE = '/audit';

/** The page and every file it links (its hashed scripts, styles, preloads), read from its HTML. */
async function precache() {
  const cache = await caches.open(CACHE);
  const response = await fetch(PAGE, { cache: 'no-store' });
  if (!response.ok) return;
  const html = await response.clone().text();
  const files = [...html.matchAll(/(?:src|href)="(\/(?:assets\/[^"]+|favicon\.svg))"/g)].map((match) => match[1]);
  await cache.put(PAGE, response);
  await cache.addAll([...new Set(files)]);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('barometre-audit-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/v1/')) return;
  const page = request.mode === 'navigate' && (url.pathname === PAGE || url.pathname === `${PAGE}.html`);
  if (!page && !url.pathname.startsWith('/assets/') && url.pathname !== '/favicon.svg') return;
  const key = page ? PAGE : request;
  event.respondWith(
    fetch(request)
      .then(async (response) => {
        if (response.ok) await (await caches.open(CACHE)).put(key, response.clone());
        return response;
      })
      .catch(async () => (await caches.match(key, { ignoreSearch: page })) ?? Response.error()),
  );
});
