import { sql, type RawBuilder, type SqlBool, type Transaction } from 'kysely';
import type { Engine } from '../migrations';
import type { Database } from '../schema';
import type { Scope } from '../store';
import { insertRows } from './bulk-insert';
import type { PendingChange } from './rows';

/** Arbitrary constant naming the PostgreSQL advisory lock that orders change-log appends. */
const CHANGE_LOG_LOCK = 7_301_115;
/** Rows per multi-row INSERT: well under both engines' bound-parameter limits. */
export const INSERT_CHUNK = 400;

/**
 * PostgreSQL hands out identity values at insert time, not commit time, so two writers
 * could commit seq 11 before seq 10 and a reader between the commits would skip 10
 * forever. Holding one transaction-scoped lock from the append to commit makes seq order
 * equal commit order. Appends come last in every transaction, so the lock is held only
 * briefly and never while waiting for a row lock. SQLite has a single writer already.
 */
export async function lockChangeLog(trx: Transaction<Database>, engine: Engine): Promise<void> {
  if (engine === 'postgres') await sql`select pg_advisory_xact_lock(${CHANGE_LOG_LOCK})`.execute(trx);
}

/** Appends changes in order; call it last in the transaction. */
export async function appendChanges(
  trx: Transaction<Database>,
  engine: Engine,
  changes: readonly PendingChange[],
  committedAt: string,
): Promise<void> {
  if (changes.length === 0) return;
  await lockChangeLog(trx, engine);
  for (let i = 0; i < changes.length; i += INSERT_CHUNK) {
    await insertRows(
      trx,
      engine,
      { table: 'change_log', columns: CHANGE_LOG_COLUMNS },
      changes.slice(i, i + INSERT_CHUNK).map((change) => ({
        entity: change.entity,
        entity_id: change.entityId,
        version: change.version,
        department_code: change.departmentCode,
        district_code: change.districtCode,
        secretariat_code: change.secretariatCode,
        committed_at: committedAt,
        data: change.json,
      })),
    );
  }
}

const CHANGE_LOG_COLUMNS = [
  'entity',
  'entity_id',
  'version',
  'department_code',
  'district_code',
  'secretariat_code',
  'committed_at',
  'data',
] as const;

/** The rows a scope may see; `requests`, `grievances` and `change_log` all carry these columns. */
export function inScope(scope: Scope): RawBuilder<SqlBool> {
  switch (scope.kind) {
    case 'all':
      return sql<SqlBool>`1 = 1`;
    case 'secretariat':
      return sql<SqlBool>`secretariat_code = ${scope.secretariatCode}`;
    case 'desk':
      return sql<SqlBool>`department_code = ${scope.departmentCode} and district_code = ${scope.districtCode}`;
  }
}
