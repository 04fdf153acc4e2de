import type { Store } from './store';
import { openPostgresStore } from './postgres-store';
import { openSqliteStore } from './sqlite-store';
import type { WriteGate } from './sqlite-write-gate';

/** PostgreSQL when a URL is configured, the embedded SQLite database otherwise. */
export function openStore(settings: {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** For a thread other than the main one that writes the same SQLite database (see `WriteGate`). */
  sqliteWriteGate?: WriteGate;
}): Promise<Store> {
  return settings.databaseUrl
    ? openPostgresStore(settings.databaseUrl)
    : openSqliteStore(settings.dataDir, { writeGate: settings.sqliteWriteGate });
}
