import type { Kysely, Transaction } from 'kysely';
import type { AttachmentMediaType, AttachmentRecord } from '../../shared/api/attachments-api';
import type {
  AttachmentReader,
  AttachmentStore,
  AttachmentUploader,
  NewAttachment,
  PutAttachmentOutcome,
} from './attachment-store';
import type { Database } from './schema';

/** The access keys an upload grants (SYNC-ATT-6): its secretariat, then its district. */
function keysOf(uploader: AttachmentUploader): string[] {
  const keys: string[] = [];
  if (uploader.secretariatCode) keys.push(`secretariat:${uploader.secretariatCode}`);
  if (uploader.districtCode) keys.push(`district:${uploader.districtCode}`);
  return keys;
}

/** The access key a reader needs; undefined for admins, who need none. */
function keyOf(reader: AttachmentReader): string | undefined {
  switch (reader.kind) {
    case 'secretariat':
      return `secretariat:${reader.secretariatCode}`;
    case 'district':
      return `district:${reader.districtCode}`;
    case 'all':
      return undefined;
  }
}

/** How the uploader itself reads what it sent: through the narrowest key it granted. */
function readerOf(uploader: AttachmentUploader): AttachmentReader {
  if (uploader.secretariatCode) return { kind: 'secretariat', secretariatCode: uploader.secretariatCode };
  if (uploader.districtCode) return { kind: 'district', districtCode: uploader.districtCode };
  return { kind: 'all' };
}

/** A view of the same memory as a Buffer: better-sqlite3 binds blobs only from Buffers. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

type Db = Kysely<Database> | Transaction<Database>;

/** Attachments on either engine (AttachmentStore). */
export class SqlAttachmentStore implements AttachmentStore {
  constructor(private readonly db: Kysely<Database>) {}

  async put(attachment: NewAttachment): Promise<PutAttachmentOutcome> {
    const keys = keysOf(attachment.uploader);
    return this.db.transaction().execute(async (trx) => {
      const stored = await trx
        .insertInto('attachments')
        .values({
          sha256: attachment.sha256,
          mime_type: attachment.mimeType,
          size_bytes: attachment.bytes.byteLength,
          bytes: asBuffer(attachment.bytes),
          uploaded_at: attachment.at,
          uploaded_by: attachment.uploader.tokenId,
          secretariat_code: attachment.uploader.secretariatCode,
          district_code: attachment.uploader.districtCode,
        })
        .onConflict((conflict) => conflict.column('sha256').doNothing())
        .returning('sha256')
        .execute();
      const granted = keys.length
        ? await trx
            .insertInto('attachment_access')
            .values(keys.map((reader) => ({ sha256: attachment.sha256, reader, granted_at: attachment.at })))
            .onConflict((conflict) => conflict.columns(['sha256', 'reader']).doNothing())
            .returning('reader')
            .execute()
        : [];
      const [first] = keys;
      const created = first ? granted.some((row) => row.reader === first) : stored.length > 0;
      const record = await this.lookup(trx, attachment.sha256, readerOf(attachment.uploader));
      if (!record) throw new Error(`attachment ${attachment.sha256} vanished inside its own transaction`);
      return { record, created };
    });
  }

  find(sha256: string, reader: AttachmentReader): Promise<AttachmentRecord | undefined> {
    return this.lookup(this.db, sha256, reader);
  }

  async read(
    sha256: string,
    reader: AttachmentReader,
  ): Promise<{ record: AttachmentRecord; bytes: Uint8Array } | undefined> {
    const record = await this.lookup(this.db, sha256, reader);
    if (!record) return undefined;
    const row = await this.db.selectFrom('attachments').select('bytes').where('sha256', '=', sha256).executeTakeFirst();
    return row ? { record, bytes: row.bytes } : undefined;
  }

  /** The record as `reader` knows it: its uploaded time is when the reader's jurisdiction first sent it. */
  private async lookup(db: Db, sha256: string, reader: AttachmentReader): Promise<AttachmentRecord | undefined> {
    const key = keyOf(reader);
    const row = key
      ? await db
          .selectFrom('attachments as a')
          .innerJoin('attachment_access as g', 'g.sha256', 'a.sha256')
          .select(['a.sha256', 'a.mime_type', 'a.size_bytes', 'g.granted_at as uploaded_at'])
          .where('a.sha256', '=', sha256)
          .where('g.reader', '=', key)
          .executeTakeFirst()
      : await db
          .selectFrom('attachments')
          .select(['sha256', 'mime_type', 'size_bytes', 'uploaded_at'])
          .where('sha256', '=', sha256)
          .executeTakeFirst();
    if (!row) return undefined;
    return {
      sha256: row.sha256,
      // Only this store writes the column, from a checked type.
      mimeType: row.mime_type as AttachmentMediaType,
      sizeBytes: Number(row.size_bytes),
      uploadedAt: row.uploaded_at,
    };
  }
}
