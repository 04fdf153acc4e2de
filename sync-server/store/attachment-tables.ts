/** The attachment tables (migration 0005-attachments), as both engines store them. */
export interface AttachmentTables {
  /** One row per distinct file, keyed by the SHA-256 of its bytes, with who first sent it. */
  attachments: {
    sha256: string;
    mime_type: string;
    size_bytes: number;
    bytes: Uint8Array;
    uploaded_at: string;
    /** The token that first sent the bytes. */
    uploaded_by: string;
    /** The first uploader's jurisdiction: an agent's secretariat and its district; an officer's district. */
    secretariat_code: string | null;
    district_code: string | null;
  };
  /**
   * Who may open each file: one row per jurisdiction that sent its bytes (SYNC-ATT-6), keyed
   * `secretariat:<code>` or `district:<code>`. Admins need no row.
   */
  attachment_access: {
    sha256: string;
    reader: string;
    granted_at: string;
  };
}
