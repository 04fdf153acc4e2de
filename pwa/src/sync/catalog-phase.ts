import { applyCatalogDelta } from '../../../shared/catalog/catalog-delta';
import type { CatalogRow } from '../db/rows';
import type { EngineDeps, PhaseResult } from './engine-deps';
import { callJson } from './http';
import { parseCatalog, parseCatalogDelta } from './wire';

/** Revs kept on the device: the latest, and the one before for drafts begun under it. */
const KEEP_REVS = 2;

async function store(deps: EngineDeps, catalog: CatalogRow): Promise<void> {
  await deps.db.transaction('rw', deps.db.catalog, async () => {
    await deps.db.catalog.put(catalog);
    const revs = await deps.db.catalog.orderBy('rev').primaryKeys();
    await deps.db.catalog.bulkDelete(revs.slice(0, Math.max(0, revs.length - KEEP_REVS)));
  });
  deps.emit({ type: 'catalog-updated', rev: catalog.rev });
}

async function fetchFull(deps: EngineDeps): Promise<PhaseResult<number>> {
  const result = await callJson(deps.fetch, { method: 'GET', path: '/api/catalog', parse: parseCatalog });
  if (!result.ok) return result;
  const { rev, publishedAt, departments } = result.value;
  await store(deps, { rev, publishedAt, departments });
  return { ok: true, value: rev };
}

/**
 * Brings the device's catalog up to date (SYNC-CAT-1): the whole catalog the first time, then
 * only the changes since the rev it holds. `latestRev` (from a pull) skips the call when the
 * device is already current. Returns the rev held afterwards.
 */
export async function refreshCatalog(deps: EngineDeps, latestRev?: number): Promise<PhaseResult<number>> {
  const local = await deps.db.catalog.orderBy('rev').last();
  if (!local) return fetchFull(deps);
  if (latestRev !== undefined && latestRev <= local.rev) return { ok: true, value: local.rev };
  const result = await callJson(deps.fetch, {
    method: 'GET',
    path: `/api/catalog?since=${local.rev}`,
    parse: parseCatalogDelta,
  });
  if (!result.ok) {
    // A server that no longer keeps our rev answers 4xx: start again from the whole catalog.
    return result.failure.kind === 'refused' ? fetchFull(deps) : result;
  }
  const delta = result.value;
  if (delta.rev === local.rev) return { ok: true, value: local.rev };
  if (delta.since !== local.rev) return fetchFull(deps);
  const next = applyCatalogDelta(local, delta);
  await store(deps, { rev: next.rev, publishedAt: next.publishedAt, departments: next.departments });
  return { ok: true, value: next.rev };
}
