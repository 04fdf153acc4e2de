import Dexie, { type Table } from 'dexie';
import type { DocumentRow, SettingKey, SettingRow, SettingValues } from './kiosk-rows';

/** The kiosk's own database, separate from the agent's `seva` so neither schema touches the other. */
export type KioskDb = Dexie & {
  documents: Table<DocumentRow, string>;
  settings: Table<SettingRow, SettingKey>;
};

export const KIOSK_DB_NAME = 'seva-kiosk';

export interface OpenKioskDbOptions {
  name?: string;
  /** Only for tests (fake-indexeddb); browsers use their own. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/**
 * Declares the schema and returns the database (Dexie opens it on first use). Versions are only
 * ever added: version 1 is the first layout.
 */
export function openKioskDb(options: OpenKioskDbOptions = {}): KioskDb {
  const { name = KIOSK_DB_NAME, ...deps } = options;
  const db = new Dexie(name, deps.indexedDB && deps.IDBKeyRange ? deps : {}) as KioskDb;
  db.version(1).stores({ documents: 'key, kind', settings: 'key' });
  return db;
}

export async function getSetting<K extends SettingKey>(db: KioskDb, key: K): Promise<SettingValues[K] | undefined> {
  const row = await db.settings.get(key);
  return row?.value as SettingValues[K] | undefined;
}

export async function setSetting<K extends SettingKey>(db: KioskDb, key: K, value: SettingValues[K]): Promise<void> {
  await db.settings.put({ key, value } as SettingRow);
}
