import type { AttachmentRef } from '../../../../shared/model/form-field';
import type { SevaDb } from '../../db/seva-db';

async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The reference an answer carries for `file`: its content hash, type, size and a short name. */
export async function attachmentRef(file: File): Promise<AttachmentRef> {
  return {
    sha256: await sha256Hex(file),
    mimeType: file.type.toLowerCase() || 'application/octet-stream',
    sizeBytes: file.size,
    name: file.name.slice(0, 200),
  };
}

/**
 * Keeps the file's bytes on the device, addressed by hash, so the same photo attached twice is
 * stored once. Only the reference travels in the answers for now: uploading the bytes is a later
 * protocol addition (separate outbox entries, resumable chunks).
 */
export async function keepAttachment(db: SevaDb, file: File, ref: AttachmentRef, now: Date): Promise<void> {
  await db.attachments.put({
    sha256: ref.sha256,
    blob: file,
    mimeType: ref.mimeType,
    sizeBytes: ref.sizeBytes,
    name: ref.name ?? '',
    createdAt: now.toISOString(),
  });
}

/** "820 KB", "1.4 MB": sizes as people read them. */
export function readableSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
