import type { Enrollment } from '../db/rows';
import { getMeta } from '../db/seva-db';
import { applyPullPage } from './apply-pull';
import type { EngineDeps, PhaseResult } from './engine-deps';
import { callJson } from './http';
import { parsePullResponse } from './wire';

export const PULL_PAGE_SIZE = 500;

/** What a finished pull learnt beyond the records themselves. */
export interface PullSummary {
  received: number;
  /** SYNC-CAT-1: the latest published catalog rev. */
  catalogRev: number;
}

/** Follows the cursor until `hasMore` is false, storing each page with its cursor (SYNC-PULL-1). */
export async function pullAll(deps: EngineDeps, enrollment: Enrollment): Promise<PhaseResult<PullSummary>> {
  let received = 0;
  for (;;) {
    const cursor = (await getMeta(deps.db, 'pullCursor')) ?? 0;
    const result = await callJson(deps.fetch, {
      method: 'GET',
      path: `/api/sync/pull?cursor=${cursor}&limit=${PULL_PAGE_SIZE}`,
      token: enrollment.token,
      parse: parsePullResponse,
    });
    if (!result.ok) return result;
    const page = result.value;
    await applyPullPage(deps.db, page, enrollment.tokenId);
    received += page.changes.length;
    deps.emit({ type: 'pull-progress', received, hasMore: page.hasMore });
    // A page that does not move the cursor cannot be followed; stop rather than loop.
    if (!page.hasMore || page.nextCursor <= cursor)
      return { ok: true, value: { received, catalogRev: page.catalogRev } };
  }
}
