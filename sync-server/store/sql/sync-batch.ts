import type { Transaction } from 'kysely';
import type { Engine } from '../migrations';
import type { Database } from '../schema';
import type { SyncBatch, SyncWrite } from '../store';
import { appendChanges, INSERT_CHUNK } from './change-log';
import { insertRows } from './bulk-insert';
import {
  grievanceChange,
  REQUEST_COLUMNS,
  requestChange,
  toGrievanceRow,
  toRequestRow,
  type PendingChange,
} from './rows';

/** Thrown inside the transaction to roll it back when the batch was computed from stale state. */
export class StaleBatchError extends Error {
  override readonly name = 'StaleBatchError';
}

/**
 * Writes one push (SYNC-PUSH-4): the device's seq, the record writes and the stored results,
 * with the change log appended last. Throws StaleBatchError when anything it was computed
 * from has moved, which rolls the whole transaction back.
 */
export async function writeSyncBatch(trx: Transaction<Database>, engine: Engine, batch: SyncBatch): Promise<void> {
  await advanceDevice(trx, batch);
  const changes: PendingChange[] = [];
  // Consecutive new requests go in multi-row inserts; everything else row by row, in order.
  let pendingInserts: SyncWrite[] = [];
  const flushInserts = async () => {
    if (pendingInserts.length > 0) await insertRequests(trx, engine, pendingInserts, changes);
    pendingInserts = [];
  };
  for (const write of batch.writes) {
    if (write.kind === 'insert_request') {
      pendingInserts.push(write);
      continue;
    }
    await flushInserts();
    if (write.kind === 'update_request') await updateRequest(trx, write, changes);
    else await insertGrievance(trx, write, changes);
  }
  await flushInserts();
  for (let i = 0; i < batch.results.length; i += INSERT_CHUNK) {
    await insertRows(
      trx,
      engine,
      { table: 'device_mutations', columns: ['device_id', 'mutation_id', 'seq', 'result', 'created_at'] },
      batch.results.slice(i, i + INSERT_CHUNK).map((r) => ({
        device_id: batch.deviceId,
        mutation_id: r.mutationId,
        seq: r.seq,
        result: JSON.stringify(r.result),
        created_at: batch.at,
      })),
    );
  }
  await appendChanges(trx, engine, changes, batch.at);
}

async function advanceDevice(trx: Transaction<Database>, batch: SyncBatch): Promise<void> {
  if (batch.expectedLastSeq === null) {
    const inserted = await trx
      .insertInto('devices')
      .values({
        device_id: batch.deviceId,
        token_id: batch.tokenId,
        last_seq: batch.lastSeq,
        created_at: batch.at,
        updated_at: batch.at,
      })
      .onConflict((conflict) => conflict.doNothing())
      .returning('device_id')
      .execute();
    if (inserted.length !== 1) throw new StaleBatchError('the device pushed concurrently');
    return;
  }
  const result = await trx
    .updateTable('devices')
    .set({ last_seq: batch.lastSeq, updated_at: batch.at })
    .where('device_id', '=', batch.deviceId)
    .where('token_id', '=', batch.tokenId)
    .where('last_seq', '=', batch.expectedLastSeq)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new StaleBatchError('the device pushed concurrently');
}

async function insertRequests(
  trx: Transaction<Database>,
  engine: Engine,
  writes: SyncWrite[],
  changes: PendingChange[],
): Promise<void> {
  for (let i = 0; i < writes.length; i += INSERT_CHUNK) {
    const chunk = writes.slice(i, i + INSERT_CHUNK).flatMap((w) => (w.kind === 'insert_request' ? [w.request] : []));
    const json = chunk.map((request) => JSON.stringify(request));
    const inserted = await insertRows(
      trx,
      engine,
      { table: 'requests', columns: REQUEST_COLUMNS, onConflictDoNothing: true, returning: 'id' },
      chunk.map((request, index) => toRequestRow(request, json[index])),
    );
    if (inserted.length !== chunk.length) throw new StaleBatchError('a new request id or reference is taken');
    chunk.forEach((request, index) => changes.push(requestChange(request, json[index])));
  }
}

async function updateRequest(
  trx: Transaction<Database>,
  write: Extract<SyncWrite, { kind: 'update_request' }>,
  changes: PendingChange[],
): Promise<void> {
  const json = JSON.stringify(write.request);
  const { id: _id, reference: _reference, created_at: _createdAt, ...changed } = toRequestRow(write.request, json);
  const result = await trx
    .updateTable('requests')
    .set(changed)
    .where('id', '=', write.request.id)
    .where('version', '=', write.expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new StaleBatchError(`request ${write.request.id} changed`);
  changes.push(requestChange(write.request, json));
}

async function insertGrievance(
  trx: Transaction<Database>,
  write: Extract<SyncWrite, { kind: 'insert_grievance' }>,
  changes: PendingChange[],
): Promise<void> {
  const json = JSON.stringify(write.grievance);
  const inserted = await trx
    .insertInto('grievances')
    .values(toGrievanceRow(write.grievance, json))
    .onConflict((conflict) => conflict.doNothing())
    .returning('id')
    .execute();
  if (inserted.length !== 1) throw new StaleBatchError('a new grievance id or reference is taken');
  changes.push(grievanceChange(write.grievance, json));
}
