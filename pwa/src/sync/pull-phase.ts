import type { PullResponse } from '../../../shared/sync/protocol';
import type { Enrollment } from '../db/rows';
import { getMeta } from '../db/seva-db';
import { applyPullPage } from './apply-pull';
import type { EngineDeps, PhaseResult } from './engine-deps';
import { callJson, type HttpResult } from './http';
import { parsePullResponse } from './wire';

/** The largest page the server gives (SYNC-PULL-2): fewer round trips and transactions. */
export const PULL_PAGE_SIZE = 1000;

/** What a finished pull learnt beyond the records themselves. */
export interface PullSummary {
  received: number;
  /** SYNC-CAT-1: the latest published catalog rev. */
  catalogRev: number;
}

function fetchPage(deps: EngineDeps, enrollment: Enrollment, cursor: number): Promise<HttpResult<PullResponse>> {
  return callJson(deps.fetch, {
    method: 'GET',
    path: `/api/sync/pull?cursor=${cursor}&limit=${PULL_PAGE_SIZE}`,
    token: enrollment.token,
    parse: parsePullResponse,
  });
}

/**
 * Follows the cursor until `hasMore` is false, storing each page with its cursor (SYNC-PULL-1).
 * One request at a time, but the next page is fetched while this one is stored; pages are
 * stored in order, so the stored cursor never runs ahead of the stored data.
 */
export async function pullAll(deps: EngineDeps, enrollment: Enrollment): Promise<PhaseResult<PullSummary>> {
  let cursor = (await getMeta(deps.db, 'pullCursor')) ?? 0;
  let received = 0;
  let fetching = fetchPage(deps, enrollment, cursor);
  let storing: Promise<void> = Promise.resolve();
  for (;;) {
    const [result] = await Promise.all([fetching, storing]);
    if (!result.ok) return result;
    const page = result.value;
    // A page that does not move the cursor cannot be followed; stop rather than loop.
    const more = page.hasMore && page.nextCursor > cursor;
    if (more) fetching = fetchPage(deps, enrollment, page.nextCursor);
    received += page.changes.length;
    const progress = { type: 'pull-progress', received, hasMore: page.hasMore } as const;
    storing = applyPullPage(deps.db, page, enrollment.tokenId).then(() => deps.emit(progress));
    if (!more) {
      await storing;
      return { ok: true, value: { received, catalogRev: page.catalogRev } };
    }
    cursor = page.nextCursor;
  }
}
