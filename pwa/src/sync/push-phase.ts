import type { Enrollment } from '../db/rows';
import { getMeta } from '../db/seva-db';
import { applyPushPlan } from './apply-push';
import type { EngineDeps, PhaseResult } from './engine-deps';
import { post, prepare, unsent } from './push-batch';
import { isSettled, planPushResults, type PushPlan } from './push-results';

const SENDABLE = ['queued', 'sending'] as const;

/**
 * Whether any row may be due (see `isDue`): a resend point, or the first key of a sendable state
 * in the state index. When none is, the push is over before it claims anything — a claim writes,
 * and would wait for every read the page has open.
 */
async function anyDue(deps: EngineDeps): Promise<boolean> {
  if ((await getMeta(deps.db, 'resendFrom')) !== undefined) return true;
  for (const kind of SENDABLE) {
    if ((await deps.db.outbox.where('state.kind').equals(kind).limit(1).primaryKeys()).length) return true;
  }
  return false;
}

/** How many rows wait to be sent (for progress only): one index count per state, done by the database. */
async function countSendable(deps: EngineDeps): Promise<number> {
  let total = 0;
  for (const kind of SENDABLE) total += await deps.db.outbox.where('state.kind').equals(kind).count();
  return total;
}

/**
 * Pushes every due outbox row in batches of at most 200, in seq order, until none is due
 * (SYNC-PUSH-1, SYNC-SEQ-1..3, SYNC-CLIENT-4). Returns how many rows were answered.
 *
 * Strictly one push is on the wire at a time, and a batch goes only after the answer to the one
 * before settled every row of it. The local work overlaps the wire instead: while a batch is in
 * flight the next one is claimed, serialised and compressed, and the answer to the previous one
 * is written. Storage commits stay in batch order. A worker that dies in between leaves the
 * in-flight marker over both batches, and they are sent again (SYNC-PUSH-2 answers duplicates).
 */
export async function pushAll(
  deps: EngineDeps,
  enrollment: Enrollment,
  deviceId: string,
): Promise<PhaseResult<number>> {
  if (!(await anyDue(deps))) return { ok: true, value: 0 };
  // Counted once the first batch is on its way: the total only feeds the progress shown.
  let counting: Promise<number | undefined> | undefined;
  let answered = 0;
  let lastGap: number | undefined;
  let writing: Promise<void> = Promise.resolve();
  const write = async (plan: PushPlan): Promise<void> => {
    await applyPushPlan(deps.db, plan);
    answered += plan.acknowledged.length + plan.marked.length;
    const total = (await counting) ?? answered;
    deps.emit({ type: 'push-progress', sent: Math.min(answered, total), total: Math.max(total, answered) });
  };

  // A settled answer waits here until the next batch is on the wire and the one behind it is
  // being claimed: IndexedDB runs transactions in the order they were made, and the claim is on
  // the way to the next request while the write is not.
  let unwritten: PushPlan | undefined;
  const writeLater = (): void => {
    if (!unwritten) return;
    const plan = unwritten;
    unwritten = undefined;
    writing = writing.then(() => write(plan));
    // A failed write surfaces where `writing` is awaited; this only keeps it from being reported twice.
    writing.catch(() => undefined);
  };

  let next = await prepare(deps, deviceId);
  while (next) {
    const current = next;
    const sending = post(deps, enrollment, current);
    // Under a resend point the next batch depends on this answer; otherwise it is prepared now.
    const pipelined = current.resendFrom === undefined;
    const preparing = pipelined ? prepare(deps, deviceId, current.lastSeq) : Promise.resolve(undefined);
    counting ??= countSendable(deps).catch(() => undefined);
    writeLater();
    const result = await sending;
    const plan = result.ok ? planPushResults(current.rows, result.value, deps.now().toISOString()) : unsent(current);

    if (pipelined && isSettled(plan)) {
      unwritten = plan;
      next = await preparing;
      continue;
    }
    // A prepared batch assumed this one would settle: it is dropped (writing this answer releases
    // the whole marker), and the next batch is read afresh.
    await Promise.all([writing, preparing]);
    await write(plan);
    if (!result.ok) return result;
    if (plan.resendFrom !== undefined) {
      // SYNC-SEQ-2: resend from the seq the server expects — if the device still has it.
      if (!(await deps.db.outbox.get(plan.resendFrom)) || lastGap === plan.resendFrom) {
        return { ok: false, failure: { kind: 'sequence_gap', detail: `the server expects seq ${plan.resendFrom}` } };
      }
      lastGap = plan.resendFrom;
    }
    next = await prepare(deps, deviceId);
  }
  writeLater();
  await writing;
  return { ok: true, value: answered };
}
