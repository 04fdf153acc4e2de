import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { CatalogContent, PublishedCatalog } from '../../shared/model/catalog';
import type { Grievance } from '../../shared/model/grievance';
import type { ServiceRequest } from '../../shared/model/service-request';
import type { Database } from './schema';
import type { Engine } from './migrations';
import type {
  ChangeQuery,
  ChangeRecord,
  DeviceRecord,
  EnrollmentRecord,
  Entity,
  InsertOutcome,
  PublishOutcome,
  RequestQuery,
  Store,
  StoredMutationResult,
  SyncBatch,
  TokenRecord,
} from './store';
import { appendChanges, INSERT_CHUNK, inScope, lockChangeLog } from './sql/change-log';
import {
  grievanceChange,
  parseDocument,
  requestChange,
  toGrievanceRow,
  toEnrollmentRecord,
  toPublishedCatalog,
  toRequestRow,
  REQUEST_COLUMNS,
  toTokenRecord,
  toTokenRow,
  tokenChange,
} from './sql/rows';
import { insertRows } from './sql/bulk-insert';
import { StaleBatchError, writeSyncBatch } from './sql/sync-batch';
import { SqlAttachmentStore } from './sql-attachment-store';
import { SqlBotStore } from './sql-bot-store';
import { SqlHandoffStore } from './sql-handoff-store';
import { SqlCertificateStore } from './sql-certificate-store';

/** Splits `items` into chunks small enough for one statement's bound parameters. */
function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += INSERT_CHUNK) result.push(items.slice(i, i + INSERT_CHUNK));
  return result;
}

/**
 * The one Store implementation, over Kysely, for both engines. Engine differences live in
 * the dialect (opened in sqlite-store.ts / postgres-store.ts) and in the change-log lock.
 */
export class SqlStore implements Store {
  readonly bot: SqlBotStore;
  readonly certificates: SqlCertificateStore;
  readonly attachments: SqlAttachmentStore;
  readonly handoffs: SqlHandoffStore;

