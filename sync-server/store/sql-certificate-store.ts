import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Certificate } from '../../shared/model/certificate';
import type { ServiceRequest } from '../../shared/model/service-request';
import type {
  CertificateStore,
  IssueOutcome,
  RevokeOutcome,
  SigningKeyRecord,
  StatusListRecord,
  StoredCertificate,
  TrustChange,
  TrustListRecord,
  TrustState,
} from './certificate-store';
import type { Engine } from './migrations';
import type { Database } from './schema';
import { appendChanges } from './sql/change-log';
import { parseDocument, requestChange, toRequestRow } from './sql/rows';

/** Arbitrary constant naming the PostgreSQL advisory lock that serialises key changes. */
const KEYS_LOCK = 7_301_116;
/** The counter row whose update takes SQLite's write lock at the start of a key change. */
const SQLITE_KEYS_LOCK_ROW = '~keys';

/** Thrown inside a transaction to roll it back with an outcome for the caller. */
class Abort extends Error {
  constructor(readonly outcome: IssueOutcome) {
    super(outcome.kind);
  }
}

function toKeyRecord(row: Selectable<Database['signing_keys']>): SigningKeyRecord {
  return {
    kid: row.kid,
    issuer: row.issuer,
    name: JSON.parse(row.name) as SigningKeyRecord['name'],
    documentTypes: JSON.parse(row.document_types) as string[],
    publicJwk: JSON.parse(row.public_jwk) as JsonWebKey,
    statusListId: row.status_list_id,
    notBefore: row.not_before,
    notAfter: row.not_after,
    createdAt: row.created_at,
  };
}

function toKeyRow(key: SigningKeyRecord): Database['signing_keys'] {
  return {
    kid: key.kid,
    issuer: key.issuer,
    name: JSON.stringify(key.name),
    document_types: JSON.stringify(key.documentTypes),
    public_jwk: JSON.stringify(key.publicJwk),
    status_list_id: key.statusListId,
    not_before: key.notBefore,
    not_after: key.notAfter,
    created_at: key.createdAt,
  };
}

function toTrustList(row: Selectable<Database['trust_lists']>): TrustListRecord {
  return { seq: Number(row.seq), issuedAt: row.issued_at, rootKid: row.root_kid, document: row.document };
}

/** Certificate documents are written only by this store, so reading them back trusts their shape. */
function toStored(row: { document: string; qr: string }): StoredCertificate {
  return { certificate: JSON.parse(row.document) as Certificate, qr: row.qr };
}

