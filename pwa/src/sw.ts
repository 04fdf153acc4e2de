/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { isPageToServiceWorker } from './sw-messages';

/**
 * The service worker: the whole app shell is precached, so every mode opens with no network.
 * API calls (`/api/`) are not routed here at all, so the browser sends them straight to the
 * network: the worker never caches or answers for the server.
 */

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Control the first visit too, so screens loaded later in it also come from the cache.
clientsClaim();

// Every app route answers with the precached shell; the app's router takes it from there.
const APP_ROUTES = [/^\/$/, /^\/agent(?:\/|$)/, /^\/kiosk(?:\/|$)/, /^\/office(?:\/|$)/, /^\/dashboard(?:\/|$)/];
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), { allowlist: APP_ROUTES, denylist: [/^\/api\//] }),
);

self.addEventListener('message', (event) => {
  const message: unknown = event.data;
  if (!isPageToServiceWorker(message)) return;
  switch (message.type) {
    case 'SKIP_WAITING':
      // Sent only when the page has decided an update is safe (see update-gate.ts).
      void self.skipWaiting();
      break;
    default: {
      const unhandled: never = message.type;
      throw new TypeError(`unhandled message ${String(unhandled)}`);
    }
  }
});
