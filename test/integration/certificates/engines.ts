import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openPostgresStore } from '../../../sync-server/store/postgres-store';
import { openSqliteStore } from '../../../sync-server/store/sqlite-store';
import type { Store } from '../../../sync-server/store/store';
import { createScratchDatabase } from '../../helpers/embedded-postgres';

/** A fresh, empty database, and a way to open it again as a second server process would. */
export interface FreshDatabase {
  store: Store;
  openAnother(): Promise<Store>;
}

/** Both engines, each test getting a fresh database: SQLite on disk, PostgreSQL a scratch database. */
export const ENGINES: { name: string; fresh(): Promise<FreshDatabase> }[] = [
  {
    name: 'SQLite',
    async fresh() {
      const dir = mkdtempSync(join(tmpdir(), 'seva-cert-db-'));
      return { store: await openSqliteStore(dir), openAnother: () => openSqliteStore(dir) };
    },
  },
  {
    name: 'PostgreSQL',
    async fresh() {
      const url = await createScratchDatabase(inject('postgresUrl'));
      return { store: await openPostgresStore(url), openAnother: () => openPostgresStore(url) };
    },
  },
];
