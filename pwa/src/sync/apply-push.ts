import { restoreOutboxRow } from '../db/restore';
import type { OutboxRow } from '../db/rows';
import { getMeta, setMeta, type SevaDb } from '../db/seva-db';
import { selectBatch } from './batching';
import type { PushPlan } from './push-results';

/** How many acknowledged mutations the outbox screen keeps listing. */
export const SENT_LOG_LIMIT = 100;

/** Says what is wrong with a mutation that does not match the protocol, or undefined. */
export type MutationCheck = (mutation: unknown) => string | undefined;

/**
 * Picks the next batch and marks it as handed to the network, in one transaction: the page may
 * edit a queued row in place only while it has never been sent, so what is read here is exactly
 * what is sent. A row that fails `check` is marked and ends the batch (see `selectBatch`).
 */
export async function claimBatch(db: SevaDb, check: MutationCheck, now: Date): Promise<OutboxRow[]> {
  const since = now.toISOString();
  return db.transaction('rw', db.outbox, db.meta, async () => {
    const rows = (await db.outbox.orderBy('seq').toArray()).map(restoreOutboxRow);
    const batch = selectBatch(rows, await getMeta(db, 'resendFrom'));
    const claimed: OutboxRow[] = [];
    for (const row of batch) {
      const problem = check(row.mutation);
      if (problem !== undefined) {
        await db.outbox.update(row.seq, { state: { kind: 'rejected', reason: 'invalid_local', message: problem } });
        break;
      }
      const sending: OutboxRow = { ...row, state: { kind: 'sending', since }, attempts: row.attempts + 1 };
      await db.outbox.put(sending);
      claimed.push(sending);
    }
    return claimed;
  });
}

/** Writes a push plan in one transaction, so a crash leaves either all of it or none. */
export async function applyPushPlan(db: SevaDb, plan: PushPlan): Promise<void> {
  await db.transaction('rw', [db.outbox, db.sent, db.requests, db.meta], async () => {
    for (const sent of plan.acknowledged) {
      // SYNC-CLIENT-4: only an acknowledgement removes a mutation from the outbox.
      await db.outbox.delete(sent.seq);
      await db.sent.put(sent);
    }
    for (const { seq, state } of plan.marked) await db.outbox.update(seq, { state });
    for (const seq of plan.unanswered) await db.outbox.update(seq, { state: { kind: 'queued' } });
    for (const { requestId, version } of plan.knownVersions) {
      // Only the version is learnt here; the record itself changes only when a pull shows it.
      await db.requests
        .where('id')
        .equals(requestId)
        .modify((row) => {
          if (row.version < version) row.version = version;
        });
    }
    if (plan.resendFrom !== undefined) await setMeta(db, 'resendFrom', plan.resendFrom);
    else await db.meta.delete('resendFrom');
    const excess = (await db.sent.count()) - SENT_LOG_LIMIT;
    if (excess > 0) await db.sent.orderBy('seq').limit(excess).delete();
  });
}
