import type { Database as BetterSqliteDatabase, Statement } from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';
import type { WriteGate } from './sqlite-write-gate';

/** Distinct SQL texts kept prepared; Seva's queries number in the dozens, batch inserts a few sizes each. */
const DEFAULT_CAPACITY = 512;

interface Cached {
  statement: Statement;
  /** What Kysely is handed: the statement itself, or for a write through a gate, a wrapper. */
  handed: SqliteStatement;
}

/**
 * The database as Kysely's SQLite dialect sees it, but reusing prepared statements: the
 * dialect prepares every query afresh, and compiling the same multi-row INSERT fifty times a
 * second was a measurable share of a sync push. Least recently used texts are dropped past
 * `capacity`. A statement still iterating (a streamed query) is never handed out twice.
 *
 * With a `gate`, every write takes a turn through it (see `WriteGate`): a transaction from its
 * `begin` to its `commit` or `rollback`, a write outside a transaction for its own run.
 */
export function withStatementCache(
  database: BetterSqliteDatabase,
  capacity = DEFAULT_CAPACITY,
  gate?: WriteGate,
): SqliteDatabase {
  const statements = new Map<string, Cached>();
  const run = gate ? gatedRun(database, gate) : undefined;
  const hand = (statement: Statement): SqliteStatement =>
    run && !statement.reader
      ? {
          reader: false,
          all: (parameters) => statement.all(parameters),
          iterate: (parameters) => statement.iterate(parameters),
          run: (parameters) => run(statement, parameters),
        }
      : statement;
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare(sql: string): SqliteStatement {
      const cached = statements.get(sql);
      if (cached && !cached.statement.busy) {
        // Re-inserting moves it to the back: Map iteration order is the recency order.
        statements.delete(sql);
        statements.set(sql, cached);
        return cached.handed;
      }
      const statement = database.prepare(sql);
      const handed = hand(statement);
      if (!cached) {
        statements.set(sql, { statement, handed });
        if (statements.size > capacity) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
      }
      return handed;
    },
  };
}

/** Runs writes through `gate`: held from `begin` until the transaction is over, or around one autocommit write. */
function gatedRun(database: BetterSqliteDatabase, gate: WriteGate) {
  let holding = false;
  return (statement: Statement, parameters: readonly unknown[]) => {
    if (holding) {
      try {
        return statement.run(parameters);
      } finally {
        if (!database.inTransaction) {
          holding = false;
          gate.leave();
        }
      }
    }
    if (database.inTransaction) return statement.run(parameters);
    gate.enter();
    try {
      const result = statement.run(parameters);
      // A `begin` keeps the turn until its transaction ends.
      if (database.inTransaction) holding = true;
      return result;
    } finally {
      if (!holding) gate.leave();
    }
  };
}
