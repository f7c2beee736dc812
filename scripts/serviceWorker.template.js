/* The site's service worker (written into out/sw.js by scripts/writeServiceWorker.mjs).
   Pages: network first, the cached copy when offline. Scripts, styles, fonts, wasm, data and
   the search index: the cached copy first (they are versioned by the build), else the network. */
const BASE = __BASE__;
const VERSION = __VERSION__;
const PREFIX = `dll:${BASE || '/'}:`;
const CACHE = PREFIX + VERSION;

const inScope = (url) =>
  url.origin === self.location.origin &&
  (url.pathname === BASE || url.pathname.startsWith(BASE + '/'));

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

async function put(request, response) {
  if (!response || !response.ok || response.type !== 'basic') return;
  const cache = await caches.open(CACHE);
  await cache.put(request, response);
}

async function networkFirst(request, key = request) {
  try {
    const response = await fetch(request);
    await put(key, response.clone());
    return response;
  } catch (error) {
    const cached = await caches.match(key, { ignoreSearch: true, cacheName: CACHE });
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE });
  if (cached) return cached;
  const response = await fetch(request);
  await put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!inScope(url) || url.pathname.endsWith('/sw.js')) return;
  const page =
    request.mode === 'navigate' ||
    request.destination === 'document' ||
    url.pathname.endsWith('.txt');
  // Pagefind asks for its entry file with a fresh `?ts=` each time the search opens: network
  // first, cached under one key, so search still opens offline and the cache does not grow.
  const searchEntry = url.pathname.endsWith('/pagefind/pagefind-entry.json');
  const response = searchEntry
    ? networkFirst(request, url.origin + url.pathname)
    : page
      ? networkFirst(request)
      : cacheFirst(request);
  // A worker's location is its response's URL: a cached response's URL has no fragment, and the
  // bundler's worker bootstrap reads its config from the fragment ("Missing worker bootstrap
  // config"). A new Response has no URL of its own, so the worker keeps the one it was started with.
  event.respondWith(
    request.destination === 'worker' ? response.then((r) => new Response(r.body, r)) : response,
  );
});

// What the page loaded before this worker controlled it, sent by the page once.
self.addEventListener('message', (event) => {
  const urls = event.data && event.data.type === 'cache-urls' ? event.data.urls : null;
  if (!Array.isArray(urls)) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const href of urls) {
        const url = new URL(href, self.location.href);
        url.hash = '';
        if (!inScope(url) || (await cache.match(url.href))) continue;
        try {
          const response = await fetch(url.href, { credentials: 'same-origin' });
          if (response.ok) await cache.put(url.href, response);
        } catch {
          // Offline already, or gone: the next visit caches it.
        }
      }
      event.source?.postMessage({ type: 'cached', count: urls.length });
    })(),
  );
});
