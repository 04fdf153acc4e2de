import type { Page } from 'playwright-core';
import { DEFAULT_DB_NAME } from '../../pwa/src/db/seva-db';

/** The pull's start and end, watched from the page (see probe-device.ts for the rules these functions follow). */

export interface Pulled {
  /** From the moment the enrollment was stored (the worker starts its first sync then) to `expected` requests. */
  ms: number;
  requests: number;
}

interface WatchArgs {
  dbName: string;
  pollMs: number;
  deadlineMs: number;
  expected: number;
  /** The server's last change-log seq: the pull cursor reaches it with the last page. */
  lastSeq: number;
  key: string;
}

/**
 * Starts watching before the agent enrolls. The enrollment row appearing marks the start (the
 * worker starts its first sync in the same step); then the pull cursor is polled, which is one
 * row, until it reaches the server's last change — the app stores each page's requests in the
 * same transaction as its cursor — and the requests are counted once, to the expected number.
 * The result waits in `window[key]` for {@link awaitPullInPage}.
 */
function watchPullInPage({ dbName, pollMs, deadlineMs, expected, lastSeq, key }: WatchArgs): void {
  const watch = (async (): Promise<Pulled> => {
    const opening = indexedDB.open(dbName);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    });
    try {
      const until = performance.now() + deadlineMs;
      let start: number | undefined;
      while (performance.now() < until) {
        const meta = db.transaction('meta').objectStore('meta');
        const request = start === undefined ? meta.getKey('enrollment') : meta.get('pullCursor');
        const answer = await new Promise<unknown>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        if (start === undefined) {
          if (answer !== undefined) start = performance.now();
        } else if (((answer as { value?: number } | undefined)?.value ?? 0) >= lastSeq) {
          const ms = performance.now() - start;
          const count = db.transaction('requests').objectStore('requests').count();
          const requests = await new Promise<number>((resolve, reject) => {
            count.onsuccess = () => resolve(count.result);
            count.onerror = () => reject(count.error);
          });
          if (requests >= expected) return { ms, requests };
        }
        // The enrollment is polled finely: its moment starts the measurement.
        await new Promise((resolve) => setTimeout(resolve, start === undefined ? 5 : pollMs));
      }
      throw new Error(`the device did not hold ${expected} requests within ${deadlineMs} ms`);
    } finally {
      db.close();
    }
  })();
  (window as unknown as Record<string, unknown>)[key] = watch;
  // A rejection surfaces through awaitPullInPage; this keeps the page from reporting it twice.
  watch.catch(() => undefined);
}

function awaitPullInPage(key: string): Promise<Pulled> {
  return (window as unknown as Record<string, Promise<Pulled>>)[key] as Promise<Pulled>;
}

async function requestIdsInPage({ dbName }: { dbName: string }): Promise<string[]> {
  const opening = indexedDB.open(dbName);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  const keys = db.transaction('requests').objectStore('requests').getAllKeys();
  const ids = await new Promise<IDBValidKey[]>((resolve, reject) => {
    keys.onsuccess = () => resolve(keys.result);
    keys.onerror = () => reject(keys.error);
  });
  db.close();
  return ids.map(String);
}

const WATCH = 'sevaBenchPullWatch';

/** Starts the pull watch; call the returned function after enrolling to get the result. */
export async function watchPull(
  page: Page,
  expected: number,
  lastSeq: number,
  deadlineMs: number,
): Promise<() => Promise<Pulled>> {
  await page.evaluate(watchPullInPage, {
    dbName: DEFAULT_DB_NAME,
    pollMs: 20,
    deadlineMs,
    expected,
    lastSeq,
    key: WATCH,
  });
  return () => page.evaluate(awaitPullInPage, WATCH);
}

export const requestIds = (page: Page): Promise<string[]> =>
  page.evaluate(requestIdsInPage, { dbName: DEFAULT_DB_NAME });
