import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
  await withMigrationLock(dataDir, () => migrateToLatest(db, 'sqlite'));
  return new SqlStore('sqlite', db);
}

/** Longest a process waits for another one's migrations. */
const MIGRATION_WAIT_MS = 60_000;

/**
 * Runs migrations holding an exclusive lock on a small lock database beside `seva.db`: Kysely
 * takes no migration lock on SQLite, and two commands started at once on a fresh data
 * directory (two `npx seva token …`, or a token command beside `npm start`) would otherwise both
 * create the same tables. The second waits, then finds nothing left to do.
 */
async function withMigrationLock<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  if (dataDir === ':memory:') return work();
  // Within one thread the file lock would wait on itself: stores opening here take turns first.
  const key = resolve(dataDir);
  const before = migrating.get(key) ?? Promise.resolve();
  const turn = before.then(() => lockedAcrossProcesses(dataDir, work));
  const settled = turn.catch(() => undefined);
  migrating.set(key, settled);
  void settled.then(() => {
    if (migrating.get(key) === settled) migrating.delete(key);
  });
  return turn;
}

const migrating = new Map<string, Promise<unknown>>();

async function lockedAcrossProcesses<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  const lock = new BetterSqlite3(join(dataDir, 'migrations.lock'));
  try {
    lock.pragma(`busy_timeout = ${MIGRATION_WAIT_MS}`);
    lock.exec('begin exclusive');
    try {
      return await work();
    } finally {
      lock.exec('commit');
    }
  } finally {
    lock.close();
  }
}
