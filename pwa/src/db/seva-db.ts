import Dexie, { type Table } from 'dexie';
import type {
  AttachmentRow,
  CatalogRow,
  DraftRow,
  GrievanceRow,
  KnownVersionRow,
  MetaKey,
  MetaRow,
  MetaValues,
  OutboxRow,
  RequestRow,
  SentRow,
} from './rows';
import { SCHEMA_VERSIONS } from './schema';

/** The device's database, opened the same way by the page and the sync worker. */
export type SevaDb = Dexie & {
  meta: Table<MetaRow, MetaKey>;
  catalog: Table<CatalogRow, number>;
  drafts: Table<DraftRow, string>;
  outbox: Table<OutboxRow, number>;
  sent: Table<SentRow, number>;
  requests: Table<RequestRow, string>;
  grievances: Table<GrievanceRow, string>;
  attachments: Table<AttachmentRow, string>;
  knownVersions: Table<KnownVersionRow, string>;
};

export const DEFAULT_DB_NAME = 'seva';

export interface OpenOptions {
  name?: string;
  /** Only for tests (fake-indexeddb); browsers use their own. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Declare only the first `upTo` schema versions: tests use it to write rows as an older build did. */
  upTo?: number;
}

/** Declares every schema version (with its upgrade) and returns the database; Dexie opens it on first use. */
export function openSevaDb(options: OpenOptions = {}): SevaDb {
  const { name = DEFAULT_DB_NAME, upTo, ...deps } = options;
  const db = new Dexie(name, deps.indexedDB && deps.IDBKeyRange ? deps : {}) as SevaDb;
  for (const step of SCHEMA_VERSIONS) {
    if (upTo !== undefined && step.version > upTo) break;
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
  return db;
}

/** Reads one typed setting. */
export async function getMeta<K extends MetaKey>(db: SevaDb, key: K): Promise<MetaValues[K] | undefined> {
  const row = await db.meta.get(key);
  return row?.value as MetaValues[K] | undefined;
}

/** Writes one typed setting. */
export async function setMeta<K extends MetaKey>(db: SevaDb, key: K, value: MetaValues[K]): Promise<void> {
  await db.meta.put({ key, value } as MetaRow);
}
