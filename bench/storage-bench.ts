import type { CreateRequestBody } from '../shared/api/requests-api';
import { newUuidV7 } from '../shared/ids';
import { fileRequests } from '../sync-server/domain/file-requests';
import type { Store } from '../sync-server/store/store';
import { BENCH_AGENT, benchDomain, onBothEngines } from './bench-engines';

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

async function measure(
  engine: string,
  store: Store,
  options: { filings: number; batchSize: number; pageSize: number },
) {
  const { deps, income, applicant } = await benchDomain(store);
  const body = (): CreateRequestBody => ({ id: newUuidV7(), serviceId: income.id, serviceRev: 1, applicant });

  // Warm up: statement caches, JIT, connection pool.
  await fileRequests(deps, BENCH_AGENT, Array.from({ length: options.batchSize }, body));

  const batches = Math.ceil(options.filings / options.batchSize);
  const prepared = Array.from({ length: batches }, () => Array.from({ length: options.batchSize }, body));
  const writeStart = performance.now();
  for (const batch of prepared) {
    const outcomes = await fileRequests(deps, BENCH_AGENT, batch);
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
  return onBothEngines('storage', (engine, store) => measure(engine, store, options));
}
