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
 * stored once. The sync worker uploads them on their own (SYNC-ATT-8); a file kept before keeps
 * its upload state, so attaching it again never sends it twice.
 */
export async function keepAttachment(db: SevaDb, file: File, ref: AttachmentRef, now: Date): Promise<void> {
  await db.transaction('rw', db.attachments, async () => {
    if (await db.attachments.get(ref.sha256)) return;
    await db.attachments.add({
      sha256: ref.sha256,
      blob: file,
      mimeType: ref.mimeType,
      sizeBytes: ref.sizeBytes,
      name: ref.name ?? '',
      createdAt: now.toISOString(),
      upload: { kind: 'due' },
    });
  });
}

/** "820 KB", "1.4 MB": sizes as people read them. */
export function readableSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
