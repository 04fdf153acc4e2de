import type { CatalogContent, PublishedCatalog } from '../../shared/model/catalog';
import type { BotStorePort } from '../../shared/ports/bot-host-ports';
import type { AttachmentStore } from './attachment-store';
import type { CertificateStore } from './certificate-store';
import type { HandoffStore } from './handoff-store';
import type { Grievance } from '../../shared/model/grievance';
import type { ServiceRequest } from '../../shared/model/service-request';
import type { TokenRole } from '../../shared/model/role';

/** Which slice of the queue a caller may see: an agent's secretariat, an officer's desk, or all. */
export type Scope =
  | { kind: 'secretariat'; secretariatCode: string }
  | { kind: 'desk'; departmentCode: string; districtCode: string }
  | { kind: 'all' };

export const ENTITIES = ['catalog', 'request', 'grievance', 'token'] as const;
export type Entity = (typeof ENTITIES)[number];

/**
 * One committed state change. `seq` is assigned by the store in commit order: a reader that
 * has seen every change up to `seq` never later finds a change with a smaller one.
 */
export interface ChangeRecord {
  seq: number;
  entity: Entity;
  entityId: string;
  version: number;
  committedAt: string;
  /** The record as it was after this change (tokens carry no secret). */
  data: unknown;
}

export interface ChangeQuery {
  /** Exclusive: changes with seq greater than this. */
  after: number;
  limit: number;
  scope: Scope;
  entities?: readonly Entity[];
}

export interface RequestQuery {
  scope: Scope;
  status?: string;
  serviceId?: string;
  /** Exclusive: requests with an id before this one (ids are time-ordered UUIDv7). */
  beforeId?: string;
  limit: number;
}

/** What became of one request handed to `insertRequests`. */
export type InsertOutcome =
  | { kind: 'inserted'; request: ServiceRequest }
  /** A request with this id was already stored: the stored one, unchanged. */
  | { kind: 'existing'; request: ServiceRequest }
  /** Another request already holds this reference number. */
  | { kind: 'reference_taken'; id: string };

export interface TokenRecord {
  id: string;
  /** SHA-256 of the bearer secret; the secret itself is never stored. */
  tokenHash: string;
  role: TokenRole;
  name: string;
  secretariatCode: string | null;
  departmentCode: string | null;
  districtCode: string | null;
  createdAt: string;
  revokedAt: string | null;
  /** The one device this token may sync from, when it was issued by enrollment. */
  deviceId: string | null;
}

/** A device that has pushed: the highest seq processed for it (SYNC-SEQ-3). */
export interface DeviceRecord {
  deviceId: string;
  tokenId: string;
  lastSeq: number;
  createdAt: string;
  updatedAt: string;
}

/** The answer stored for a processed mutation, returned again on replay (SYNC-PUSH-2). */
export interface StoredMutationResult {
  mutationId: string;
  seq: number;
  result: unknown;
}

/** One record write of a sync batch, applied in order. */
export type SyncWrite =
  | { kind: 'insert_request'; request: ServiceRequest }
  | { kind: 'update_request'; request: ServiceRequest; expectedVersion: number }
  | { kind: 'insert_grievance'; grievance: Grievance };

/**
 * Everything one push changes, committed in one transaction or not at all (SYNC-PUSH-4).
 * Every write is checked against what the batch was computed from: the device's lastSeq,
 * record versions, new ids being free. If anything moved, nothing is written and the
 * caller recomputes.
 */
export interface SyncBatch {
  deviceId: string;
  tokenId: string;
  /** The device's lastSeq the batch was computed from; null when the device never pushed. */
  expectedLastSeq: number | null;
  lastSeq: number;
  writes: readonly SyncWrite[];
  results: readonly StoredMutationResult[];
  at: string;
}

export interface EnrollmentRecord {
  id: string;
  /** SHA-256 of the one-time code; the code itself is never stored. */
  codeHash: string;
  role: 'agent';
  name: string;
  secretariatCode: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  tokenId: string | null;
}

