import type { AttachmentMediaType, AttachmentRecord } from '../../shared/api/attachments-api';

/** The jurisdiction an upload came from; it decides who may open the file (SYNC-ATT-6). */
export interface AttachmentUploader {
  tokenId: string;
  /** An agent's secretariat; null for officers and admins. */
  secretariatCode: string | null;
  /** The district of an agent's secretariat or an officer's desk; null for admins. */
  districtCode: string | null;
}

/** Who is asking for a file: an agent's secretariat, an officer's district, or an admin. */
export type AttachmentReader =
  { kind: 'secretariat'; secretariatCode: string } | { kind: 'district'; districtCode: string } | { kind: 'all' };

/** Bytes whose hash the caller has already checked. */
export interface NewAttachment {
  sha256: string;
  mimeType: AttachmentMediaType;
  bytes: Uint8Array;
  uploader: AttachmentUploader;
  at: string;
}

export interface PutAttachmentOutcome {
  record: AttachmentRecord;
  /** False when the uploader's jurisdiction already held these bytes: nothing changed (SYNC-ATT-3). */
  created: boolean;
}

/**
 * Attachment bytes, content-addressed, on either engine. Every read takes the reader, so a
 * file outside the caller's jurisdiction is simply not found.
 */
export interface AttachmentStore {
  /**
   * Stores the bytes unless a file with this hash is stored already (the first upload's type
   * stands), and lets the uploader's jurisdiction open it. Atomic.
   */
  put(attachment: NewAttachment): Promise<PutAttachmentOutcome>;
  /** The record, without the bytes, when `reader` may open it. */
  find(sha256: string, reader: AttachmentReader): Promise<AttachmentRecord | undefined>;
  /** The record and the bytes, when `reader` may open it. */
  read(sha256: string, reader: AttachmentReader): Promise<{ record: AttachmentRecord; bytes: Uint8Array } | undefined>;
}
