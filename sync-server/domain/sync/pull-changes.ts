import type { PullResponse, SyncChange } from '../../../shared/sync/protocol';
import { SYNC_PROTOCOL_VERSION } from '../../../shared/sync/protocol';
import type { Principal } from '../../auth/principal';
import { scopeOf } from '../../auth/principal';
import type { Store } from '../../store/store';
import type { CatalogService } from '../catalog-service';

/**
 * The changes after `cursor` in the device's jurisdiction, in commit order (SYNC-PULL-1..3).
 * One extra row is read to know whether more remain.
 */
export async function pullChanges(
  deps: { store: Store; catalog: CatalogService },
  principal: Principal,
  query: { cursor: number; limit: number },
): Promise<PullResponse> {
  const [rows, latest] = await Promise.all([
    deps.store.readChanges({
      after: query.cursor,
      limit: query.limit + 1,
      scope: scopeOf(principal),
      entities: ['request', 'grievance'],
    }),
    deps.catalog.latest(),
  ]);
  const page = rows.slice(0, query.limit);
  const changes: SyncChange[] = page.map((row) => ({
    seq: row.seq,
    entity: row.entity === 'grievance' ? 'grievance' : 'request',
    id: row.entityId,
    version: row.version,
    data: row.data as Record<string, unknown>,
  }));
  return {
    protocol: SYNC_PROTOCOL_VERSION,
    changes,
    nextCursor: page.at(-1)?.seq ?? query.cursor,
    hasMore: rows.length > query.limit,
    catalogRev: latest.catalog.rev,
  };
}
