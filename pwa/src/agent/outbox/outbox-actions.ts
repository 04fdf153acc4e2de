import { newUuidV7 } from '../../../../shared/ids';
import type { DraftValue, OutboxRow } from '../../db/rows';
import { enqueue, queueTables } from '../../db/queue';
import type { SevaDb } from '../../db/seva-db';

/**
 * What the agent can do with an outbox item the server did not apply (SYNC-CLIENT-4: such items
 * stay until the agent decides). Each is one transaction.
 */

function conflictOf(row: OutboxRow) {
  if (row.state.kind !== 'conflict') throw new Error(`outbox item ${row.seq} is not in conflict`);
  return row.state;
}

/** The answers a mutation sets, if it sets any. */
export function answersOf(row: OutboxRow): Record<string, unknown> {
  const { mutation } = row;
  switch (mutation.type) {
    case 'create_request':
      return mutation.args.applicant;
    case 'amend_request':
    case 'respond_needs_info':
      return mutation.args.fields;
    case 'withdraw_request':
    case 'create_grievance':
      return {};
    default: {
      const unhandled: never = mutation;
      throw new TypeError(`unhandled mutation ${JSON.stringify(unhandled)}`);
    }
  }
}

/** SYNC-CONFLICT-2, "keep the server's copy": drop my change; the next pull shows the office's record. */
export async function keepServerCopy(db: SevaDb, seq: number): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const row = await db.outbox.get(seq);
    if (row) conflictOf(row);
    await db.outbox.delete(seq);
  });
}

/**
 * SYNC-CONFLICT-2, "amend again from it": my changed answers, queued as a new amend whose base
 * is the server's version, so they apply on top of the office's changes.
 */
export async function reapplyMine(db: SevaDb, seq: number, now: Date): Promise<void> {
  await db.transaction('rw', [...queueTables(db)], async () => {
    const row = await db.outbox.get(seq);
    if (!row) return;
    const conflict = conflictOf(row);
    const serverVersion = typeof conflict.server.version === 'number' ? conflict.server.version : 0;
    await db.outbox.delete(seq);
    await enqueue(
      db,
      {
        mutationId: newUuidV7(),
        requestId: row.requestId,
        type: 'amend_request',
        baseVersion: serverVersion,
        args: { fields: answersOf(row) },
      },
      now,
    );
  });
}

/** Removes a refused item. A refused new application never existed on the server, so its local copy goes too. */
export async function dismissItem(db: SevaDb, seq: number): Promise<void> {
  await db.transaction('rw', [db.outbox, db.requests], async () => {
    const row = await db.outbox.get(seq);
    if (!row) return;
    await db.outbox.delete(seq);
    if (row.type === 'create_request') {
      const local = await db.requests.get(row.requestId);
      if (local?.source === 'optimistic') await db.requests.delete(row.requestId);
    }
  });
}

/**
 * Opens a refused application again as a draft with the same request id: the citizen keeps the
 * reference number, and filing it replaces the refused item (see `fileRequest`).
 */
export async function refileAsDraft(
  db: SevaDb,
  row: OutboxRow,
  toDraft: (answers: Record<string, unknown>) => Record<string, DraftValue>,
  now: Date,
): Promise<string | undefined> {
  if (row.mutation.type !== 'create_request') return undefined;
  const id = newUuidV7();
  const at = now.toISOString();
  await db.drafts.put({
    id,
    serviceId: row.mutation.args.serviceId,
    serviceRev: row.mutation.args.serviceRev,
    answers: toDraft(row.mutation.args.applicant),
    requestId: row.requestId,
    createdAt: at,
    updatedAt: at,
  });
  return id;
}
