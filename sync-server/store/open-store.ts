import type { Store } from './store';
import { openPostgresStore } from './postgres-store';
import { openSqliteStore } from './sqlite-store';

/** PostgreSQL when a URL is configured, the embedded SQLite database otherwise. */
export function openStore(settings: { databaseUrl?: string | undefined; dataDir: string }): Promise<Store> {
  return settings.databaseUrl ? openPostgresStore(settings.databaseUrl) : openSqliteStore(settings.dataDir);
}
