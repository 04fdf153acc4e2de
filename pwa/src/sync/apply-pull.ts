import type { PullResponse, SyncChange } from '../../../shared/sync/protocol';
import { restoreRequestRow } from '../db/restore';
import type { GrievanceRow, RequestRow } from '../db/rows';
import { setMeta, type SevaDb } from '../db/seva-db';

/** The id of whoever filed a record: the actor of its first history entry. */
function filerId(data: Record<string, unknown>): unknown {
  const history = data.history;
  if (!Array.isArray(history)) return undefined;
  const first: unknown = history[0];
  if (typeof first !== 'object' || first === null) return undefined;
  const actor = (first as { actor?: unknown }).actor;
  return typeof actor === 'object' && actor !== null ? (actor as { id?: unknown }).id : undefined;
}

/**
 * The device's copy of a pulled request. SYNC-CLIENT-4: a pull is what replaces a copy — the
 * optimistic one made when filing, or an older pulled one; never a newer copy with an older one.
 */
export function pulledRequestRow(
  change: SyncChange,
  existing: RequestRow | undefined,
  tokenId: string | undefined,
): RequestRow | undefined {
  if (existing && existing.source === 'server' && existing.version > change.version) return undefined;
  const row = restoreRequestRow({ ...change.data, id: change.id, version: change.version });
  const mine = (tokenId !== undefined && filerId(change.data) === tokenId) || (existing?.mine ?? false);
  return { ...row, source: 'server', mine };
}

function pulledGrievanceRow(change: SyncChange): GrievanceRow {
  const { reference, status } = change.data;
  return {
    id: change.id,
    reference: typeof reference === 'string' ? reference : '',
    status: typeof status === 'string' ? status : 'open',
    version: change.version,
    data: change.data,
  };
}

/** Stores one pull page and its cursor together (SYNC-PULL-1: the cursor never runs ahead of the data). */
export async function applyPullPage(db: SevaDb, page: PullResponse, tokenId: string | undefined): Promise<void> {
  await db.transaction('rw', [db.requests, db.grievances, db.meta], async () => {
    for (const change of page.changes) {
      switch (change.entity) {
        case 'request': {
          const row = pulledRequestRow(change, await db.requests.get(change.id), tokenId);
          if (row) await db.requests.put(row);
          break;
        }
        case 'grievance':
          await db.grievances.put(pulledGrievanceRow(change));
          break;
        default: {
          const unhandled: never = change.entity;
          throw new TypeError(`unhandled entity ${String(unhandled)}`);
        }
      }
    }
    await setMeta(db, 'pullCursor', page.nextCursor);
  });
}
