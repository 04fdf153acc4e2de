import { createHash } from 'node:crypto';
import type { CatalogDeltaResponse } from '../../shared/api/catalog-api';
import { diffCatalogs } from '../../shared/catalog/catalog-delta';
import type { PublishedCatalog } from '../../shared/model/catalog';
import type { Service } from '../../shared/model/service';
import { AppError } from '../http/app-error';
import type { Store } from '../store/store';

/** A published catalog with what serving it needs, computed once: published revs never change. */
export interface CatalogEntry {
  catalog: PublishedCatalog;
  servicesById: ReadonlyMap<string, Service>;
  /** The JSON body of `GET /api/catalog` for this rev. */
  json: string;
  etag: string;
}

const DAY_MS = 86_400_000;

/**
 * Reads catalogs through a cache. The latest rev is re-checked every `refreshMs`, so a rev
 * published by another server process is picked up without a restart.
 */
export class CatalogService {
  private readonly entries = new Map<number, CatalogEntry>();
  private readonly deltas = new Map<string, { json: string; etag: string }>();
  private latestRev: number | undefined;
  private checkedAt = -Infinity;

  constructor(
    private readonly store: Store,
    private readonly options: { graceDays: number; now: () => Date; refreshMs?: number },
  ) {}

  async latest(): Promise<CatalogEntry> {
    const now = this.options.now().getTime();
    if (this.latestRev === undefined || now - this.checkedAt > (this.options.refreshMs ?? 5000)) {
      this.latestRev = await this.store.latestCatalogRev();
      this.checkedAt = now;
    }
    const entry = this.latestRev === undefined ? undefined : await this.at(this.latestRev);
    if (!entry) throw new AppError('unavailable', 'no catalog has been published yet');
    return entry;
  }

  async at(rev: number): Promise<CatalogEntry | undefined> {
    const cached = this.entries.get(rev);
    if (cached) return cached;
    const catalog = await this.store.getCatalog(rev);
    if (!catalog) return undefined;
    const servicesById = new Map<string, Service>();
    for (const department of catalog.departments) {
      for (const service of department.services) servicesById.set(service.id, service);
    }
    const entry: CatalogEntry = { catalog, servicesById, json: JSON.stringify(catalog), etag: `"catalog-${rev}"` };
    this.entries.set(rev, entry);
    return entry;
  }

  /** What changed since `since`, as JSON with its ETag; `since` must be a published rev. */
  async delta(since: number): Promise<{ json: string; etag: string }> {
    const latest = await this.latest();
    const key = `${since}:${latest.catalog.rev}`;
    const cached = this.deltas.get(key);
    if (cached) return cached;
    if (since > latest.catalog.rev) {
      throw new AppError(
        'unknown_catalog_rev',
        `catalog rev ${since} has not been published; the latest is ${latest.catalog.rev}`,
      );
    }
    const base = since === 0 ? emptyCatalog() : (await this.at(since))?.catalog;
    if (!base) throw new AppError('unknown_catalog_rev', `catalog rev ${since} does not exist`);
    const delta: CatalogDeltaResponse = diffCatalogs(base, latest.catalog);
    const json = JSON.stringify(delta);
    const result = { json, etag: `"catalog-${latest.catalog.rev}-since-${since}-${shortHash(json)}"` };
    this.deltas.set(key, result);
    return result;
  }

  /** The service as published in `rev`, with no grace-period check: for records already filed. */
  async serviceAt(serviceId: string, rev: number): Promise<Service | undefined> {
    return (await this.at(rev))?.servicesById.get(serviceId);
  }

  /**
   * The service a request filled against `rev` must follow. Requests filled against an older
   * rev are accepted until `graceDays` after the next rev was published, so a device that was
   * offline through a catalog update does not lose its queue.
   */
  async resolveService(serviceId: string, rev: number): Promise<{ service: Service; catalog: PublishedCatalog }> {
    const latest = await this.latest();
    if (rev > latest.catalog.rev) {
      throw new AppError(
        'unknown_catalog_rev',
        `catalog rev ${rev} has not been published; the latest is ${latest.catalog.rev}`,
      );
    }
    const entry = await this.at(rev);
    if (!entry) throw new AppError('unknown_catalog_rev', `catalog rev ${rev} does not exist`);
    if (rev < latest.catalog.rev) {
      const successor = await this.at(rev + 1);
      const supersededAt = successor ? Date.parse(successor.catalog.publishedAt) : 0;
      if (this.options.now().getTime() - supersededAt > this.options.graceDays * DAY_MS) {
        throw new AppError(
          'catalog_rev_expired',
          `catalog rev ${rev} was replaced more than ${this.options.graceDays} days ago; refresh the catalog and fill the form again`,
          { latestRev: latest.catalog.rev },
        );
      }
    }
    const service = entry.servicesById.get(serviceId);
    if (!service) throw new AppError('unknown_service', `there is no service ${serviceId} in catalog rev ${rev}`);
    return { service, catalog: entry.catalog };
  }
}

function emptyCatalog(): PublishedCatalog {
  return { rev: 0, publishedAt: new Date(0).toISOString(), departments: [] };
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}
