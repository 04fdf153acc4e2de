import { useEffect, useState } from 'preact/hooks';
import { syncClient } from '../../sync/sync-client';
import type { SyncEvent } from '../../sync/sync-api';

/** What this tab's sync worker is doing now. */
export type SyncProgress =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'pushing'; sent: number; total: number }
  | { phase: 'pulling'; received: number };

/** Folds one worker event into the progress shown. */
export function nextProgress(current: SyncProgress, event: SyncEvent): SyncProgress {
  switch (event.type) {
    case 'run-started':
      return { phase: 'starting' };
    case 'push-progress':
      return { phase: 'pushing', sent: event.sent, total: event.total };
    case 'pull-progress':
      return event.hasMore ? { phase: 'pulling', received: event.received } : current;
    case 'catalog-updated':
      return current;
    case 'run-finished':
      return { phase: 'idle' };
    default: {
      const unhandled: never = event;
      throw new TypeError(`unhandled sync event ${JSON.stringify(unhandled)}`);
    }
  }
}

export function useSyncProgress(): SyncProgress {
  const [progress, setProgress] = useState<SyncProgress>({ phase: 'idle' });
  useEffect(() => syncClient().subscribe((event) => setProgress((current) => nextProgress(current, event))), []);
  return progress;
}