/** Certificates, signing keys, trust and status lists on either engine (CertificateStore). */
export class SqlCertificateStore implements CertificateStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  // --- keys and trust lists --------------------------------------------------------------

  async changeTrust(decide: (state: TrustState) => Promise<TrustChange | undefined>): Promise<TrustChange | undefined> {
    return this.db.transaction().execute(async (trx) => {
      await this.lockKeys(trx);
      let keysQuery = trx.selectFrom('signing_keys').selectAll().orderBy('not_before').orderBy('kid');
      // Issuance holds a share lock on the key it signs with; rotating waits for it (see issue()).
      if (this.engine === 'postgres') keysQuery = keysQuery.forUpdate();
      const keys = (await keysQuery.execute()).map(toKeyRecord);
      const latest = await this.latestTrustListIn(trx);
      const change = await decide({ keys, latest });
      if (!change) return undefined;
      for (const key of change.keys) {
        const row = toKeyRow(key);
        await trx
          .insertInto('signing_keys')
          .values(row)
          .onConflict((conflict) =>
            conflict
              .column('kid')
              .doUpdateSet({ name: row.name, document_types: row.document_types, not_after: row.not_after }),
          )
          .execute();
      }
      const at = change.trustList.issuedAt;
      for (const list of change.statusLists) {
        await trx
          .insertInto('status_lists')
          .values({ ...list, version: 0, updated_at: at, signed_version: null, signed_document: null })
          .onConflict((conflict) => conflict.doNothing())
          .execute();
      }
      const { seq, issuedAt, rootKid, document } = change.trustList;
      await trx.insertInto('trust_lists').values({ seq, issued_at: issuedAt, root_kid: rootKid, document }).execute();
      return change;
    });
  }

  private async lockKeys(trx: Transaction<Database>): Promise<void> {
    if (this.engine === 'postgres') {
      await sql`select pg_advisory_xact_lock(${KEYS_LOCK})`.execute(trx);
      return;
    }
    // A write as the first statement takes SQLite's write lock now (waiting on busy_timeout),
    // rather than failing at the first insert when another process changed keys meanwhile.
    await this.bumpCounter(trx, SQLITE_KEYS_LOCK_ROW);
  }

  async signingKeys(): Promise<SigningKeyRecord[]> {
    const rows = await this.db.selectFrom('signing_keys').selectAll().orderBy('not_before').orderBy('kid').execute();
    return rows.map(toKeyRecord);
  }

  latestTrustList(): Promise<TrustListRecord | undefined> {
    return this.latestTrustListIn(this.db);
  }

  private async latestTrustListIn(db: Kysely<Database>): Promise<TrustListRecord | undefined> {
    const row = await db.selectFrom('trust_lists').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst();
    return row ? toTrustList(row) : undefined;
  }

  // --- status lists -----------------------------------------------------------------------

  async getStatusList(id: string): Promise<StatusListRecord | undefined> {
    const row = await this.db.selectFrom('status_lists').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    return {
      id: row.id,
      issuer: row.issuer,
      size: row.size,
      version: row.version,
      updatedAt: row.updated_at,
      signedVersion: row.signed_version,
      signedDocument: row.signed_document,
    };
  }

  async revokedSlots(statusListId: string): Promise<{ index: number; revokedAt: string }[]> {
    const rows = await this.db
      .selectFrom('certificates')
      .select(['status_index', 'revoked_at'])
      .where('status_list_id', '=', statusListId)
      .where('revoked_at', 'is not', null)
      .orderBy('status_index')
      .execute();
    return rows.map((row) => ({ index: row.status_index, revokedAt: row.revoked_at ?? '' }));
  }

  async saveSignedStatusList(id: string, version: number, document: string): Promise<boolean> {
    const result = await this.db
      .updateTable('status_lists')
      .set({ signed_version: version, signed_document: document })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  // --- certificates -------------------------------------------------------------------------

  async reserveNumbers(series: string, count: number): Promise<number> {
    return this.bumpCounter(this.db, series, count);
  }

  private async bumpCounter(db: Kysely<Database>, name: string, count = 1): Promise<number> {
    const row = await db
      .insertInto('certificate_counters')
      .values({ name, value: count })
      .onConflict((conflict) =>
        conflict.column('name').doUpdateSet({ value: sql<number>`certificate_counters.value + ${count}` }),
      )
      .returning('value')
      .executeTakeFirstOrThrow();
    return Number(row.value);
  }

  async issue(input: {
    stored: StoredCertificate;
    pdf: Uint8Array;
    request: ServiceRequest;
    expectedVersion: number;
  }): Promise<IssueOutcome> {
    const { certificate, qr } = input.stored;
    try {
      return await this.db.transaction().execute(async (trx): Promise<IssueOutcome> => {
        let keyQuery = trx.selectFrom('signing_keys').select('not_after').where('kid', '=', certificate.issuerKid);
        // A rotation (changeTrust) takes these rows FOR UPDATE before it decides the old key's
        // notAfter, so it waits for this transaction and sets a notAfter after our issue time.
        if (this.engine === 'postgres') keyQuery = keyQuery.forShare();
        const key = await keyQuery.executeTakeFirst();
        // The insert comes first on SQLite so the transaction takes the write lock at once.
        const inserted = await trx
          .insertInto('certificates')
          .values({
            id: certificate.id,
            request_id: certificate.requestId,
            number: certificate.number,
            status_list_id: certificate.statusListId,
            status_index: certificate.statusIndex,
            kid: certificate.issuerKid,
            department_code: input.request.departmentCode,
            district_code: input.request.jurisdiction.districtCode,
            secretariat_code: input.request.jurisdiction.secretariatCode,
            citizen_key: input.request.channel === 'whatsapp' ? (input.request.contact?.whatsappId ?? null) : null,
            issued_at: certificate.issuedAt,
            revoked_at: null,
            document: JSON.stringify(certificate),
            qr,
            pdf: input.pdf,
          })
          // Any unique clash (request, number, status slot) skips the row; the lookup says which.
          .onConflict((conflict) => conflict.doNothing())
          .returning('id')
          .execute();
        if (inserted.length !== 1) {
          const existing = await this.byRequestIn(trx, certificate.requestId);
          throw new Abort(existing ? { kind: 'exists', certificate: existing } : { kind: 'slot_taken' });
        }
        if (!key || (key.not_after !== null && key.not_after < certificate.issuedAt)) {
          throw new Abort({ kind: 'key_retired' });
        }
        const json = JSON.stringify(input.request);
        const {
          id: _id,
          reference: _reference,
          created_at: _createdAt,
          ...changed
        } = toRequestRow(input.request, json);
        const updated = await trx
          .updateTable('requests')
          .set(changed)
          .where('id', '=', input.request.id)
          .where('version', '=', input.expectedVersion)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) throw new Abort({ kind: 'request_moved' });
        await appendChanges(trx, this.engine, [requestChange(input.request, json)], this.now());
        return { kind: 'issued' };
      });
    } catch (error) {
      if (error instanceof Abort) return error.outcome;
      throw error;
    }
  }

  async get(id: string): Promise<StoredCertificate | undefined> {
    const row = await this.db
      .selectFrom('certificates')
      .select(['document', 'qr'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toStored(row) : undefined;
  }

  async getByNumber(number: string): Promise<StoredCertificate | undefined> {
    const row = await this.db
      .selectFrom('certificates')
      .select(['document', 'qr'])
      .where('number', '=', number)
      .executeTakeFirst();
    return row ? toStored(row) : undefined;
  }

  getByRequest(requestId: string): Promise<StoredCertificate | undefined> {
    return this.byRequestIn(this.db, requestId);
  }

  private async byRequestIn(db: Kysely<Database>, requestId: string): Promise<StoredCertificate | undefined> {
    const row = await db
      .selectFrom('certificates')
      .select(['document', 'qr'])
      .where('request_id', '=', requestId)
      .executeTakeFirst();
    return row ? toStored(row) : undefined;
  }

  async pdf(id: string): Promise<Uint8Array | undefined> {
    const row = await this.db.selectFrom('certificates').select('pdf').where('id', '=', id).executeTakeFirst();
    return row ? new Uint8Array(row.pdf) : undefined;
  }

  async listByCitizen(whatsappId: string, limit: number): Promise<StoredCertificate[]> {
    const rows = await this.db
      .selectFrom('certificates')
      .select(['document', 'qr'])
      .where('citizen_key', '=', whatsappId)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toStored);
  }

  async revoke(input: {
    id: string;
    reason: string;
    at: string;
    nextRequest: (current: ServiceRequest, revoked: Certificate) => ServiceRequest;
  }): Promise<RevokeOutcome> {
    return this.db.transaction().execute(async (trx): Promise<RevokeOutcome> => {
      // Marking first takes the write lock (SQLite) and the row lock (PostgreSQL), so two
      // revocations of one certificate cannot both see it valid.
      const marked = await trx
        .updateTable('certificates')
        .set({ revoked_at: input.at })
        .where('id', '=', input.id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      const row = await trx
        .selectFrom('certificates')
        .select(['document', 'request_id', 'status_list_id'])
        .where('id', '=', input.id)
        .executeTakeFirst();
      if (!row) return { kind: 'not_found' };
      const stored = JSON.parse(row.document) as Certificate;
      if (Number(marked.numUpdatedRows) !== 1) return { kind: 'already_revoked', certificate: stored };

      const revoked: Certificate = {
        ...stored,
        status: 'revoked',
        revokedAt: input.at,
        revocationReason: input.reason,
      };
      await trx
        .updateTable('certificates')
        .set({ document: JSON.stringify(revoked) })
        .where('id', '=', input.id)
        .execute();
      await trx
        .updateTable('status_lists')
        .set({ version: sql<number>`version + 1`, updated_at: input.at })
        .where('id', '=', row.status_list_id)
        .execute();

      let requestQuery = trx.selectFrom('requests').select('document').where('id', '=', row.request_id);
      if (this.engine === 'postgres') requestQuery = requestQuery.forUpdate();
      const requestRow = await requestQuery.executeTakeFirstOrThrow();
      const current = parseDocument<ServiceRequest>(requestRow.document);
      const next = input.nextRequest(current, revoked);
      const json = JSON.stringify(next);
      const { id: _id, reference: _reference, created_at: _createdAt, ...changed } = toRequestRow(next, json);
      await trx.updateTable('requests').set(changed).where('id', '=', next.id).execute();
      await appendChanges(trx, this.engine, [requestChange(next, json)], this.now());
      return { kind: 'revoked', certificate: revoked };
    });
  }

  async approvedWithoutCertificate(serviceIds: readonly string[], before: string, limit: number): Promise<string[]> {
    if (serviceIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('requests')
      .leftJoin('certificates', 'certificates.request_id', 'requests.id')
      .select('requests.id')
      .where('requests.status', '=', 'approved')
      .where('requests.service_id', 'in', [...serviceIds])
      .where('requests.updated_at', '<', before)
      .where('certificates.id', 'is', null)
      .orderBy('requests.id')
      .limit(limit)
      .execute();
    return rows.map((row) => row.id);
  }
}
