import type { Mutation } from '../../../shared/sync/protocol';
import { isInFlight } from './outbox-state';
import type { OutboxRow, RequestRow } from './rows';
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

/**
 * Whether the page may still change `row` in place rather than queue another mutation: only
 * while the server cannot have seen it — never carried by a push, and not claimed by the one
 * under way (what the worker read is exactly what it sends). Call inside a transaction over
 * `meta` and `outbox`.
 */
export async function mayEditInPlace(db: SevaDb, row: OutboxRow): Promise<boolean> {
  if (row.attempts !== 0 || row.state.kind !== 'queued') return false;
  return !isInFlight(row, await getMeta(db, 'inFlight'));
}

/**
 * The version a new mutation about `request` names as its base: the larger of what a pull last
 * showed and what a push answer reported since, and 1 for a filing the server has not shown yet.
 * Call inside a transaction over `knownVersions`.
 */
export async function baseVersionOf(db: SevaDb, request: RequestRow): Promise<number> {
  const known = await db.knownVersions.get(request.id);
  return Math.max(1, request.version, known?.version ?? 0);
}
