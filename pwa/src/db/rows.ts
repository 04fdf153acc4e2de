import type { RequestStatus } from '../../../shared/lifecycle/request-state-machine';
import type { CatalogDepartment } from '../../../shared/model/catalog';
import type { AttachmentRef, GeoPoint } from '../../../shared/model/form-field';
import type { Mutation, MutationType, RejectReason } from '../../../shared/sync/protocol';

/**
 * The shapes of the rows the app keeps in IndexedDB. Rows written by an older build may lack
 * fields added since; everything read back goes through `restore.ts`, which fills them in.
 */

/** A published catalog as the device holds it (SYNC-CAT-1). */
export interface CatalogRow {
  rev: number;
  publishedAt: string;
  departments: CatalogDepartment[];
}

/** What a form input holds before validation: typed text, a choice, a file reference or a place. */
export type DraftValue = string | boolean | AttachmentRef | GeoPoint;

/** An application being filled in; saved on every change so nothing typed is lost. */
export interface DraftRow {
  id: string;
  serviceId: string;
  /** The catalog rev whose form is being filled (SYNC-CAT-2). */
  serviceRev: number;
  answers: Record<string, DraftValue>;
  /** Set when refiling a rejected application: the citizen keeps the reference already given. */
  requestId?: string;
  createdAt: string;
  updatedAt: string;
}

/** Why a mutation waits in the outbox, or what the server said about it. */
export type OutboxState =
  | { kind: 'queued' }
  /** Handed to the network at least once; the answer never arrived, so it is sent again. */
  | { kind: 'sending'; since: string }
  | { kind: 'rejected'; reason: RejectReason | LocalRejectReason; message: string }
  | {
      kind: 'conflict';
      /** The server's copy of the record, which stands until the agent decides (SYNC-CONFLICT-2). */
      server: Record<string, unknown>;
      fields: string[];
      message: string;
    };
export type OutboxStateKind = OutboxState['kind'];

/** Refusals found on the device before sending: the row cannot be sent as written. */
export type LocalRejectReason = 'invalid_local';

/** One unacknowledged mutation (SYNC-CLIENT-4), keyed by its gap-free seq (SYNC-SEQ-1). */
export interface OutboxRow {
  seq: number;
  mutationId: string;
  requestId: string;
  type: MutationType;
  mutation: Mutation;
  state: OutboxState;
  /** How many pushes carried it; 0 means the server has never seen it, so it may still be edited. */
  attempts: number;
  createdAt: string;
}

/**
 * How many acknowledged mutations are kept, the newest: as many as the outbox screen lists. Each
 * acknowledged batch replaces them, so every one kept beyond that would cost a write per push.
 */
export const SENT_LOG_LIMIT = 20;

/** An acknowledged mutation, kept briefly so the agent sees it arrive (its outbox row is gone). */
export interface SentRow {
  seq: number;
  mutationId: string;
  requestId: string;
  type: MutationType;
  /** The record version the server reported; 0 when the answer did not carry one. */
  version: number;
  merged: boolean;
  ackAt: string;
}

/**
 * The push the sync worker has claimed: the batch on the wire and, behind it, the next one it
 * is preparing. Claiming writes this one row instead of rewriting every row of the batch; the
 * batch is exactly the rows in `fromSeq..toSeq` that were due (see `isInFlight`). Screens show
 * those rows as sending, and the page does not edit them in place. A marker left behind by a
 * worker that died means "these may have reached the server": they are sent again (SYNC-PUSH-2).
 */
export interface InFlight {
  fromSeq: number;
  toSeq: number;
  /** When the oldest claimed batch was claimed. */
  since: string;
  /** The resend point (SYNC-SEQ-2) the batches were claimed under, which made more rows due. */
  resendFrom?: number;
}

/**
 * A record version a push answer reported (SYNC-PUSH-3), kept apart from the record so learning
 * it never rewrites the record; an amend names the larger of this and the record's version.
 */
export interface KnownVersionRow {
  id: string;
  version: number;
}

/** Where the device's copy of a request came from. */
export type RequestSource = 'optimistic' | 'server';

