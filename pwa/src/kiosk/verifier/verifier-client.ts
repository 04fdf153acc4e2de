import * as Comlink from 'comlink';
import type { KioskStatus, RefreshTrigger, VerifierApi } from './verifier-api';

/** The page's side of the verifier worker: one per tab, started on first use. */
export interface VerifierClient {
  api: Comlink.Remote<VerifierApi>;
  /** Receives every status the worker reports (the latest at once, when known); returns the unsubscribe function. */
  subscribe(listener: (status: KioskStatus) => void): () => void;
  refresh(trigger: RefreshTrigger): void;
}

let client: VerifierClient | undefined;

function create(): VerifierClient {
  const worker = new Worker(new URL('./verifier.worker.ts', import.meta.url), {
    type: 'module',
    name: 'seva-kiosk-verifier',
  });
  const api = Comlink.wrap<VerifierApi>(worker);
  const listeners = new Set<(status: KioskStatus) => void>();
  let latest: KioskStatus | undefined;
  const publish = (status: KioskStatus) => {
    latest = status;
    for (const listener of listeners) listener(status);
  };
  void api.start(Comlink.proxy((event) => publish(event.status))).then(publish);
  const refresh = (trigger: RefreshTrigger) => {
    api.refresh(trigger).catch((error: unknown) => console.error('refreshing the kiosk data failed', error));
  };
  // Refreshed whenever it may have become possible: the worker keeps the timer and refreshes on start.
  window.addEventListener('online', () => refresh('online'));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') refresh('visible');
  });
  return {
    api,
    subscribe(listener) {
      listeners.add(listener);
      if (latest) listener(latest);
      return () => {
        listeners.delete(listener);
      };
    },
    refresh,
  };
}

export function verifierClient(): VerifierClient {
  client ??= create();
  return client;
}
