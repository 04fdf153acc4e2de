import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './sqlite-statement-cache';

describe('withStatementCache', () => {
  const database = new BetterSqlite3(':memory:');
  database.exec('create table t (n integer)');
  database.exec('insert into t values (1), (2), (3)');

  it('hands out the same prepared statement for the same SQL', () => {
    const cached = withStatementCache(database);
    const first = cached.prepare('select n from t');
    expect(cached.prepare('select n from t')).toBe(first);
    expect(cached.prepare('select n from t where n > 1')).not.toBe(first);
  });

  it('prepares a fresh statement while the cached one is still iterating', () => {
    const cached = withStatementCache(database);
    const streaming = cached.prepare('select n from t');
    const rows = streaming.iterate([]);
    rows.next();
    const other = cached.prepare('select n from t');
    expect(other).not.toBe(streaming);
    expect(other.all([])).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    rows.return?.();
    // Once the iteration ended, the cached statement is free again.
    expect(cached.prepare('select n from t')).toBe(streaming);
  });

  it('forgets the least recently used SQL beyond its capacity', () => {
    const cached = withStatementCache(database, 2);
    const a = cached.prepare('select 1');
    const b = cached.prepare('select 2');
    expect(cached.prepare('select 1')).toBe(a); // now "select 2" is the oldest
    cached.prepare('select 3');
    expect(cached.prepare('select 1')).toBe(a);
    expect(cached.prepare('select 2')).not.toBe(b);
  });
});
