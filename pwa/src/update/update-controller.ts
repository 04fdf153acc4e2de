import { Workbox } from 'workbox-window';
import type { PageToServiceWorker } from '../sw-messages';

/**
 * Registers the service worker and reports when a new version is installed and waiting.
 * `applyUpdate` tells the waiting worker to take over; the page reloads once it controls it.
 */

let workbox: Workbox | undefined;
let waiting = false;
/** Set when this page asked for the takeover: only then does a controller change mean "reload". */
let applying = false;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

export function startUpdates(): void {
  if (workbox || !('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => {
    waiting = true;
    notify();
  });
  // The first install also takes control (clientsClaim) and must not reload the page.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (applying) location.reload();
  });
  void workbox.register();
  // Phones stay open for days: look for a new version every hour as well as on each load.
  setInterval(() => void workbox?.update(), 60 * 60_000);
}

export function isUpdateWaiting(): boolean {
  return waiting;
}

export function onUpdateChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Only call when update-gate.ts says it is safe. */
export async function applyUpdate(): Promise<void> {
  // Addressed to the waiting worker itself: an update found after load is "external" to the
  // Workbox instance, whose own messageSW would reach the old, active worker instead.
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration?.waiting) return;
  applying = true;
  const message: PageToServiceWorker = { type: 'SKIP_WAITING' };
  registration.waiting.postMessage(message);
}
