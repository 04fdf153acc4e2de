import { MutationSchema, SYNC_PROTOCOL_VERSION, type PushResponse } from '../../../shared/sync/protocol';
import type { Enrollment, OutboxRow } from '../db/rows';
import { claimBatch, type MutationCheck } from './claim-batch';
import type { EngineDeps } from './engine-deps';
import { callJson, encodeJson, type EncodedBody, type HttpResult } from './http';
import type { PushPlan } from './push-results';
import { parsePushResponse } from './wire';

/** One push batch: claimed and encoded ahead of its turn, then sent (see `pushAll`). */

/** The protocol schema's verdict on a queued mutation (zod stays in the worker). */
const checkMutation: MutationCheck = (mutation) => {
  const parsed = MutationSchema.safeParse(mutation);
  return parsed.success ? undefined : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
};

/** A claimed batch, serialised and compressed, ready to go on the wire. */
export interface Outgoing {
  rows: OutboxRow[];
  /** The seq the batch ends at: the one behind it is claimed from the next seq on. */
  lastSeq: number;
  resendFrom: number | undefined;
  encoded: EncodedBody;
}

/** Claims the next batch (behind `afterSeq` when given) and encodes it; undefined when nothing is due. */
export async function prepare(deps: EngineDeps, deviceId: string, afterSeq?: number): Promise<Outgoing | undefined> {
  const claim = await claimBatch(deps.db, checkMutation, deps.now(), afterSeq);
  const last = claim.rows.at(-1);
  if (!last) return undefined;
  const body = { protocol: SYNC_PROTOCOL_VERSION, deviceId, mutations: claim.rows.map((row) => row.mutation) };
  return { rows: claim.rows, lastSeq: last.seq, resendFrom: claim.resendFrom, encoded: await encodeJson(body) };
}

/** Sends a batch; never throws (see `callJson`). */
export function post(deps: EngineDeps, enrollment: Enrollment, batch: Outgoing): Promise<HttpResult<PushResponse>> {
  return callJson(deps.fetch, {
    method: 'POST',
    path: '/api/sync/push',
    token: enrollment.token,
    encoded: batch.encoded,
    parse: parsePushResponse,
  });
}

/** Nothing is known about a batch whose push failed: back to queued, sent again next time (SYNC-PUSH-2 dedupes). */
export function unsent(batch: Outgoing): PushPlan {
  return {
    acknowledged: [],
    marked: [],
    unanswered: batch.rows.map((row) => row.seq),
    knownVersions: [],
    // The resend point stands until an answer says otherwise.
    ...(batch.resendFrom === undefined ? {} : { resendFrom: batch.resendFrom }),
  };
}
