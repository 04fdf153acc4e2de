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

/**
 * The device's copies of the requests a page changes. Their ids are looked up in one key read
 * over the page's id range, and only the ones present are read: on a device that is catching up,
 * most are new, and a read per missing id would cost a round trip each.
 */
async function storedCopies(
  db: SevaDb,
  changes: PullResponse['changes'],
): Promise<Map<string, RequestRow | undefined>> {
  const ids = [...new Set(changes.flatMap((c) => (c.entity === 'request' ? [c.id] : [])))].sort();
  const [first, last] = [ids[0], ids.at(-1)];
  if (first === undefined || last === undefined) return new Map();
  const wanted = new Set(ids);
  const present = (await db.requests.where('id').between(first, last, true, true).primaryKeys()).filter((id) =>
    wanted.has(id),
  );
  const rows = await db.requests.bulkGet(present);
  return new Map(present.map((id, i) => [id, rows[i]]));
}

/**
 * Drops versions learnt from push answers once the device's copy has caught up with them: from
 * then on the copy's own version is at least as new.
 */
async function forgetCaughtUp(db: SevaDb, written: ReadonlyMap<string, RequestRow>): Promise<void> {
  if (!written.size || !(await db.knownVersions.count())) return;
  const ids = [...written.keys()];
  const known = await db.knownVersions.bulkGet(ids);
  const caughtUp = ids.filter((id, i) => (known[i]?.version ?? Infinity) <= (written.get(id)?.version ?? 0));
  if (caughtUp.length) await db.knownVersions.bulkDelete(caughtUp);
}

/**
 * Stores one pull page and its cursor together (SYNC-PULL-1: the cursor never runs ahead of the
 * data). One read and one write per table: a record changed twice in the page is judged against
 * its copy as the earlier change left it, and the later change wins.
 */
export async function applyPullPage(db: SevaDb, page: PullResponse, tokenId: string | undefined): Promise<void> {
  await db.transaction('rw', [db.requests, db.grievances, db.knownVersions, db.meta], async () => {
    const copies = await storedCopies(db, page.changes);
    const requests = new Map<string, RequestRow>();
    const grievances = new Map<string, GrievanceRow>();
    for (const change of page.changes) {
      switch (change.entity) {
        case 'request': {
          const row = pulledRequestRow(change, copies.get(change.id), tokenId);
          if (row) {
            copies.set(change.id, row);
            requests.set(change.id, row);
          }
          break;
        }
        case 'grievance':
          grievances.set(change.id, pulledGrievanceRow(change));
          break;
        default: {
          const unhandled: never = change.entity;
          throw new TypeError(`unhandled entity ${String(unhandled)}`);
        }
      }
    }
    if (requests.size) await db.requests.bulkPut([...requests.values()]);
    if (grievances.size) await db.grievances.bulkPut([...grievances.values()]);
    await forgetCaughtUp(db, requests);
    await setMeta(db, 'pullCursor', page.nextCursor);
  });
}
