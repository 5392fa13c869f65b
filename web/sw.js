// Parcours' service worker: after one visit the app loads and works with no network.
// scripts/finish-dist.mjs fills in the version and this build's files (all but the English,
// which is kept when a person first asks for it).
const VERSION = '__VERSION__';
const FILES = ['__FILES__'];
const CACHE = `parcours-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

// The new release takes over; the caches of earlier ones go. Local storage is not touched.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('parcours-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

const page = () => new URL('./', self.registration.scope).href;

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page: the network first, so that a new release shows at the next visit; the copy
    // kept here when the network is off or too slow (4 s).
    const network = fetch(request).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(page(), copy));
      }
      return response;
    });
    const late = new Promise((resolve) => setTimeout(resolve, 4000)).then(() => caches.match(page()));
    event.respondWith(
      Promise.race([network, late.then((hit) => hit || network)]).catch(() =>
        caches.match(page()).then((hit) => hit || Response.error()),
      ),
    );
    return;
  }
  // The files of a build never change under their name (it holds their hash). One fetched
  // here for the first time (the English, fetched only when asked for) is kept for next time.
  event.respondWith(
    caches.match(request).then(
      (hit) =>
        hit ||
        fetch(request).then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        }),
    ),
  );
});
