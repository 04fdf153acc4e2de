import { ensureDeviceId } from '../db/device-id';
import type { SyncStatus } from '../db/rows';
import { getMeta, setMeta } from '../db/seva-db';
import type { EngineDeps } from './engine-deps';
import { callJson } from './http';
import type { EnrollOutcome } from './sync-api';
import { parseEnrollResponse } from './wire';

/** Trades a one-time code for this device's token and keeps it (SYNC-ENROLL-1). */
export async function enrollDevice(deps: EngineDeps, code: string): Promise<EnrollOutcome> {
  const deviceId = await ensureDeviceId(deps.db);
  const result = await callJson(deps.fetch, {
    method: 'POST',
    path: '/api/enroll',
    body: { code: code.trim(), deviceId },
    parse: parseEnrollResponse,
  });
  if (!result.ok) {
    switch (result.failure.kind) {
      case 'network':
        return { kind: 'offline' };
      case 'unauthorized':
        return { kind: 'invalid_code' };
      case 'refused':
        // A code of the wrong shape is refused as a bad request: to the agent it is just a wrong code.
        return result.failure.status === 400
          ? { kind: 'invalid_code' }
          : { kind: 'failed', detail: result.failure.detail };
      case 'server':
      case 'forbidden':
      case 'protocol_mismatch':
        return { kind: 'failed', detail: result.failure.detail };
      default: {
        const unhandled: never = result.failure;
        throw new TypeError(`unhandled failure ${JSON.stringify(unhandled)}`);
      }
    }
  }
  const { token, tokenId, name, secretariatCode } = result.value;
  const enrolledAt = deps.now().toISOString();
  await deps.db.transaction('rw', deps.db.meta, async () => {
    await setMeta(deps.db, 'enrollment', { token, tokenId, name, secretariatCode, enrolledAt });
    // A fresh token clears the "enroll again" problem; the queue was kept all along (SYNC-CLIENT-2).
    const status = await getMeta(deps.db, 'syncStatus');
    const cleared: SyncStatus = { ...status, problem: 'none' };
    delete cleared.detail;
    await setMeta(deps.db, 'syncStatus', cleared);
  });
  return { kind: 'enrolled', name, secretariatCode };
}
