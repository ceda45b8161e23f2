/**
 * The service worker: the app shell, the interface languages and the shipped packs are
 * precached, every page address opens the app offline, and packs from links are kept
 * stale-while-revalidate. A new version waits until the learner chooses to refresh.
 */
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { StaleWhileRevalidate } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

/** The cache for packs opened from a link, refreshed in the background on every use. */
const PACKS_CACHE = 'stapjes-packs';

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/api\//, /^\/challenges\//],
  }),
);

registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin &&
    url.pathname.startsWith('/challenges/') &&
    request.method === 'GET',
  new StaleWhileRevalidate({ cacheName: PACKS_CACHE }),
);

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Taking control at once is safe: a first install has no older version to clash with,
// and an update only activates after the learner pressed "refresh".
clientsClaim();
