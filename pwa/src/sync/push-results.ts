import type { MutationResult, PushResponse } from '../../../shared/sync/protocol';
import type { OutboxRow, OutboxState, SentRow } from '../db/rows';

/**
 * What a push answer means for the outbox, worked out without touching storage so every case
 * can be tested directly. `apply-push.ts` writes the plan in one transaction.
 */
export interface PushPlan {
  /** SYNC-CLIENT-4: acknowledged (applied, or a duplicate of an applied one): delete from the outbox. */
  acknowledged: SentRow[];
  /** Processed but not applied: keep, marked for the agent. */
  marked: Array<{ seq: number; state: OutboxState }>;
  /** Sent but not processed (after a gap, or missing from the answer): send again. */
  unanswered: number[];
  /** Versions the server reported, so the next amend names the right base version. */
  knownVersions: Array<{ requestId: string; version: number }>;
  /** SYNC-SEQ-2: the server stopped at a gap and expects this seq next. */
  resendFrom?: number;
}

type Outcome =
  { kind: 'ack'; version: number; merged: boolean; recordId: string } | { kind: 'mark'; state: OutboxState };

function outcomeOf(result: MutationResult): Outcome {
  switch (result.status) {
    case 'applied':
      return { kind: 'ack', version: result.version, merged: result.merged ?? false, recordId: result.recordId };
    case 'rejected':
      return { kind: 'mark', state: { kind: 'rejected', reason: result.reason, message: result.message } };
    case 'conflict':
      return {
        kind: 'mark',
        state: { kind: 'conflict', server: result.server, fields: result.fields, message: result.message },
      };
    default: {
      const unhandled: never = result;
      throw new TypeError(`unhandled push result ${JSON.stringify(unhandled)}`);
    }
  }
}

/**
 * Whether the answer settles every row of its batch (acknowledged or marked), so the batch
 * claimed behind it may follow as prepared. Anything else — rows left unanswered, a gap — means
 * starting the next batch afresh from storage.
 */
export function isSettled(plan: PushPlan): boolean {
  return plan.unanswered.length === 0 && plan.resendFrom === undefined;
}

/** Reads `response` for the rows of `batch`, acknowledged at `ackAt` (ISO time). */
export function planPushResults(batch: readonly OutboxRow[], response: PushResponse, ackAt: string): PushPlan {
  const results = new Map(response.results.map((result) => [result.mutationId, result]));
  const plan: PushPlan = { acknowledged: [], marked: [], unanswered: [], knownVersions: [] };
  for (const row of batch) {
    const result = results.get(row.mutationId);
    if (!result) {
      plan.unanswered.push(row.seq);
      continue;
    }
    // SYNC-PUSH-2: a replay carries the original answer; the row is treated by what that said.
    const outcome = outcomeOf(result.status === 'duplicate' ? result.original : result);
    if (outcome.kind === 'mark') {
      plan.marked.push({ seq: row.seq, state: outcome.state });
      continue;
    }
    plan.acknowledged.push({
      seq: row.seq,
      mutationId: row.mutationId,
      requestId: row.requestId,
      type: row.type,
      version: outcome.version,
      merged: outcome.merged,
      ackAt,
    });
    plan.knownVersions.push({ requestId: outcome.recordId, version: outcome.version });
  }
  if (response.stoppedAt) plan.resendFrom = response.stoppedAt.expectedSeq;
  return plan;
}
