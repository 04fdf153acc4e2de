import * as Comlink from 'comlink';
import type { SyncApi, SyncEvent, SyncTrigger } from './sync-api';

/** The page's side of the sync worker: one per tab, started on first use. */
export interface SyncClient {
  api: Comlink.Remote<SyncApi>;
  /** Receives the worker's progress events; returns the unsubscribe function. */
  subscribe(listener: (event: SyncEvent) => void): () => void;
  request(trigger: SyncTrigger): void;
}

let client: SyncClient | undefined;

function create(): SyncClient {
  const worker = new Worker(new URL('./sync-worker.ts', import.meta.url), { type: 'module', name: 'seva-sync' });
  const api = Comlink.wrap<SyncApi>(worker);
  const listeners = new Set<(event: SyncEvent) => void>();
  const relay = (event: SyncEvent) => {
    for (const listener of listeners) listener(event);
  };
  void api.start(Comlink.proxy(relay));
  const request = (trigger: SyncTrigger) => {
    api.syncNow(trigger).catch((error: unknown) => console.error('sync failed', error));
  };
  // SYNC-CLIENT-6: on start (above), on `online`, on becoming visible; the worker keeps the timer.
  window.addEventListener('online', () => request('online'));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') request('visible');
  });
  return {
    api,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    request,
  };
}

export function syncClient(): SyncClient {
  client ??= create();
  return client;
}
