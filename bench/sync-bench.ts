import { SYNC_PROTOCOL_VERSION, type Mutation } from '../shared/sync/protocol';
import { applyPush } from '../sync-server/domain/sync/apply-push';
import { pullChanges } from '../sync-server/domain/sync/pull-changes';
import type { Store } from '../sync-server/store/store';
import { MutationFactory } from '../test/fixtures/mutations';
import { BENCH_AGENT, benchDomain, onBothEngines } from './bench-engines';

export interface SyncFigures {
  engine: string;
  pushPerSecond: number;
  pushed: number;
  pullPerSecond: number;
  pulled: number;
}

async function measure(engine: string, store: Store, mutations: number): Promise<SyncFigures> {
  const { deps, income, applicant, now } = await benchDomain(store);
  const factory = new MutationFactory();
  const create = (): Mutation =>
    factory.create({ serviceId: income.id, serviceRev: 1, applicant, filedAt: now().toISOString() });

  // Warm-up batch, then the measured ones: batches of 200 as the PWA sends them.
  await applyPush(deps, BENCH_AGENT, {
    protocol: SYNC_PROTOCOL_VERSION,
    deviceId: 'bench-device',
    mutations: Array.from({ length: 200 }, create),
  });
  const batches = Array.from({ length: Math.ceil(mutations / 200) }, () => Array.from({ length: 200 }, create));
  const pushStart = performance.now();
  for (const batch of batches) {
    const response = await applyPush(deps, BENCH_AGENT, {
      protocol: SYNC_PROTOCOL_VERSION,
      deviceId: 'bench-device',
      mutations: batch,
    });
    if (!response.results.every((r) => r.status === 'applied')) throw new Error('a mutation was not applied');
  }
  const pushSeconds = (performance.now() - pushStart) / 1000;

  let pulled = 0;
  let cursor = 0;
  const pullStart = performance.now();
  for (;;) {
    const page = await pullChanges(deps, BENCH_AGENT, { cursor, limit: 1000 });
    pulled += page.changes.length;
    cursor = page.nextCursor;
    if (!page.hasMore) break;
  }
  const pullSeconds = (performance.now() - pullStart) / 1000;
  return {
    engine,
    pushPerSecond: Math.round((batches.length * 200) / pushSeconds),
    pushed: batches.length * 200,
    pullPerSecond: Math.round(pulled / pullSeconds),
    pulled,
  };
}

/** The server side of sync: push (validate, apply, store results) and pull, on both engines. */
export async function syncBench(mutations = 20_000): Promise<SyncFigures[]> {
  return onBothEngines('sync', (engine, store) => measure(engine, store, mutations));
}
