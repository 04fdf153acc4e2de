import type { Grievance } from '../../../shared/model/grievance';
import type { ServiceRequest } from '../../../shared/model/service-request';
import type { Principal } from '../../auth/principal';
import type { Store, SyncWrite } from '../../store/store';
import type { CatalogService } from '../catalog-service';
import type { SecretariatLookup } from '../file-requests';

export interface SyncDeps {
  store: Store;
  catalog: CatalogService;
  geography: SecretariatLookup;
  now: () => Date;
}

/**
 * The state one push is computed against: the records it touches as loaded, then as
 * changed by earlier mutations of the same push, and the writes to commit.
 */
export class BatchContext {
  readonly writes: SyncWrite[] = [];
  private readonly requests: Map<string, ServiceRequest>;
  private readonly grievances: Map<string, Grievance>;
  /** Versions written by this push, which the change log does not hold yet. */
  private readonly snapshots = new Map<string, ServiceRequest>();

  constructor(
    readonly deps: SyncDeps,
    readonly principal: Principal,
    readonly now: Date,
    requests: readonly ServiceRequest[],
    grievances: readonly Grievance[],
  ) {
    this.requests = new Map(requests.map((r) => [r.id, r]));
    this.grievances = new Map(grievances.map((g) => [g.id, g]));
  }

  get at(): string {
    return this.now.toISOString();
  }

  request(id: string): ServiceRequest | undefined {
    return this.requests.get(id);
  }

  grievance(id: string): Grievance | undefined {
    return this.grievances.get(id);
  }

  /** The request as it was at `version`: from this push's own work first, else the change log. */
  async requestAtVersion(id: string, version: number): Promise<ServiceRequest | undefined> {
    return this.snapshots.get(`${id}@${version}`) ?? (await this.deps.store.getRequestAtVersion(id, version));
  }

  insertRequest(request: ServiceRequest): void {
    this.snapshots.set(`${request.id}@${request.version}`, request);
    this.requests.set(request.id, request);
    this.writes.push({ kind: 'insert_request', request });
  }

  /** Replaces `previous` (the version this push last saw) with `next`. */
  updateRequest(previous: ServiceRequest, next: ServiceRequest): void {
    this.snapshots.set(`${next.id}@${next.version}`, next);
    this.requests.set(next.id, next);
    this.writes.push({ kind: 'update_request', request: next, expectedVersion: previous.version });
  }

  insertGrievance(grievance: Grievance): void {
    this.grievances.set(grievance.id, grievance);
    this.writes.push({ kind: 'insert_grievance', grievance });
  }
}
