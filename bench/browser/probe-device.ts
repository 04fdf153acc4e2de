import type { Page } from 'playwright-core';
import { DEFAULT_DB_NAME } from '../../pwa/src/db/seva-db';

/**
 * Reads of the device database from inside the page, with raw IndexedDB (the app's Dexie is
 * bundled out of reach). The `…InPage` functions are serialised by Playwright and run in the
 * page, so each is self-contained and declares no named functions inside (tsx would wrap them in
 * a `__name` helper the page lacks). Every loop ends at a deadline.
 */

interface Poll {
  dbName: string;
  pollMs: number;
  deadlineMs: number;
}

/** Waits until the app has created its database and stored a catalog; returns the catalog rev. */
async function waitForCatalogInPage({ dbName, pollMs, deadlineMs }: Poll): Promise<number> {
  const until = performance.now() + deadlineMs;
  while (performance.now() < until) {
    // Opening a database that does not exist yet would create an empty one under Dexie's feet.
    if ((await indexedDB.databases()).some((info) => info.name === dbName)) {
      const opening = indexedDB.open(dbName);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        opening.onsuccess = () => resolve(opening.result);
        opening.onerror = () => reject(opening.error);
      });
      const cursor = db.transaction('catalog').objectStore('catalog').openKeyCursor(null, 'prev');
      const rev = await new Promise<unknown>((resolve, reject) => {
        cursor.onsuccess = () => resolve(cursor.result?.key);
        cursor.onerror = () => reject(cursor.error);
      });
      db.close();
      if (typeof rev === 'number') return rev;
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  throw new Error(`no catalog on the device after ${deadlineMs} ms`);
}

/** Waits until a sync run has succeeded since `afterIso` (the status the worker records for every tab). */
async function waitForSyncInPage({ dbName, pollMs, deadlineMs, afterIso }: Poll & { afterIso: string }) {
  const opening = indexedDB.open(dbName);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  try {
    const until = performance.now() + deadlineMs;
    while (performance.now() < until) {
      const request = db.transaction('meta').objectStore('meta').get('syncStatus');
      const row = await new Promise<{ value?: { lastSuccessAt?: string } } | undefined>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result as { value?: { lastSuccessAt?: string } } | undefined);
        request.onerror = () => reject(request.error);
      });
      const at = row?.value?.lastSuccessAt;
      if (at !== undefined && at >= afterIso) return;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
    throw new Error(`no successful sync within ${deadlineMs} ms`);
  } finally {
    db.close();
  }
}

export interface DeviceIdentity {
  deviceId: string;
  tokenId: string;
}

async function readIdentityInPage({ dbName }: { dbName: string }): Promise<DeviceIdentity> {
  const opening = indexedDB.open(dbName);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  const meta = db.transaction('meta').objectStore('meta');
  const [device, enrollment] = await Promise.all(
    [meta.get('deviceId'), meta.get('enrollment')].map(
      (request) =>
        new Promise<{ value?: unknown } | undefined>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result as { value?: unknown } | undefined);
          request.onerror = () => reject(request.error);
        }),
    ),
  );
  db.close();
  return {
    deviceId: String(device?.value ?? ''),
    tokenId: String((enrollment?.value as { tokenId?: unknown } | undefined)?.tokenId ?? ''),
  };
}

export const waitForCatalog = (page: Page, deadlineMs: number): Promise<number> =>
  page.evaluate(waitForCatalogInPage, { dbName: DEFAULT_DB_NAME, pollMs: 50, deadlineMs });

export const waitForSync = (page: Page, after: Date, deadlineMs: number): Promise<void> =>
  page.evaluate(waitForSyncInPage, { dbName: DEFAULT_DB_NAME, pollMs: 50, deadlineMs, afterIso: after.toISOString() });

export const readIdentity = (page: Page): Promise<DeviceIdentity> =>
  page.evaluate(readIdentityInPage, { dbName: DEFAULT_DB_NAME });
