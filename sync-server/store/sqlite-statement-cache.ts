import type { Database as BetterSqliteDatabase, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Distinct SQL texts kept prepared; Seva's queries number in the dozens, batch inserts a few sizes each. */
const DEFAULT_CAPACITY = 512;

/**
 * The database as Kysely's SQLite dialect sees it, but reusing prepared statements: the
 * dialect prepares every query afresh, and compiling the same multi-row INSERT fifty times a
 * second was a measurable share of a sync push. Least recently used texts are dropped past
 * `capacity`. A statement still iterating (a streamed query) is never handed out twice.
 */
export function withStatementCache(database: BetterSqliteDatabase, capacity = DEFAULT_CAPACITY): SqliteDatabase {
  const statements = new Map<string, Statement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare(sql: string): Statement {
      const cached = statements.get(sql);
      if (cached && !cached.busy) {
        // Re-inserting moves it to the back: Map iteration order is the recency order.
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      if (!cached) {
        statements.set(sql, statement);
        if (statements.size > capacity) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
      }
      return statement;
    },
  };
}
