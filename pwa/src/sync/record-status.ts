import type { SyncStatus } from '../db/rows';
import { getMeta, setMeta, type SevaDb } from '../db/seva-db';
import type { SyncRunOutcome } from './sync-api';

/** The status every tab shows after `outcome`, given the one before. */
export function nextStatus(
  previous: SyncStatus | undefined,
  outcome: SyncRunOutcome,
  now: Date,
): SyncStatus | undefined {
  const at = now.toISOString();
  const kept = previous?.lastSuccessAt ? { lastSuccessAt: previous.lastSuccessAt } : {};
  switch (outcome.kind) {
    case 'synced':
      return { problem: 'none', lastSuccessAt: at, lastAttemptAt: at };
    case 'retrying':
      // Being offline is not a problem for the agent to solve: the queue waits and retries.
      return { ...kept, problem: 'none', lastAttemptAt: at, nextRetryAt: outcome.retryAt, detail: outcome.detail };
    case 'blocked':
      return { ...kept, problem: outcome.problem, lastAttemptAt: at, detail: outcome.detail };
    case 'skipped':
      return undefined;
    default: {
      const unhandled: never = outcome;
      throw new TypeError(`unhandled outcome ${JSON.stringify(unhandled)}`);
    }
  }
}

export async function recordStatus(db: SevaDb, outcome: SyncRunOutcome, now: Date): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const status = nextStatus(await getMeta(db, 'syncStatus'), outcome, now);
    if (status) await setMeta(db, 'syncStatus', status);
  });
}
