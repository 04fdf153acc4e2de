import type { Page } from 'playwright-core';
import { DEFAULT_DB_NAME } from '../../pwa/src/db/seva-db';

/** The push's end, watched from the page (see probe-device.ts for the rules these functions follow). */

export interface Drained {
  /** From the `online` event to an outbox with nothing queued or sending. */
  ms: number;
  /** Rows left in the outbox (rejected or in conflict), which should be none. */
  left: number;
}

/**
 * Fires the `online` event the app listens for (its trigger for a sync run when the network
 * returns), then polls until no outbox row is queued or sending. Each poll asks the `state.kind`
 * index for the first key of each state, which costs the same with 10,000 rows as with one; a
 * count would walk the index and slow the very transactions being timed.
 */
async function syncUntilDrainedInPage({
  dbName,
  pollMs,
  deadlineMs,
}: {
  dbName: string;
  pollMs: number;
  deadlineMs: number;
}): Promise<Drained> {
  const opening = indexedDB.open(dbName);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  try {
    const start = performance.now();
    window.dispatchEvent(new Event('online'));
    while (performance.now() - start < deadlineMs) {
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      const states = db.transaction('outbox').objectStore('outbox').index('state.kind');
      const firsts = await Promise.all(
        [states.getKey('queued'), states.getKey('sending')].map(
          (request) =>
            new Promise<IDBValidKey | undefined>((resolve, reject) => {
              request.onsuccess = () => resolve(request.result);
              request.onerror = () => reject(request.error);
            }),
        ),
      );
      if (firsts.every((key) => key === undefined)) {
        const ms = performance.now() - start;
        const count = db.transaction('outbox').objectStore('outbox').count();
        const left = await new Promise<number>((resolve, reject) => {
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        });
        return { ms, left };
      }
    }
    throw new Error(`the outbox still held queued work after ${deadlineMs} ms`);
  } finally {
    db.close();
  }
}

export const syncUntilDrained = (page: Page, deadlineMs: number): Promise<Drained> =>
  page.evaluate(syncUntilDrainedInPage, { dbName: DEFAULT_DB_NAME, pollMs: 20, deadlineMs });
