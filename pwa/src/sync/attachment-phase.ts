import { ATTACHMENT_MEDIA_TYPES, MAX_ATTACHMENT_BYTES } from '../../../shared/api/attachments-api';
import type { AttachmentRow, AttachmentUpload, Enrollment } from '../db/rows';
import type { EngineDeps, PhaseResult } from './engine-deps';
import { serverHolds, uploadFile } from './attachment-http';
import type { HttpFailure } from './http';

const ACCEPTED: readonly string[] = ATTACHMENT_MEDIA_TYPES;

/** Files the server would refuse whatever happens (SYNC-ATT-2): refused here, without sending a byte. */
function refusedOnDevice(row: AttachmentRow, at: string): AttachmentUpload | undefined {
  const refuse = (code: string, message: string): AttachmentUpload => ({
    kind: 'refused',
    uploadError: { status: 0, code, message, at },
  });
  if (!ACCEPTED.includes(row.mimeType))
    return refuse('unsupported_media_type', `the server keeps no ${row.mimeType} files`);
  if (row.sizeBytes > MAX_ATTACHMENT_BYTES)
    return refuse('payload_too_large', `${row.sizeBytes} bytes is over the limit`);
  if (row.blob.size !== row.sizeBytes) return refuse('missing_bytes', 'the file is no longer whole on this device');
  return undefined;
}

/**
 * What a failed call means for one file: the server's refusal of it is final and recorded; a
 * network or server failure, or a token problem, stops the phase with the file still due.
 */
function settleFailure(failure: HttpFailure, at: string): PhaseResult<AttachmentUpload> {
  if (failure.kind !== 'refused') return { ok: false, failure };
  return {
    ok: true,
    value: {
      kind: 'refused',
      uploadError: { status: failure.status, code: failure.code ?? 'refused', message: failure.detail, at },
    },
  };
}

/** SYNC-ATT-4, SYNC-ATT-1: skip what the server holds, send what it lacks. */
async function uploadOne(
  deps: EngineDeps,
  enrollment: Enrollment,
  row: AttachmentRow,
): Promise<PhaseResult<AttachmentUpload>> {
  const at = deps.now().toISOString();
  const local = refusedOnDevice(row, at);
  if (local) return { ok: true, value: local };
  const held = await serverHolds(deps.fetch, enrollment.token, row.sha256);
  if (!held.ok) return settleFailure(held.failure, at);
  if (!held.value) {
    const sent = await uploadFile(deps.fetch, enrollment.token, row);
    if (!sent.ok) return settleFailure(sent.failure, at);
  }
  return { ok: true, value: { kind: 'uploaded', uploadedAt: deps.now().toISOString() } };
}

/**
 * Uploads the bytes of every captured file still due, one at a time, oldest capture first
 * (SYNC-ATT-8). A file is marked uploaded only once the server said it holds it, so a worker
 * that dies mid-upload leaves it due and the next run asks again. Returns how many were settled.
 */
export async function uploadAttachments(deps: EngineDeps, enrollment: Enrollment): Promise<PhaseResult<number>> {
  const due = await deps.db.attachments.where('upload.kind').equals('due').primaryKeys();
  const rows = (await deps.db.attachments.bulkGet(due)).filter(
    (row): row is AttachmentRow => row?.upload.kind === 'due',
  );
  rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  let settled = 0;
  for (const row of rows) {
    const outcome = await uploadOne(deps, enrollment, row);
    if (!outcome.ok) return outcome;
    await deps.db.attachments.update(row.sha256, { upload: outcome.value });
    settled += 1;
  }
  return { ok: true, value: settled };
}
