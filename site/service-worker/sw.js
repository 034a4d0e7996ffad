/*
 * Schoolnabij's service worker: after one visit to the search page, the site shell, the search
 * page and the Pagefind index are cached, and so is every page a visitor opens, so that search
 * and those pages work offline. A large index is precached only in part (its core); the index
 * chunks and result fragments that searches fetch are kept as they come. Each build has its
 * own cache; activating a new build deletes the caches of older ones. Written by
 * site/integrations/service-worker.ts, which fills in VERSION and PRECACHE.
 */
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const STATIC = `static-${VERSION}`;
const PAGES = `pages-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(STATIC).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== STATIC && key !== PAGES).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

/** Pages: the network first (newest content), the cache when offline. Query strings (utm_…) do not matter. */
async function page(request) {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request.url.split('?')[0], response.clone());
    return response;
  } catch (error) {
    const cached = (await cache.match(request.url.split('?')[0])) ?? (await caches.match(request, { ignoreSearch: true }));
    if (cached) return cached;
    throw error;
  }
}

/** Built assets and the index: named per build, so the cache first. */
async function asset(request) {
  const cached = await caches.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && /^\/(_astro|pagefind)\//.test(new URL(request.url).pathname)) {
    const cache = await caches.open(PAGES);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? page(request) : asset(request));
});
