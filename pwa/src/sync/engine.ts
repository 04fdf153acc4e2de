import { ensureDeviceId } from '../db/device-id';
import type { SyncProblem } from '../db/rows';
import { getMeta } from '../db/seva-db';
import { uploadAttachments } from './attachment-phase';
import { refreshCatalog } from './catalog-phase';
import type { EngineDeps, PhaseResult } from './engine-deps';
import { isRetryable } from './http';
import { pullAll } from './pull-phase';
import { pushAll } from './push-phase';

/** One run's result before scheduling: the scheduler turns `retry` into a backoff timer. */
export type RunResult =
  | { kind: 'synced'; pushed: number; pulled: number }
  | { kind: 'retry'; detail: string }
  | { kind: 'blocked'; problem: Exclude<SyncProblem, 'none'>; detail: string }
  | { kind: 'not_enrolled' };

type Failure = Extract<PhaseResult, { ok: false }>['failure'];

function fromFailure(failure: Failure): RunResult {
  switch (failure.kind) {
    case 'network':
    case 'server':
      return { kind: 'retry', detail: failure.detail };
    case 'unauthorized':
    case 'forbidden':
      return { kind: 'blocked', problem: 'needs_enrollment', detail: failure.detail };
    case 'protocol_mismatch':
      return { kind: 'blocked', problem: 'needs_update', detail: failure.detail };
    case 'sequence_gap':
      return { kind: 'blocked', problem: 'sequence_gap', detail: failure.detail };
    case 'refused':
      return { kind: 'blocked', problem: 'refused', detail: failure.detail };
    default: {
      const unhandled: never = failure;
      throw new TypeError(`unhandled failure ${JSON.stringify(unhandled)}`);
    }
  }
}

/**
 * One sync run: the catalog if the device has none, then upload the bytes of captured files,
 * push every due mutation, pull every change, and fetch a catalog delta when the pull says the
 * rev moved. Callers hold the `seva-sync` lock (SYNC-CLIENT-5).
 *
 * Uploads never hold up the push (SYNC-ATT-8): a mutation carries only the file's reference, so
 * when the network or the server fails an upload, push and pull still run, and the run ends
 * asking for a retry so the bytes follow with the usual backoff (SYNC-CLIENT-1).
 */
export async function runSync(deps: EngineDeps): Promise<RunResult> {
  let catalogFailure: Failure | undefined;
  if (!(await deps.db.catalog.count())) {
    // Fetched before enrollment too: the catalog is public and the agent can start on drafts.
    const catalog = await refreshCatalog(deps);
    if (!catalog.ok && !isRetryable(catalog.failure)) return fromFailure(catalog.failure);
    if (!catalog.ok) catalogFailure = catalog.failure;
  }
  const enrollment = await getMeta(deps.db, 'enrollment');
  if (!enrollment) return catalogFailure ? fromFailure(catalogFailure) : { kind: 'not_enrolled' };
  const deviceId = await ensureDeviceId(deps.db);

  const uploaded = await uploadAttachments(deps, enrollment);
  if (!uploaded.ok && !isRetryable(uploaded.failure)) return fromFailure(uploaded.failure);
  const pushed = await pushAll(deps, enrollment, deviceId);
  if (!pushed.ok) return fromFailure(pushed.failure);
  const pulled = await pullAll(deps, enrollment);
  if (!pulled.ok) return fromFailure(pulled.failure);
  const catalog = await refreshCatalog(deps, pulled.value.catalogRev);
  if (!catalog.ok) return fromFailure(catalog.failure);
  if (!uploaded.ok) return fromFailure(uploaded.failure);
  return { kind: 'synced', pushed: pushed.value, pulled: pulled.value.received };
}
