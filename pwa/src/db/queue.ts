import type { Mutation } from '../../../shared/sync/protocol';
import type { OutboxRow } from './rows';
import { getMeta, setMeta, type SevaDb } from './seva-db';

/**
 * Queueing a mutation. Call these inside a read-write transaction over `meta`, `outbox` and
 * `sent`, together with the other writes of the same user action, so the seq is assigned in the
 * same IndexedDB transaction that stores the mutation (SYNC-SEQ-1).
 */

/** The next gap-free seq; never below a seq already used, even if the counter row was lost. */
export async function allocateSeq(db: SevaDb): Promise<number> {
  const counter = (await getMeta(db, 'nextSeq')) ?? 1;
  const lastQueued = (await db.outbox.orderBy('seq').last())?.seq ?? 0;
  const lastSent = (await db.sent.orderBy('seq').last())?.seq ?? 0;
  const seq = Math.max(counter, lastQueued + 1, lastSent + 1);
  await setMeta(db, 'nextSeq', seq + 1);
  return seq;
}

/** Mutation without its seq: the queue assigns that. */
export type UnnumberedMutation = Mutation extends infer M ? (M extends Mutation ? Omit<M, 'seq'> : never) : never;

/** Numbers `mutation` and adds it to the outbox as queued; returns the stored row. */
export async function enqueue(db: SevaDb, mutation: UnnumberedMutation, now: Date): Promise<OutboxRow> {
  const seq = await allocateSeq(db);
  const numbered = { ...mutation, seq } as Mutation;
  const row: OutboxRow = {
    seq,
    mutationId: numbered.mutationId,
    requestId: numbered.requestId,
    type: numbered.type,
    mutation: numbered,
    state: { kind: 'queued' },
    attempts: 0,
    createdAt: now.toISOString(),
  };
  await db.outbox.add(row);
  return row;
}

/** The tables a queueing transaction must cover. */
export function queueTables(db: SevaDb) {
  return [db.meta, db.outbox, db.sent] as const;
}
