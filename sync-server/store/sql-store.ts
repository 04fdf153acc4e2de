import { createHash } from 'node:crypto';
import { sql, type Kysely, type RawBuilder, type Selectable, type SqlBool, type Transaction } from 'kysely';
import type { CatalogContent, PublishedCatalog } from '../../shared/model/catalog';
import type { ServiceRequest } from '../../shared/model/service-request';
import type { TokenRole } from '../../shared/model/role';
import type { Database } from './schema';
import type { Engine } from './migrations';
import type {
  ChangeQuery,
  ChangeRecord,
  Entity,
  InsertOutcome,
  PublishOutcome,
  RequestQuery,
  Scope,
  Store,
  TokenRecord,
} from './store';

/** Arbitrary constant naming the PostgreSQL advisory lock that orders change-log appends. */
const CHANGE_LOG_LOCK = 7_301_115;
/** Rows per multi-row INSERT: well under both engines' bound-parameter limits. */
const INSERT_CHUNK = 400;

interface PendingChange {
  entity: Entity;
  entityId: string;
  version: number;
  departmentCode: string | null;
  districtCode: string | null;
  secretariatCode: string | null;
  data: unknown;
}

/**
 * The one Store implementation, over Kysely, for both engines. Engine differences live in
 * the dialect (opened in sqlite-store.ts / postgres-store.ts) and in `appendChanges`.
 */
export class SqlStore implements Store {
  constructor(
    readonly engine: Engine,
    private readonly db: Kysely<Database>,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  // --- catalog -------------------------------------------------------------------------

  async publishCatalog(content: CatalogContent, now: string): Promise<PublishOutcome> {
    const serialized = JSON.stringify(content);
    const contentHash = createHash('sha256').update(serialized).digest('hex');
    return this.db.transaction().execute(async (trx) => {
      // Two processes starting together must not both publish the same rev.
      await this.lockChangeLog(trx);
      const latest = await trx
        .selectFrom('catalog_revisions')
        .selectAll()
        .orderBy('rev', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (latest && latest.content_hash === contentHash) {
        return { catalog: toPublishedCatalog(latest), published: false };
      }
      const row = { rev: (latest?.rev ?? 0) + 1, published_at: now, content_hash: contentHash, content: serialized };
      await trx.insertInto('catalog_revisions').values(row).execute();
      await this.appendChanges(trx, [
        {
          entity: 'catalog',
          entityId: String(row.rev),
          version: row.rev,
          departmentCode: null,
          districtCode: null,
          secretariatCode: null,
          data: { rev: row.rev, publishedAt: now, contentHash },
        },
      ]);
      return { catalog: toPublishedCatalog(row), published: true };
    });
  }

  async getCatalog(rev?: number): Promise<PublishedCatalog | undefined> {
    let query = this.db.selectFrom('catalog_revisions').selectAll();
    query = rev === undefined ? query.orderBy('rev', 'desc').limit(1) : query.where('rev', '=', rev);
    const row = await query.executeTakeFirst();
    return row ? toPublishedCatalog(row) : undefined;
  }

  async latestCatalogRev(): Promise<number | undefined> {
    const row = await this.db
      .selectFrom('catalog_revisions')
      .select((eb) => eb.fn.max('rev').as('rev'))
      .executeTakeFirst();
    return row?.rev === null || row?.rev === undefined ? undefined : Number(row.rev);
  }

  // --- requests ------------------------------------------------------------------------

  async insertRequests(requests: readonly ServiceRequest[]): Promise<InsertOutcome[]> {
    if (requests.length === 0) return [];
    const firstById = new Map<string, ServiceRequest>();
    for (const request of requests) if (!firstById.has(request.id)) firstById.set(request.id, request);
    const candidates = [...firstById.values()];

    return this.db.transaction().execute(async (trx) => {
      const insertedIds = new Set<string>();
      for (let i = 0; i < candidates.length; i += INSERT_CHUNK) {
        const rows = await trx
          .insertInto('requests')
          .values(candidates.slice(i, i + INSERT_CHUNK).map(toRequestRow))
          // Any unique clash (id or reference) skips the row; the lookups below say which.
          .onConflict((conflict) => conflict.doNothing())
          .returning('id')
          .execute();
        for (const row of rows) insertedIds.add(row.id);
      }
      const skippedIds = candidates.filter((r) => !insertedIds.has(r.id)).map((r) => r.id);
      const stored = new Map<string, ServiceRequest>();
      for (let i = 0; i < skippedIds.length; i += INSERT_CHUNK) {
        const rows = await trx
          .selectFrom('requests')
          .select('document')
          .where('id', 'in', skippedIds.slice(i, i + INSERT_CHUNK))
          .execute();
        for (const row of rows) {
          const request = parseRequest(row.document);
          stored.set(request.id, request);
        }
      }
      await this.appendChanges(trx, candidates.filter((r) => insertedIds.has(r.id)).map(requestChange));
      return requests.map((request): InsertOutcome => {
        if (insertedIds.has(request.id) && firstById.get(request.id) === request) {
          return { kind: 'inserted', request };
        }
        const existing =
          stored.get(request.id) ?? (insertedIds.has(request.id) ? firstById.get(request.id) : undefined);
        return existing ? { kind: 'existing', request: existing } : { kind: 'reference_taken', id: request.id };
      });
    });
  }

  async getRequest(id: string): Promise<ServiceRequest | undefined> {
    const row = await this.db.selectFrom('requests').select('document').where('id', '=', id).executeTakeFirst();
    return row ? parseRequest(row.document) : undefined;
  }

  async getRequestByReference(reference: string): Promise<ServiceRequest | undefined> {
    const row = await this.db
      .selectFrom('requests')
      .select('document')
      .where('reference', '=', reference)
      .executeTakeFirst();
    return row ? parseRequest(row.document) : undefined;
  }

  async listRequests(query: RequestQuery): Promise<ServiceRequest[]> {
    let select = this.db.selectFrom('requests').select('document').where(inScope(query.scope));
    if (query.status !== undefined) select = select.where('status', '=', query.status);
    if (query.serviceId !== undefined) select = select.where('service_id', '=', query.serviceId);
    if (query.beforeId !== undefined) select = select.where('id', '<', query.beforeId);
    const rows = await select.orderBy('id', 'desc').limit(query.limit).execute();
    return rows.map((row) => parseRequest(row.document));
  }

  async updateRequest(next: ServiceRequest, expectedVersion: number): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const { id: _id, reference: _reference, created_at: _createdAt, ...changed } = toRequestRow(next);
      const result = await trx
        .updateTable('requests')
        .set(changed)
        .where('id', '=', next.id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await this.appendChanges(trx, [requestChange(next)]);
      return true;
    });
  }

