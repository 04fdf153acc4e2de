import { CompiledQuery, type Kysely } from 'kysely';
import type { Engine } from '../migrations';
import type { Database } from '../schema';

/**
 * A multi-row INSERT for the hot write paths (a sync push writes 600 rows per batch). Kysely's
 * builder parses and compiles every value of every row — for 200 rows of 13 columns that cost
 * more than SQLite's own work — so these few statements are written as SQL text once per row
 * count and take their values as one flat parameter list. Table and column names come from the
 * typed schema, never from input.
 */
export async function insertRows<T extends keyof Database & string, C extends keyof Database[T] & string>(
  db: Kysely<Database>,
  engine: Engine,
  statement: { table: T; columns: readonly C[]; onConflictDoNothing?: boolean; returning?: C },
  rows: readonly Pick<Database[T], C>[],
): Promise<Array<Record<C, unknown>>> {
  if (rows.length === 0) return [];
  const text = insertText(engine, statement, rows.length);
  const parameters: unknown[] = [];
  for (const row of rows) for (const column of statement.columns) parameters.push(row[column]);
  const result = await db.executeQuery<Record<C, unknown>>(CompiledQuery.raw(text, parameters));
  return result.rows;
}

const texts = new Map<string, string>();

function insertText(
  engine: Engine,
  statement: { table: string; columns: readonly string[]; onConflictDoNothing?: boolean; returning?: string },
  rowCount: number,
): string {
  const key = `${engine}|${statement.table}|${statement.columns.join(',')}|${statement.onConflictDoNothing === true}|${statement.returning ?? ''}|${rowCount}`;
  const cached = texts.get(key);
  if (cached !== undefined) return cached;
  const width = statement.columns.length;
  const tuples: string[] = [];
  for (let row = 0; row < rowCount; row++) {
    const marks: string[] = [];
    for (let column = 1; column <= width; column++) {
      marks.push(engine === 'postgres' ? `$${row * width + column}` : '?');
    }
    tuples.push(`(${marks.join(', ')})`);
  }
  const text =
    `insert into "${statement.table}" (${statement.columns.map((c) => `"${c}"`).join(', ')}) values ${tuples.join(', ')}` +
    (statement.onConflictDoNothing ? ' on conflict do nothing' : '') +
    (statement.returning ? ` returning "${statement.returning}"` : '');
  texts.set(key, text);
  return text;
}
