import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Principal } from '../sync-server/auth/principal';
import { loadShippedCatalog } from '../sync-server/catalog/shipped-catalog';
import { CatalogService } from '../sync-server/domain/catalog-service';
import { applyPush } from '../sync-server/domain/sync/apply-push';
import { pullChanges } from '../sync-server/domain/sync/pull-changes';
import { indexGeography, loadShippedGeography } from '../sync-server/geography/shipped-geography';
import { openPostgresStore } from '../sync-server/store/postgres-store';
import { openSqliteStore } from '../sync-server/store/sqlite-store';
import type { Store } from '../sync-server/store/store';
import { SYNC_PROTOCOL_VERSION, type Mutation } from '../shared/sync/protocol';
import { todayIso } from '../shared/validation';
import { validAnswersFor } from '../test/fixtures/answers';
import { MutationFactory } from '../test/fixtures/mutations';
import { createScratchDatabase, startEmbeddedPostgres } from '../test/helpers/embedded-postgres';

export interface SyncFigures {
  engine: string;
  pushPerSecond: number;
  pushed: number;
  pullPerSecond: number;
  pulled: number;
}

const AGENT: Principal = {
  tokenId: 'tok_bench_sync',
  role: 'agent',
  name: 'Bench agent',
  secretariatCode: 'GNT-01-001',
  departmentCode: null,
  districtCode: null,
  deviceId: null,
};

async function measure(engine: string, store: Store, mutations: number): Promise<SyncFigures> {
  const now = () => new Date();
  await store.publishCatalog(loadShippedCatalog(), now().toISOString());
  const catalog = new CatalogService(store, { graceDays: 30, now, refreshMs: 60_000 });
  const income = (await catalog.latest()).servicesById.get('rev.income-certificate');
  if (!income) throw new Error('no income certificate');
  const deps = { store, catalog, geography: indexGeography(loadShippedGeography()), now };
  const applicant = validAnswersFor(income.fields, todayIso(now()));
  const factory = new MutationFactory();
  const create = (): Mutation =>
    factory.create({ serviceId: income.id, serviceRev: 1, applicant, filedAt: now().toISOString() });

  // Warm-up batch, then the measured ones: batches of 200 as the PWA sends them.
  await applyPush(deps, AGENT, {
    protocol: SYNC_PROTOCOL_VERSION,
    deviceId: 'bench-device',
    mutations: Array.from({ length: 200 }, create),
  });
  const batches = Array.from({ length: Math.ceil(mutations / 200) }, () => Array.from({ length: 200 }, create));
  const pushStart = performance.now();
  for (const batch of batches) {
    const response = await applyPush(deps, AGENT, {
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
    const page = await pullChanges(deps, AGENT, { cursor, limit: 1000 });
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
  const figures: SyncFigures[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'seva-sync-bench-'));
  try {
    const sqlite = await openSqliteStore(dir);
    figures.push(await measure('SQLite (WAL, synchronous=FULL)', sqlite, mutations));
    await sqlite.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const postgres = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => undefined }
    : await startEmbeddedPostgres({ durable: true });
  try {
    const store = await openPostgresStore(await createScratchDatabase(postgres.url, 'seva_sync_bench'));
    figures.push(await measure('PostgreSQL (fsync on)', store, mutations));
    await store.close();
  } finally {
    await postgres.stop();
  }
  return figures;
}