  constructor(
    readonly engine: Engine,
    private readonly db: Kysely<Database>,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    this.bot = new SqlBotStore(db, engine);
    this.certificates = new SqlCertificateStore(db, engine, now);
    this.attachments = new SqlAttachmentStore(db);
    this.handoffs = new SqlHandoffStore(db);
  }

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
      await lockChangeLog(trx, this.engine);
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
      await appendChanges(
        trx,
        this.engine,
        [
          {
            entity: 'catalog',
            entityId: String(row.rev),
            version: row.rev,
            departmentCode: null,
            districtCode: null,
            secretariatCode: null,
            json: JSON.stringify({ rev: row.rev, publishedAt: now, contentHash }),
          },
        ],
        this.now(),
      );
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
      const json = new Map(candidates.map((r) => [r.id, JSON.stringify(r)]));
      for (const chunk of chunks(candidates)) {
        // Any unique clash (id or reference) skips the row; the lookups below say which.
        const rows = await insertRows(
          trx,
          this.engine,
          { table: 'requests', columns: REQUEST_COLUMNS, onConflictDoNothing: true, returning: 'id' },
          chunk.map((r) => toRequestRow(r, json.get(r.id))),
        );
        for (const row of rows) insertedIds.add(String(row.id));
      }
      const skippedIds = candidates.filter((r) => !insertedIds.has(r.id)).map((r) => r.id);
      const stored = new Map<string, ServiceRequest>();
      for (const chunk of chunks(skippedIds)) {
        const rows = await trx.selectFrom('requests').select('document').where('id', 'in', chunk).execute();
        for (const row of rows) {
          const request = parseDocument<ServiceRequest>(row.document);
          stored.set(request.id, request);
        }
      }
      const inserted = candidates.filter((r) => insertedIds.has(r.id));
      await appendChanges(
        trx,
        this.engine,
        inserted.map((r) => requestChange(r, json.get(r.id))),
        this.now(),
      );
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
    return row ? parseDocument<ServiceRequest>(row.document) : undefined;
  }

  async getRequests(ids: readonly string[]): Promise<ServiceRequest[]> {
    const found: ServiceRequest[] = [];
    for (const chunk of chunks([...new Set(ids)])) {
      const rows = await this.db.selectFrom('requests').select('document').where('id', 'in', chunk).execute();
      found.push(...rows.map((row) => parseDocument<ServiceRequest>(row.document)));
    }
    return found;
  }

  async getRequestByReference(reference: string): Promise<ServiceRequest | undefined> {
    const row = await this.db
      .selectFrom('requests')
      .select('document')
      .where('reference', '=', reference)
      .executeTakeFirst();
    return row ? parseDocument<ServiceRequest>(row.document) : undefined;
  }

  async getRequestAtVersion(id: string, version: number): Promise<ServiceRequest | undefined> {
    const row = await this.db
      .selectFrom('change_log')
      .select('data')
      .where('entity_id', '=', id)
      .where('version', '=', version)
      .where('entity', '=', 'request')
      .executeTakeFirst();
    return row ? parseDocument<ServiceRequest>(row.data) : undefined;
  }

  async listRequests(query: RequestQuery): Promise<ServiceRequest[]> {
    let select = this.db.selectFrom('requests').select('document').where(inScope(query.scope));
    if (query.status !== undefined) select = select.where('status', '=', query.status);
    if (query.serviceId !== undefined) select = select.where('service_id', '=', query.serviceId);
    if (query.beforeId !== undefined) select = select.where('id', '<', query.beforeId);
    const rows = await select.orderBy('id', 'desc').limit(query.limit).execute();
    return rows.map((row) => parseDocument<ServiceRequest>(row.document));
  }

  async updateRequest(next: ServiceRequest, expectedVersion: number): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const json = JSON.stringify(next);
      const { id: _id, reference: _reference, created_at: _createdAt, ...changed } = toRequestRow(next, json);
      const result = await trx
        .updateTable('requests')
        .set(changed)
        .where('id', '=', next.id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await appendChanges(trx, this.engine, [requestChange(next, json)], this.now());
      return true;
    });
  }

  async getGrievances(ids: readonly string[]): Promise<Grievance[]> {
    const found: Grievance[] = [];
    for (const chunk of chunks([...new Set(ids)])) {
      const rows = await this.db.selectFrom('grievances').select('document').where('id', 'in', chunk).execute();
      found.push(...rows.map((row) => parseDocument<Grievance>(row.document)));
    }
    return found;
  }

  async insertGrievance(grievance: Grievance): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const json = JSON.stringify(grievance);
      const inserted = await trx
        .insertInto('grievances')
        .values(toGrievanceRow(grievance, json))
        .onConflict((conflict) => conflict.doNothing())
        .returning('id')
        .execute();
      if (inserted.length !== 1) return false;
      await appendChanges(trx, this.engine, [grievanceChange(grievance, json)], this.now());
      return true;
    });
  }

  async listRequestsByCitizen(whatsappId: string, limit: number): Promise<ServiceRequest[]> {
    const rows = await this.db
      .selectFrom('requests')
      .select('document')
      .where('citizen_key', '=', whatsappId)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => parseDocument<ServiceRequest>(row.document));
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

  // --- sync ----------------------------------------------------------------------------

  async getDevice(deviceId: string): Promise<DeviceRecord | undefined> {
    const row = await this.db.selectFrom('devices').selectAll().where('device_id', '=', deviceId).executeTakeFirst();
    return row
      ? {
          deviceId: row.device_id,
          tokenId: row.token_id,
          lastSeq: Number(row.last_seq),
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        }
      : undefined;
  }

  async getMutationResults(
    deviceId: string,
    mutationIds: readonly string[],
  ): Promise<Map<string, StoredMutationResult>> {
    const found = new Map<string, StoredMutationResult>();
    for (const chunk of chunks([...new Set(mutationIds)])) {
      const rows = await this.db
        .selectFrom('device_mutations')
        .select(['mutation_id', 'seq', 'result'])
        .where('device_id', '=', deviceId)
        .where('mutation_id', 'in', chunk)
        .execute();
      for (const row of rows) {
        found.set(row.mutation_id, {
          mutationId: row.mutation_id,
          seq: Number(row.seq),
          result: JSON.parse(row.result) as unknown,
        });
      }
    }
    return found;
  }

  async commitSyncBatch(batch: SyncBatch): Promise<boolean> {
    try {
      await this.db.transaction().execute((trx) => writeSyncBatch(trx, this.engine, batch));
      return true;
    } catch (error) {
      if (error instanceof StaleBatchError) return false;
      throw error;
    }
  }

  // --- tokens and enrollment -------------------------------------------------------------

  async insertToken(token: TokenRecord): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('tokens').values(toTokenRow(token)).execute();
      await appendChanges(trx, this.engine, [tokenChange(token, 1)], this.now());
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
      await appendChanges(trx, this.engine, [tokenChange(toTokenRecord(row), 2)], this.now());
      return true;
    });
  }

  async listTokens(): Promise<TokenRecord[]> {
    const rows = await this.db.selectFrom('tokens').selectAll().orderBy('created_at', 'asc').execute();
    return rows.map(toTokenRecord);
  }

  async insertEnrollment(enrollment: EnrollmentRecord): Promise<void> {
    await this.db
      .insertInto('enrollments')
      .values({
        id: enrollment.id,
        code_hash: enrollment.codeHash,
        role: enrollment.role,
        name: enrollment.name,
        secretariat_code: enrollment.secretariatCode,
        created_at: enrollment.createdAt,
        expires_at: enrollment.expiresAt,
        used_at: enrollment.usedAt,
        token_id: enrollment.tokenId,
      })
      .execute();
  }

  async redeemEnrollment(
    codeHash: string,
    at: string,
    makeToken: (enrollment: EnrollmentRecord) => TokenRecord,
  ): Promise<TokenRecord | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('enrollments')
        .selectAll()
        .where('code_hash', '=', codeHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', at)
        .executeTakeFirst();
      if (!row) return undefined;
      const token = makeToken(toEnrollmentRecord(row));
      // The used_at condition makes a second, concurrent redemption of the same code fail here.
      const claimed = await trx
        .updateTable('enrollments')
        .set({ used_at: at, token_id: token.id })
        .where('id', '=', row.id)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return undefined;
      await trx.insertInto('tokens').values(toTokenRow(token)).execute();
      await appendChanges(trx, this.engine, [tokenChange(token, 1)], this.now());
      return token;
    });
  }
}