export interface PublishOutcome {
  catalog: PublishedCatalog;
  /** False when the content equals the latest rev's, which is then returned unchanged. */
  published: boolean;
}

/**
 * Everything Seva keeps. Two engines implement it (SQLite, PostgreSQL) and one contract
 * suite proves they behave the same. Every mutation appends to the change log in the same
 * transaction.
 */
export interface Store {
  readonly engine: 'sqlite' | 'postgres';
  /** The WhatsApp bot's storage, on the same database. */
  readonly bot: BotStorePort;
  /** Certificates, signing keys, trust and status lists, on the same database. */
  readonly certificates: CertificateStore;
  /** Attachment bytes, addressed by their SHA-256, on the same database. */
  readonly attachments: AttachmentStore;
  /** Conversations the bot handed to staff ("talk to a person"), on the same database. */
  readonly handoffs: HandoffStore;
  /** Resolves when the database answers; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;

  /** Publishes `content` as rev latest+1 unless it equals the latest rev. Published revs never change. */
  publishCatalog(content: CatalogContent, now: string): Promise<PublishOutcome>;
  /** The catalog at `rev`, or the latest when `rev` is omitted. */
  getCatalog(rev?: number): Promise<PublishedCatalog | undefined>;
  /** The newest published rev, without loading its content; undefined before the first publish. */
  latestCatalogRev(): Promise<number | undefined>;

  /** Stores new requests; ids already stored are returned as they are. Atomic per call. */
  insertRequests(requests: readonly ServiceRequest[]): Promise<InsertOutcome[]>;
  getRequest(id: string): Promise<ServiceRequest | undefined>;
  getRequestByReference(reference: string): Promise<ServiceRequest | undefined>;
  /** Newest first. */
  listRequests(query: RequestQuery): Promise<ServiceRequest[]>;
  /** Replaces the request if it is still at `expectedVersion`; false when someone got there first. */
  updateRequest(next: ServiceRequest, expectedVersion: number): Promise<boolean>;

  readChanges(query: ChangeQuery): Promise<ChangeRecord[]>;
  /** The highest committed seq, 0 when the log is empty. */
  lastChangeSeq(): Promise<number>;

  insertToken(token: TokenRecord): Promise<void>;
  findTokenByHash(tokenHash: string): Promise<TokenRecord | undefined>;
  /** False when no such token exists or it was already revoked. */
  revokeToken(id: string, at: string): Promise<boolean>;
  listTokens(): Promise<TokenRecord[]>;

  getDevice(deviceId: string): Promise<DeviceRecord | undefined>;
  getMutationResults(deviceId: string, mutationIds: readonly string[]): Promise<Map<string, StoredMutationResult>>;
  getRequests(ids: readonly string[]): Promise<ServiceRequest[]>;
  /** The request as it was at `version`, from the change log. */
  getRequestAtVersion(id: string, version: number): Promise<ServiceRequest | undefined>;
  getGrievances(ids: readonly string[]): Promise<Grievance[]>;
  /** Stores a new grievance; false when its id or reference is already taken. */
  insertGrievance(grievance: Grievance): Promise<boolean>;
  /** Requests a citizen filed over WhatsApp (by WhatsApp id), newest first. */
  listRequestsByCitizen(whatsappId: string, limit: number): Promise<ServiceRequest[]>;
  /** Commits a push; false (and nothing written) when state moved since it was computed. */
  commitSyncBatch(batch: SyncBatch): Promise<boolean>;

  insertEnrollment(enrollment: EnrollmentRecord): Promise<void>;
  /**
   * Uses an unexpired, unused enrollment once: marks it used and stores the token
   * `makeToken` builds from it, atomically. Undefined when the code cannot be used.
   */
  redeemEnrollment(
    codeHash: string,
    at: string,
    makeToken: (enrollment: EnrollmentRecord) => TokenRecord,
  ): Promise<TokenRecord | undefined>;
}
