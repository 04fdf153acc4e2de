import type { RequestStatus } from '../../../shared/lifecycle/request-state-machine';
import type { Mutation, MutationType } from '../../../shared/sync/protocol';
import type {
  AttachmentRow,
  AttachmentUpload,
  DraftRow,
  DraftValue,
  OutboxRow,
  OutboxState,
  RequestCertificateRow,
  RequestHistoryEntry,
  RequestRow,
} from './rows';

/**
 * The one restore step for rows read from IndexedDB. Rows written by any older build come out in
 * today's shape with defaults filled in. It never drops a row: an outbox row it cannot make sense
 * of is kept and marked, because losing queued work is the one thing the app must not do.
 */

type Loose = Record<string, unknown>;

function asRecord(value: unknown): Loose {
  return typeof value === 'object' && value !== null ? (value as Loose) : {};
}
function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

const EPOCH = new Date(0).toISOString();

function restoreState(raw: unknown, row: Loose): OutboxState {
  // Layout 1 kept the state as a bare string beside its details.
  const state = typeof raw === 'string' ? { ...row, kind: raw } : asRecord(raw);
  switch (state.kind) {
    case 'queued':
      return { kind: 'queued' };
    case 'sending':
      return { kind: 'sending', since: str(state.since) ?? EPOCH };
    case 'rejected':
      return {
        kind: 'rejected',
        reason: (str(state.reason) ?? 'invalid_local') as Extract<OutboxState, { kind: 'rejected' }>['reason'],
        message: str(state.message) ?? '',
      };
    case 'conflict':
      return {
        kind: 'conflict',
        server: asRecord(state.server),
        fields: Array.isArray(state.fields) ? state.fields.filter((f): f is string => typeof f === 'string') : [],
        message: str(state.message) ?? '',
      };
    default:
      // Unknown or missing: send it again; the server answers a replay with the stored result (SYNC-PUSH-2).
      return { kind: 'queued' };
  }
}

/** An outbox row in today's shape. */
export function restoreOutboxRow(raw: unknown): OutboxRow {
  const row = asRecord(raw);
  const mutation = asRecord(row.mutation);
  return {
    seq: num(row.seq) ?? num(mutation.seq) ?? 0,
    mutationId: str(row.mutationId) ?? str(mutation.mutationId) ?? '',
    requestId: str(row.requestId) ?? str(mutation.requestId) ?? '',
    type: (str(row.type) ?? str(mutation.type) ?? 'create_request') as MutationType,
    // The worker checks the mutation against the protocol schema before it is sent.
    mutation: mutation as Mutation,
    state: restoreState(row.state ?? row.status, row),
    // Unknown means it may have been sent, so it must not be edited in place.
    attempts: num(row.attempts) ?? 1,
    createdAt: str(row.createdAt) ?? EPOCH,
  };
}

function restoreHistory(raw: unknown): RequestHistoryEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((entry) => {
    const e = asRecord(entry);
    const note = str(e.note);
    return {
      version: num(e.version) ?? 0,
      status: (str(e.status) ?? 'submitted') as RequestStatus,
      at: str(e.at) ?? EPOCH,
      ...(note ? { note } : {}),
    };
  });
}

/** A request's certificate, or undefined when the row has none or it is unreadable (rows from before certificates have none). */
function restoreCertificate(raw: unknown): RequestCertificateRow | undefined {
  const certificate = asRecord(raw);
  const id = str(certificate.id);
  const number = str(certificate.number);
  const issuedAt = str(certificate.issuedAt);
  if (!id || !number || !issuedAt) return undefined;
  const revokedAt = str(certificate.revokedAt);
  const status = certificate.status === 'revoked' || revokedAt ? 'revoked' : 'valid';
  return { id, number, issuedAt, status, ...(revokedAt ? { revokedAt } : {}) };
}

/** A request row in today's shape. */
export function restoreRequestRow(raw: unknown): RequestRow {
  const row = asRecord(raw);
  const version = num(row.version) ?? 0;
  const source =
    row.source === 'server' || row.source === 'optimistic' ? row.source : version > 0 ? 'server' : 'optimistic';
  const certificate = restoreCertificate(row.certificate);
  return {
    id: str(row.id) ?? '',
    reference: str(row.reference) ?? '',
    serviceId: str(row.serviceId) ?? '',
    serviceRev: num(row.serviceRev) ?? 1,
    departmentCode: str(row.departmentCode) ?? '',
    status: (str(row.status) ?? 'submitted') as RequestStatus,
    applicant: asRecord(row.applicant),
    filedAt: str(row.filedAt) ?? EPOCH,
    updatedAt: str(row.updatedAt) ?? str(row.filedAt) ?? EPOCH,
    version,
    source,
    mine: typeof row.mine === 'boolean' ? row.mine : source === 'optimistic',
    history: restoreHistory(row.history),
    ...(certificate ? { certificate } : {}),
  };
}

function isDraftValue(value: unknown): value is DraftValue {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'object' && value !== null);
}

/** A draft in today's shape; answers that are not input values are dropped, the draft is kept. */
export function restoreDraftRow(raw: unknown): DraftRow {
  const row = asRecord(raw);
  const answers: Record<string, DraftValue> = {};
  for (const [key, value] of Object.entries(asRecord(row.answers))) if (isDraftValue(value)) answers[key] = value;
  const requestId = str(row.requestId);
  return {
    id: str(row.id) ?? '',
    serviceId: str(row.serviceId) ?? '',
    serviceRev: num(row.serviceRev) ?? 1,
    answers,
    ...(requestId ? { requestId } : {}),
    createdAt: str(row.createdAt) ?? EPOCH,
    updatedAt: str(row.updatedAt) ?? EPOCH,
  };
}

function restoreUpload(raw: unknown): AttachmentUpload {
  const upload = asRecord(raw);
  const uploadedAt = str(upload.uploadedAt);
  if (upload.kind === 'uploaded' && uploadedAt) return { kind: 'uploaded', uploadedAt };
  if (upload.kind === 'refused') {
    const error = asRecord(upload.uploadError);
    return {
      kind: 'refused',
      uploadError: {
        status: num(error.status) ?? 0,
        code: str(error.code) ?? 'unknown',
        message: str(error.message) ?? '',
        at: str(error.at) ?? EPOCH,
      },
    };
  }
  // Rows from before uploads existed, or unreadable: offer the bytes; the server answers a repeat the same (SYNC-ATT-3).
  return { kind: 'due' };
}

/** An attachment row in today's shape; the bytes are kept exactly as stored. */
export function restoreAttachmentRow(raw: unknown): AttachmentRow {
  const row = asRecord(raw);
  const blob = row.blob instanceof Blob ? row.blob : new Blob([]);
  return {
    sha256: str(row.sha256) ?? '',
    blob,
    mimeType: str(row.mimeType) ?? (blob.type || 'application/octet-stream'),
    sizeBytes: num(row.sizeBytes) ?? blob.size,
    name: str(row.name) ?? '',
    createdAt: str(row.createdAt) ?? EPOCH,
    upload: restoreUpload(row.upload),
  };
}
