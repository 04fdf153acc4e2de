import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';
import { migrateToLatest } from './migrations';
import { SqlStore } from './sql-store';
import { withStatementCache } from './sqlite-statement-cache';
import { mainThreadWriteGate, type WriteGate } from './sqlite-write-gate';

/**
 * Opens (creating if needed) the embedded SQLite database `seva.db` under `dataDir`, or an
 * in-memory one for `:memory:`, and brings its schema up to date. Writes take turns through
 * `writeGate` with the process's other threads (by default: the main thread's gate).
 */
export async function openSqliteStore(
  dataDir: string,
  options: { writeGate?: WriteGate | undefined } = {},
): Promise<SqlStore> {
  const file = dataDir === ':memory:' ? ':memory:' : join(dataDir, 'seva.db');
  if (file !== ':memory:') mkdirSync(dataDir, { recursive: true });
  const database = new BetterSqlite3(file);
  // WAL lets readers run while a write commits; FULL sync keeps every acknowledged commit
  // through a power cut, which matters more here than the last bit of write speed.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({
      database: withStatementCache(database, undefined, options.writeGate ?? mainThreadWriteGate()),
    }),
  });
  await migrateToLatest(db, 'sqlite');
  return new SqlStore('sqlite', db);
}