/** A request as the device shows it: pulled from the server, or filed here and not yet pulled. */
export interface RequestRow {
  id: string;
  reference: string;
  serviceId: string;
  serviceRev: number;
  departmentCode: string;
  status: RequestStatus;
  applicant: Record<string, unknown>;
  filedAt: string;
  updatedAt: string;
  /** The version a pull (or the server's answer) last showed; 0 before the server has it. */
  version: number;
  source: RequestSource;
  /** Filed by this agent (rather than by another channel in the same secretariat). */
  mine: boolean;
  history: RequestHistoryEntry[];
  /** The certificate issued for it, once a pull has shown one. */
  certificate?: RequestCertificateRow;
}

/** The certificate of an issued request, as the request carries it. */
export interface RequestCertificateRow {
  id: string;
  number: string;
  issuedAt: string;
  status: 'valid' | 'revoked';
  revokedAt?: string;
}

export interface RequestHistoryEntry {
  version: number;
  status: RequestStatus;
  at: string;
  note?: string;
}

/** A grievance pulled from the server; the app lists them but files none yet. */
export interface GrievanceRow {
  id: string;
  reference: string;
  status: string;
  version: number;
  data: Record<string, unknown>;
}

/**
 * Where a captured file's bytes stand with the server (SYNC-ATT-8): waiting to go, held by the
 * server, or refused by it — a refusal is final, so the file is not offered again.
 */
export type AttachmentUpload =
  { kind: 'due' } | { kind: 'uploaded'; uploadedAt: string } | { kind: 'refused'; uploadError: AttachmentUploadError };
export type AttachmentUploadKind = AttachmentUpload['kind'];

/** Why the server (or the device, before sending) refused a file's bytes. */
export interface AttachmentUploadError {
  /** The HTTP status, or 0 when the device refused it without asking. */
  status: number;
  code: string;
  message: string;
  at: string;
}

/**
 * A file captured for a photo or document field, addressed by the SHA-256 of its bytes, so the
 * same photo attached twice is kept once. The answers carry only its reference; the sync worker
 * uploads the bytes on their own (SYNC-ATT-8).
 */
export interface AttachmentRow {
  sha256: string;
  blob: Blob;
  mimeType: string;
  sizeBytes: number;
  name: string;
  createdAt: string;
  upload: AttachmentUpload;
}

/** The device's credentials, from `POST /api/enroll` (SYNC-ENROLL-1). */
export interface Enrollment {
  token: string;
  tokenId: string;
  name: string;
  secretariatCode: string;
  enrolledAt: string;
}

/** What stops syncing until the agent acts, if anything. */
export type SyncProblem =
  | 'none'
  /** SYNC-CLIENT-2: the token was refused; the queue is kept. */
  | 'needs_enrollment'
  /** SYNC-CLIENT-3: the server speaks another protocol version; the queue is kept. */
  | 'needs_update'
  /** SYNC-SEQ-2: the server expects a seq this device no longer holds. */
  | 'sequence_gap'
  /** The server refused a request for a reason retrying cannot fix. */
  | 'refused';

/** The sync engine's last outcome, shared by every tab. */
export interface SyncStatus {
  problem: SyncProblem;
  /** When the last full push-and-pull finished. */
  lastSuccessAt?: string;
  lastAttemptAt?: string;
  /** When the engine will try again after a network or server failure (SYNC-CLIENT-1). */
  nextRetryAt?: string;
  /** Technical detail for the agent to read to support staff. */
  detail?: string;
}

/** Typed key-value settings, one row per key. */
export interface MetaValues {
  deviceId: string;
  enrollment: Enrollment;
  /** The seq the next queued mutation gets (SYNC-SEQ-1). */
  nextSeq: number;
  /** The pull cursor (SYNC-PULL-1). */
  pullCursor: number;
  /** Set after `stoppedAt`: the next push starts here (SYNC-SEQ-2). */
  resendFrom: number;
  /** The push under way, if any. */
  inFlight: InFlight;
  syncStatus: SyncStatus;
}
export type MetaKey = keyof MetaValues;
export type MetaRow = { [K in MetaKey]: { key: K; value: MetaValues[K] } }[MetaKey];
