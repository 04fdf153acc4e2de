import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from './schema';
import { migrateToLatest } from './migrations';
import { SqlStore } from './sql-store';

const INT8_OID = 20;

/**
 * Connects to PostgreSQL at `databaseUrl` and brings its schema up to date. Migrations
 * take a lock, so many server processes may start at once.
 */
export async function openPostgresStore(
  databaseUrl: string,
  options: { maxConnections?: number } = {},
): Promise<SqlStore> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.maxConnections ?? 10,
    // Change-log sequence numbers are bigint; they stay far below 2^53, so plain numbers are safe.
    types: {
      getTypeParser: (oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format),
    },
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateToLatest(db, 'postgres');
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new SqlStore('postgres', db);
}
