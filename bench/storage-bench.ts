import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CreateRequestBody } from '../shared/api/requests-api';
import { newUuidV7 } from '../shared/ids';
import { todayIso } from '../shared/validation';
import type { Principal } from '../sync-server/auth/principal';
import { loadShippedCatalog } from '../sync-server/catalog/shipped-catalog';
import { CatalogService } from '../sync-server/domain/catalog-service';
import { fileRequests } from '../sync-server/domain/file-requests';
import { indexGeography, loadShippedGeography } from '../sync-server/geography/shipped-geography';
import { openPostgresStore } from '../sync-server/store/postgres-store';
import { openSqliteStore } from '../sync-server/store/sqlite-store';
import type { Store } from '../sync-server/store/store';
import { validAnswersFor } from '../test/fixtures/answers';
import { createScratchDatabase, startEmbeddedPostgres } from '../test/helpers/embedded-postgres';

export interface StorageFigures {
  engine: string;
  /** Applications filed per second through the domain (validate, build, insert), in batches. */
  filingsPerSecond: number;
  batchSize: number;
  filings: number;
  /** Change-log rows read per second, paging with the cursor. */
  changeRowsPerSecond: number;
  changeRows: number;
  pageSize: number;
}

const AGENT: Principal = {
  tokenId: 'tok_bench',
  role: 'agent',
  name: 'Bench agent',
  secretariatCode: 'GNT-01-001',
  departmentCode: null,
  districtCode: null,
  deviceId: null,
};

async function measure(
  engine: string,
  store: Store,
  options: { filings: number; batchSize: number; pageSize: number },
) {
  const now = () => new Date();
  await store.publishCatalog(loadShippedCatalog(), now().toISOString());
  const catalog = new CatalogService(store, { graceDays: 30, now, refreshMs: 60_000 });
  const income = (await catalog.latest()).servicesById.get('rev.income-certificate');
  if (!income) throw new Error('no income certificate in the shipped catalog');
  const deps = { store, catalog, geography: indexGeography(loadShippedGeography()), now };
  const applicant = validAnswersFor(income.fields, todayIso(now()));
  const body = (): CreateRequestBody => ({ id: newUuidV7(), serviceId: income.id, serviceRev: 1, applicant });

  // Warm up: statement caches, JIT, connection pool.
  await fileRequests(deps, AGENT, Array.from({ length: options.batchSize }, body));

  const batches = Math.ceil(options.filings / options.batchSize);
  const prepared = Array.from({ length: batches }, () => Array.from({ length: options.batchSize }, body));
  const writeStart = performance.now();
  for (const batch of prepared) {
    const outcomes = await fileRequests(deps, AGENT, batch);
    if (!outcomes.every((o) => o.ok && o.created)) throw new Error('a filing failed during the benchmark');
  }
  const writeSeconds = (performance.now() - writeStart) / 1000;
  const filings = batches * options.batchSize;

  let rows = 0;
  let after = 0;
  const readStart = performance.now();
  for (;;) {
    const page = await store.readChanges({ after, limit: options.pageSize, scope: { kind: 'all' } });
    if (page.length === 0) break;
    rows += page.length;
    after = page[page.length - 1]?.seq ?? after;
  }
  const readSeconds = (performance.now() - readStart) / 1000;

  return {
    engine,
    filingsPerSecond: Math.round(filings / writeSeconds),
    batchSize: options.batchSize,
    filings,
    changeRowsPerSecond: Math.round(rows / readSeconds),
    changeRows: rows,
    pageSize: options.pageSize,
  } satisfies StorageFigures;
}

/** Files applications and reads the change log back on SQLite and on a real PostgreSQL server. */
export async function storageBench(
  options = { filings: 20_000, batchSize: 200, pageSize: 1000 },
): Promise<StorageFigures[]> {
  const figures: StorageFigures[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'seva-bench-'));
  try {
    const sqlite = await openSqliteStore(dir);
    figures.push(await measure('SQLite (WAL, synchronous=FULL)', sqlite, options));
    await sqlite.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const postgres = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => undefined }
    : await startEmbeddedPostgres({ durable: true });
  try {
    const store = await openPostgresStore(await createScratchDatabase(postgres.url, 'seva_bench'));
    figures.push(await measure('PostgreSQL (fsync on)', store, options));
    await store.close();
  } finally {
    await postgres.stop();
  }
  return figures;
}