  // --- change log ----------------------------------------------------------------------

  async readChanges(query: ChangeQuery): Promise<ChangeRecord[]> {
    let select = this.db
      .selectFrom('change_log')
      .select(['seq', 'entity', 'entity_id', 'version', 'committed_at', 'data'])
      .where('seq', '>', query.after)
      .where(inScope(query.scope));
    if (query.entities) select = select.where('entity', 'in', [...query.entities]);
    const rows = await select.orderBy('seq', 'asc').limit(query.limit).execute();
    return rows.map((row) => ({
      seq: Number(row.seq),
      entity: row.entity as Entity,
      entityId: row.entity_id,
      version: row.version,
      committedAt: row.committed_at,
      data: JSON.parse(row.data) as unknown,
    }));
  }

  async lastChangeSeq(): Promise<number> {
    const row = await this.db
      .selectFrom('change_log')
      .select((eb) => eb.fn.max('seq').as('last'))
      .executeTakeFirst();
    return Number(row?.last ?? 0);
  }

  // --- tokens --------------------------------------------------------------------------

  async insertToken(token: TokenRecord): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('tokens')
        .values({
          id: token.id,
          token_hash: token.tokenHash,
          role: token.role,
          name: token.name,
          secretariat_code: token.secretariatCode,
          department_code: token.departmentCode,
          district_code: token.districtCode,
          created_at: token.createdAt,
          revoked_at: token.revokedAt,
        })
        .execute();
      await this.appendChanges(trx, [tokenChange(token, 1)]);
    });
  }

  async findTokenByHash(tokenHash: string): Promise<TokenRecord | undefined> {
    const row = await this.db.selectFrom('tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return row ? toTokenRecord(row) : undefined;
  }

  async revokeToken(id: string, at: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('tokens')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      const row = await trx.selectFrom('tokens').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      await this.appendChanges(trx, [tokenChange(toTokenRecord(row), 2)]);
      return true;
    });
  }

  async listTokens(): Promise<TokenRecord[]> {
    const rows = await this.db.selectFrom('tokens').selectAll().orderBy('created_at', 'asc').execute();
    return rows.map(toTokenRecord);
  }

  // --- internals -----------------------------------------------------------------------

  /**
   * PostgreSQL hands out identity values at insert time, not commit time, so two writers
   * could commit seq 11 before seq 10 and a reader between the commits would skip 10
   * forever. Holding one transaction-scoped lock from the append to commit makes seq order
   * equal commit order. It is taken last in every transaction, so it is held only briefly
   * and never while waiting for a row lock. SQLite has a single writer already.
   */
  private async lockChangeLog(trx: Transaction<Database>): Promise<void> {
    if (this.engine === 'postgres') await sql`select pg_advisory_xact_lock(${CHANGE_LOG_LOCK})`.execute(trx);
  }

  private async appendChanges(trx: Transaction<Database>, changes: readonly PendingChange[]): Promise<void> {
    if (changes.length === 0) return;
    await this.lockChangeLog(trx);
    const committedAt = this.now();
    for (let i = 0; i < changes.length; i += INSERT_CHUNK) {
      await trx
        .insertInto('change_log')
        .values(
          changes.slice(i, i + INSERT_CHUNK).map((change) => ({
            entity: change.entity,
            entity_id: change.entityId,
            version: change.version,
            department_code: change.departmentCode,
            district_code: change.districtCode,
            secretariat_code: change.secretariatCode,
            committed_at: committedAt,
            data: JSON.stringify(change.data),
          })),
        )
        .execute();
    }
  }
}

