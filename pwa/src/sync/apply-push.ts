import { restoreOutboxRow } from '../db/restore';
import { SENT_LOG_LIMIT, type OutboxState } from '../db/rows';
import { getMeta, setMeta, type SevaDb } from '../db/seva-db';
import { settleInFlight } from './in-flight';
import { isSettled, type PushPlan } from './push-results';

/** Writing a push answer: one transaction per answer (see `applyPushPlan`). */

/**
 * Rows the server processed without applying (marked) or never reached (unanswered): their new
 * state, and one more push that carried them. A row the agent removed meanwhile stays removed.
 */
async function restate(db: SevaDb, plan: PushPlan): Promise<void> {
  const states = new Map<number, OutboxState>(plan.marked.map(({ seq, state }) => [seq, state]));
  for (const seq of plan.unanswered) states.set(seq, { kind: 'queued' });
  if (!states.size) return;
  const stored = await db.outbox.bulkGet([...states.keys()]);
  const rows = stored.flatMap((raw) => {
    if (!raw) return [];
    const row = restoreOutboxRow(raw);
    const state = states.get(row.seq) ?? row.state;
    return [{ ...row, state, attempts: row.attempts + 1 }];
  });
  if (rows.length) await db.outbox.bulkPut(rows);
}

/**
 * Keeps the versions the answer reported, never lowering one already known. Versions of 1 say
 * nothing new: an amend names at least 1 anyway (`baseVersionOf`), so creations cost nothing.
 */
async function learnVersions(db: SevaDb, known: PushPlan['knownVersions']): Promise<void> {
  const learnt = new Map<string, number>();
  for (const { requestId, version } of known) {
    if (version > 1) learnt.set(requestId, Math.max(version, learnt.get(requestId) ?? 0));
  }
  if (!learnt.size) return;
  const stored = await db.knownVersions.bulkGet([...learnt.keys()]);
  await db.knownVersions.bulkPut(
    [...learnt].map(([id, version], i) => ({ id, version: Math.max(version, stored[i]?.version ?? 0) })),
  );
}

/**
 * Deletes rows by seq with one range delete per run of consecutive seqs: seqs are integers, so
 * the range `a..b` of a run holds exactly the run's rows, and one request replaces hundreds.
 */
export async function deleteSeqs(db: SevaDb, seqs: readonly number[]): Promise<void> {
  const sorted = [...seqs].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j += 1;
    await db.outbox.where('seq').between(sorted[i], sorted[j], true, true).delete();
    i = j + 1;
  }
}

/** Lists the acknowledged mutations, keeping only the newest {@link SENT_LOG_LIMIT}. */
async function logSent(db: SevaDb, acknowledged: PushPlan['acknowledged']): Promise<void> {
  if (!acknowledged.length) return;
  // Older entries than these would be trimmed in this same transaction: never write them.
  const newest = [...acknowledged].sort((a, b) => a.seq - b.seq).slice(-SENT_LOG_LIMIT);
  await db.sent.bulkPut(newest);
  const logged = await db.sent.orderBy('seq').primaryKeys();
  const oldestKept = logged[logged.length - SENT_LOG_LIMIT];
  if (oldestKept !== undefined) await db.sent.where('seq').below(oldestKept).delete();
}

/**
 * Writes a push plan in one transaction, so a crash leaves either all of it or none. A settled
 * batch releases its part of the in-flight marker; any other answer releases all of it, so the
 * caller must have dropped whatever it had claimed behind this batch.
 */
export async function applyPushPlan(db: SevaDb, plan: PushPlan): Promise<void> {
  await db.transaction('rw', [db.outbox, db.sent, db.knownVersions, db.meta], async () => {
    // SYNC-CLIENT-4: only an acknowledgement removes a mutation from the outbox.
    const acknowledged = plan.acknowledged.map((sent) => sent.seq);
    await deleteSeqs(db, acknowledged);
    await logSent(db, plan.acknowledged);
    await restate(db, plan);
    await learnVersions(db, plan.knownVersions);

    const [resendFrom, flight] = [await getMeta(db, 'resendFrom'), await getMeta(db, 'inFlight')];
    if (plan.resendFrom !== undefined) await setMeta(db, 'resendFrom', plan.resendFrom);
    else if (resendFrom !== undefined) await db.meta.delete('resendFrom');

    const through = Math.max(0, ...plan.acknowledged.map((s) => s.seq), ...plan.marked.map((m) => m.seq));
    const remaining = isSettled(plan) ? settleInFlight(flight, through) : undefined;
    if (remaining) await setMeta(db, 'inFlight', remaining);
    else if (flight) await db.meta.delete('inFlight');
  });
}
