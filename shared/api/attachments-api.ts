import { z } from 'zod';
import { AttachmentRefSchema, MAX_ATTACHMENT_KB } from '../model/form-field';

/**
 * Attachment endpoints (docs/SPEC-sync.md, SYNC-ATT-1..8). The bytes of a photo or document an
 * answer refers to (`AttachmentRef`) travel apart from the answers, addressed by their SHA-256:
 * - `PUT /api/attachments/:sha256` (agent, officer, admin): the raw bytes, `Content-Type` one
 *   of {@link ATTACHMENT_MEDIA_TYPES}; answers `AttachmentRecord`, 201 the first time for the
 *   caller's jurisdiction, 200 after that.
 * - `HEAD /api/attachments/:sha256` (same roles): 200 when the caller may open it, else 404.
 * - `GET /api/attachments/:sha256` (same roles): the bytes, as a download.
 */

/** The file types the server keeps: what phone cameras and scanners make, and nothing a browser would run. */
export const ATTACHMENT_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export const AttachmentMediaTypeSchema = z.enum(ATTACHMENT_MEDIA_TYPES);
export type AttachmentMediaType = z.infer<typeof AttachmentMediaTypeSchema>;

/** The largest upload the server takes: the largest limit a form may set (SYNC-ATT-2). */
export const MAX_ATTACHMENT_BYTES = MAX_ATTACHMENT_KB * 1024;

/** A SHA-256 in lowercase hex, exactly as `AttachmentRef.sha256` carries it. */
export const AttachmentHashSchema = AttachmentRefSchema.shape.sha256;

export const AttachmentParamsSchema = z.object({ sha256: AttachmentHashSchema });

/** What the server holds for one attachment, as the caller may know it. */
export const AttachmentRecordSchema = z.object({
  sha256: AttachmentHashSchema,
  mimeType: AttachmentMediaTypeSchema,
  sizeBytes: z.number().int().min(1).max(MAX_ATTACHMENT_BYTES),
  /** When the caller's jurisdiction first sent these bytes (for an admin: when anyone first did). */
  uploadedAt: z.string().datetime(),
});
export type AttachmentRecord = z.infer<typeof AttachmentRecordSchema>;

/** The path of one attachment's bytes. */
export function attachmentPath(sha256: string): string {
  return `/api/attachments/${sha256}`;
}

/** The media type a `Content-Type` header names, without parameters, lowercased; undefined when it names none of ours. */
export function attachmentMediaTypeOf(contentType: string | undefined): AttachmentMediaType | undefined {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase();
  const parsed = AttachmentMediaTypeSchema.safeParse(essence);
  return parsed.success ? parsed.data : undefined;
}
