import { MutationSchema, SYNC_PROTOCOL_VERSION } from '../../../shared/sync/protocol';
import { restoreOutboxRow } from '../db/restore';
import type { Enrollment, OutboxRow } from '../db/rows';
import { getMeta } from '../db/seva-db';
import { applyPushPlan, claimBatch, type MutationCheck } from './apply-push';
import { canCloseGap } from './batching';
import type { EngineDeps, PhaseResult } from './engine-deps';
import { callJson } from './http';
import { planPushResults } from './push-results';
import { parsePushResponse } from './wire';

/** The protocol schema's verdict on a queued mutation (zod stays in the worker). */
const checkMutation: MutationCheck = (mutation) => {
  const parsed = MutationSchema.safeParse(mutation);
  return parsed.success ? undefined : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
};

async function loadOutbox(deps: EngineDeps): Promise<OutboxRow[]> {
  return (await deps.db.outbox.orderBy('seq').toArray()).map(restoreOutboxRow);
}

/**
 * Pushes every due outbox row in batches of at most 200, in seq order, until none is due
 * (SYNC-PUSH-1, SYNC-SEQ-1..3, SYNC-CLIENT-4). Returns how many rows were answered.
 */
export async function pushAll(
  deps: EngineDeps,
  enrollment: Enrollment,
  deviceId: string,
): Promise<PhaseResult<number>> {
  let answered = 0;
  let lastGap: number | undefined;
  const total = (await loadOutbox(deps)).filter((row) => row.state.kind === 'queued' || row.state.kind === 'sending');
  for (;;) {
    const resendFrom = await getMeta(deps.db, 'resendFrom');
    const batch = await claimBatch(deps.db, checkMutation, deps.now());
    if (batch.length === 0) return { ok: true, value: answered };
    const result = await callJson(deps.fetch, {
      method: 'POST',
      path: '/api/sync/push',
      token: enrollment.token,
      body: { protocol: SYNC_PROTOCOL_VERSION, deviceId, mutations: batch.map((row) => row.mutation) },
      parse: parsePushResponse,
    });
    if (!result.ok) {
      // Nothing is known about the batch: back to queued, sent again next time (SYNC-PUSH-2 dedupes).
      await applyPushPlan(deps.db, {
        acknowledged: [],
        marked: [],
        unanswered: batch.map((r) => r.seq),
        knownVersions: [],
        ...(resendFrom === undefined ? {} : { resendFrom }),
      });
      return result;
    }
    const plan = planPushResults(batch, result.value, deps.now().toISOString());
    await applyPushPlan(deps.db, plan);
    answered += plan.acknowledged.length + plan.marked.length;
    deps.emit({
      type: 'push-progress',
      sent: Math.min(answered, total.length),
      total: Math.max(total.length, answered),
    });
    if (plan.resendFrom !== undefined) {
      // SYNC-SEQ-2: resend from the seq the server expects — if the device still has it.
      const after = await loadOutbox(deps);
      if (!canCloseGap(after, plan.resendFrom) || lastGap === plan.resendFrom) {
        return {
          ok: false,
          failure: { kind: 'sequence_gap', detail: `the server expects seq ${plan.resendFrom}` },
        };
      }
      lastGap = plan.resendFrom;
    }
  }
}
