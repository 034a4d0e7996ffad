/*
 * Schoolnabij's service worker: after one visit to the search page, the site shell, the search
 * page and the Pagefind index are cached, and so is every page a visitor opens, so that search
 * and those pages work offline. A large index is precached only in part (its core); the index
 * chunks and result fragments that searches fetch are kept as they come.
 *
 * Precaching is per file revision (the idea of Workbox's precaching, written out here): PRECACHE
 * lists { url, revision } with the revision a hash of the file's contents, and each file is cached
 * under url?__rev=revision. A new publication changes this worker only in the revisions of the
 * files that changed, so installing it fetches only those; activating it deletes the entries no
 * longer listed. The runtime cache (pages opened, index chunks used) has no build in its name and
 * survives publications. Written by site/integrations/service-worker.ts, which fills in PRECACHE.
 */
const PRECACHE = __PRECACHE__;
const PRECACHE_CACHE = 'precache';
const RUNTIME = 'runtime';
const keyOf = (entry) => new URL(`${entry.url}?__rev=${entry.revision}`, self.location.origin).href;
const KEYS = new Map(PRECACHE.map((entry) => [new URL(entry.url, self.location.origin).href, keyOf(entry)]));

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(PRECACHE_CACHE);
      const cached = new Set((await cache.keys()).map((request) => request.url));
      // Only files whose revision this cache lacks; past the browser's HTTP cache, so not stale.
      const missing = PRECACHE.filter((entry) => !cached.has(keyOf(entry)));
      await Promise.all(
        missing.map(async (entry) => {
          const response = await fetch(new Request(entry.url, { cache: 'reload', credentials: 'same-origin' }));
          if (!response.ok) throw new Error(`sw.js: ${entry.url} answered ${response.status}; not installing this worker`);
          await cache.put(keyOf(entry), response);
        }),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Caches of workers that named their caches per build.
      for (const key of await caches.keys()) if (key !== PRECACHE_CACHE && key !== RUNTIME) await caches.delete(key);
      const cache = await caches.open(PRECACHE_CACHE);
      const runtime = await caches.open(RUNTIME);
      const current = new Set(KEYS.values());
      for (const request of await cache.keys()) {
        if (current.has(request.url)) continue;
        // A built asset's name holds its hash: a page kept from before the publication may still use it.
        const url = new URL(request.url);
        if (url.pathname.startsWith('/_astro/')) {
          const response = await cache.match(request);
          if (response) await runtime.put(url.origin + url.pathname, response);
        }
        await cache.delete(request);
      }
      await self.clients.claim();
    })(),
  );
});

/** This build's precached copy of a URL, if it is precached. */
async function precached(url) {
  const key = KEYS.get(url) ?? (url.endsWith('/index.html') ? KEYS.get(url.slice(0, -'index.html'.length)) : undefined);
  return key ? (await caches.open(PRECACHE_CACHE)).match(key) : undefined;
}

/**
 * Pages: the network first (the newest content, so a changed page is never served stale), the
 * cache when offline. Query strings (utm_…) do not matter.
 */
async function page(request) {
  const url = request.url.split('?')[0];
  const cache = await caches.open(RUNTIME);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(url, response.clone());
    return response;
  } catch (error) {
    const cached = (await cache.match(url)) ?? (await precached(url));
    if (cached) return cached;
    throw error;
  }
}

/** Built assets and the index: this build's precached copy first, then what was kept, then the network. */
async function asset(request) {
  const url = request.url.split('?')[0];
  const cache = await caches.open(RUNTIME);
  const cached = (await precached(url)) ?? (await cache.match(url));
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && /^\/(_astro|pagefind)\//.test(new URL(url).pathname)) await cache.put(url, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? page(request) : asset(request));
});