/** The rows a scope may see; both `requests` and `change_log` carry these columns. */
function inScope(scope: Scope): RawBuilder<SqlBool> {
  switch (scope.kind) {
    case 'all':
      return sql<SqlBool>`1 = 1`;
    case 'secretariat':
      return sql<SqlBool>`secretariat_code = ${scope.secretariatCode}`;
    case 'desk':
      return sql<SqlBool>`department_code = ${scope.departmentCode} and district_code = ${scope.districtCode}`;
  }
}

function toRequestRow(request: ServiceRequest): Database['requests'] {
  return {
    id: request.id,
    reference: request.reference,
    service_id: request.serviceId,
    department_code: request.departmentCode,
    district_code: request.jurisdiction.districtCode,
    mandal_code: request.jurisdiction.mandalCode,
    secretariat_code: request.jurisdiction.secretariatCode,
    status: request.status,
    version: request.version,
    created_at: request.createdAt,
    updated_at: request.updatedAt,
    document: JSON.stringify(request),
  };
}

/** Documents are written only by this store after validation, so reading them back trusts their shape. */
function parseRequest(document: string): ServiceRequest {
  return JSON.parse(document) as ServiceRequest;
}

function requestChange(request: ServiceRequest): PendingChange {
  return {
    entity: 'request',
    entityId: request.id,
    version: request.version,
    departmentCode: request.departmentCode,
    districtCode: request.jurisdiction.districtCode,
    secretariatCode: request.jurisdiction.secretariatCode,
    data: request,
  };
}

function tokenChange(token: TokenRecord, version: number): PendingChange {
  const { tokenHash: _secretDigest, ...visible } = token;
  return {
    entity: 'token',
    entityId: token.id,
    version,
    departmentCode: null,
    districtCode: null,
    secretariatCode: null,
    data: visible,
  };
}

function toPublishedCatalog(row: Selectable<Database['catalog_revisions']>): PublishedCatalog {
  const content = JSON.parse(row.content) as CatalogContent;
  return { rev: row.rev, publishedAt: row.published_at, departments: content.departments };
}

function toTokenRecord(row: Selectable<Database['tokens']>): TokenRecord {
  return {
    id: row.id,
    tokenHash: row.token_hash,
    role: row.role as TokenRole,
    name: row.name,
    secretariatCode: row.secretariat_code,
    departmentCode: row.department_code,
    districtCode: row.district_code,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}
