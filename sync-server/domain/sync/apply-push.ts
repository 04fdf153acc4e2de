import type { Mutation, MutationResult, PushRequest, PushResponse, PushResult } from '../../../shared/sync/protocol';
import { SYNC_PROTOCOL_VERSION } from '../../../shared/sync/protocol';
import type { Principal } from '../../auth/principal';
import { AppError } from '../../http/app-error';
import type { StoredMutationResult } from '../../store/store';
import { applyMutation } from './apply-mutation';
import { BatchContext, type SyncDeps } from './batch-context';

/** Recomputations before a push that keeps meeting concurrent writers gives up with a 503 (SYNC-PUSH-5). */
const MAX_ATTEMPTS = 8;

/**
 * Applies a device's push (SYNC-PUSH-*, SYNC-SEQ-*): each mutation at most once, in seq
 * order, stopping at a gap, with everything it changed committed in one transaction. When a
 * concurrent writer moved anything the batch was computed from, the batch is recomputed
 * against fresh state.
 */
export async function applyPush(deps: SyncDeps, principal: Principal, push: PushRequest): Promise<PushResponse> {
  if (push.protocol !== SYNC_PROTOCOL_VERSION) {
    throw new AppError(
      'protocol_mismatch',
      `this server speaks sync protocol ${SYNC_PROTOCOL_VERSION}, not ${push.protocol}; update the app`,
      { supported: [SYNC_PROTOCOL_VERSION] },
    );
  }
  if (principal.deviceId !== null && principal.deviceId !== push.deviceId) {
    throw new AppError('forbidden', 'this token belongs to another device');
  }
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const outcome = await computeAndCommit(deps, principal, push);
    if (outcome) return outcome;
  }
  throw new AppError('unavailable', 'the server is busy with this device; the push will be retried');
}

async function computeAndCommit(
  deps: SyncDeps,
  principal: Principal,
  push: PushRequest,
): Promise<PushResponse | undefined> {
  const { store } = deps;
  const device = await store.getDevice(push.deviceId);
  if (device && device.tokenId !== principal.tokenId) {
    throw new AppError('forbidden', 'this device is registered to another token (SYNC-AUTH-2)');
  }
  const lastSeq = device?.lastSeq ?? 0;
  // Only a mutation at or below lastSeq can have been processed before (SYNC-SEQ-3), so a
  // push of new work — the common case — needs no lookup of stored results.
  const maybeSeen = push.mutations.filter((m) => m.seq <= lastSeq).map((m) => m.mutationId);
  const stored =
    maybeSeen.length > 0
      ? await store.getMutationResults(push.deviceId, maybeSeen)
      : new Map<string, StoredMutationResult>();
  const [requests, grievances] = await Promise.all([
    store.getRequests(push.mutations.flatMap(requestIdsOf)),
    store.getGrievances(push.mutations.filter((m) => m.type === 'create_grievance').map((m) => m.requestId)),
  ]);
  const ctx = new BatchContext(deps, principal, deps.now(), requests, grievances);

  const results: PushResult[] = [];
  const processed: StoredMutationResult[] = [];
  const processedNow = new Map<string, StoredMutationResult>();
  let seq = lastSeq;
  let stoppedAt: PushResponse['stoppedAt'];
  for (const mutation of push.mutations) {
    const earlier = stored.get(mutation.mutationId) ?? processedNow.get(mutation.mutationId);
    if (earlier) {
      // SYNC-PUSH-2: a replay gets the answer stored the first time.
      results.push({
        mutationId: mutation.mutationId,
        seq: mutation.seq,
        status: 'duplicate',
        original: earlier.result as MutationResult,
      });
      continue;
    }
    if (mutation.seq <= seq) {
      // SYNC-SEQ-4: a seq already used by another mutation.
      results.push({
        mutationId: mutation.mutationId,
        seq: mutation.seq,
        status: 'rejected',
        reason: 'seq_reused',
        message: `seq ${mutation.seq} was already used by another mutation; the next seq is ${seq + 1}`,
      });
      continue;
    }
    if (mutation.seq > seq + 1) {
      stoppedAt = { seq: mutation.seq, expectedSeq: seq + 1 }; // SYNC-SEQ-2
      break;
    }
    const result = await applyMutation(ctx, mutation);
    results.push(result);
    const record = { mutationId: mutation.mutationId, seq: mutation.seq, result };
    processed.push(record);
    processedNow.set(mutation.mutationId, record);
    seq = mutation.seq; // SYNC-SEQ-3: advances for applied, rejected and conflicting alike
  }

  if (processed.length > 0) {
    const committed = await store.commitSyncBatch({
      deviceId: push.deviceId,
      tokenId: principal.tokenId,
      expectedLastSeq: device ? lastSeq : null,
      lastSeq: seq,
      writes: ctx.writes,
      results: processed,
      at: ctx.at,
    });
    if (!committed) return undefined;
  }
  return { protocol: SYNC_PROTOCOL_VERSION, results, lastSeq: seq, ...(stoppedAt ? { stoppedAt } : {}) };
}

/** The requests a mutation reads: its own, and the one a grievance is about. */
function requestIdsOf(mutation: Mutation): string[] {
  if (mutation.type === 'create_grievance') return mutation.args.aboutRequestId ? [mutation.args.aboutRequestId] : [];
  return [mutation.requestId];
}
