import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FieldValue } from '../shared/model/form-field';
import type { Service } from '../shared/model/service';
import { todayIso } from '../shared/validation';
import type { Principal } from '../sync-server/auth/principal';
import { loadShippedCatalog } from '../sync-server/catalog/shipped-catalog';
import { CatalogService } from '../sync-server/domain/catalog-service';
import { indexGeography, loadShippedGeography } from '../sync-server/geography/shipped-geography';
import { openPostgresStore } from '../sync-server/store/postgres-store';
import { openSqliteStore } from '../sync-server/store/sqlite-store';
import type { Store } from '../sync-server/store/store';
import { validAnswersFor } from '../test/fixtures/answers';
import { createScratchDatabase, startEmbeddedPostgres } from '../test/helpers/embedded-postgres';

/** The agent every server-side benchmark files as. */
export const BENCH_AGENT: Principal = {
  tokenId: 'tok_bench',
  role: 'agent',
  name: 'Bench agent',
  secretariatCode: 'GNT-01-001',
  departmentCode: null,
  districtCode: null,
  deviceId: null,
};

/** A store with the shipped catalog published, the domain's dependencies, and valid income-certificate answers. */
export async function benchDomain(store: Store) {
  const now = () => new Date();
  await store.publishCatalog(loadShippedCatalog(), now().toISOString());
  const catalog = new CatalogService(store, { graceDays: 30, now, refreshMs: 60_000 });
  const income: Service | undefined = (await catalog.latest()).servicesById.get('rev.income-certificate');
  if (!income) throw new Error('no income certificate in the shipped catalog');
  const deps = { store, catalog, geography: indexGeography(loadShippedGeography()), now };
  const applicant: Record<string, FieldValue> = validAnswersFor(income.fields, todayIso(now()));
  return { deps, income, applicant, now };
}

/**
 * Runs `measure` on a fresh SQLite database (WAL, synchronous=FULL) and then on a fresh
 * database of a real, durable PostgreSQL server (DATABASE_URL, or one from embedded-postgres).
 */
export async function onBothEngines<T>(
  name: string,
  measure: (engine: string, store: Store) => Promise<T>,
): Promise<T[]> {
  const figures: T[] = [];
  const dir = mkdtempSync(join(tmpdir(), `seva-${name}-bench-`));
  try {
    const sqlite = await openSqliteStore(dir);
    figures.push(await measure('SQLite (WAL, synchronous=FULL)', sqlite));
    await sqlite.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const postgres = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => undefined }
    : await startEmbeddedPostgres({ durable: true });
  try {
    const store = await openPostgresStore(await createScratchDatabase(postgres.url, `seva_${name}_bench`));
    figures.push(await measure('PostgreSQL (fsync on)', store));
    await store.close();
  } finally {
    await postgres.stop();
  }
  return figures;
}
