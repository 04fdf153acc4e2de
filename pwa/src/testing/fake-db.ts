import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openSevaDb, type SevaDb } from '../db/seva-db';

/** Test helpers: a private in-memory IndexedDB per test, opened with the app's real schema. */

let counter = 0;

/** A fresh factory, standing for one phone's storage. */
export function fakeStorage(): IDBFactory {
  return new IDBFactory();
}

/** The app's database on `storage`, optionally as an older build declared it (`upTo`). */
export function fakeDb(storage: IDBFactory = fakeStorage(), upTo?: number, name = `seva-test-${++counter}`): SevaDb {
  return openSevaDb({ name, indexedDB: storage, IDBKeyRange, ...(upTo === undefined ? {} : { upTo }) });
}
