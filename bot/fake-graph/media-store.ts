import { createHash, randomBytes } from 'node:crypto';

export interface StoredMedia {
  id: string;
  bytes: Uint8Array;
  mimeType: string;
  /** The name the file was uploaded with, when it had one. */
  filename?: string;
  /** Hex, as `GET /{media-id}` reports it. */
  sha256Hex: string;
  /** Base64, as inbound webhooks report it (`image.sha256`). */
  sha256Base64: string;
}

/** Files the fake holds: what citizens "sent" (for the bot to download) and what the bot uploaded. */
export class MediaStore {
  private readonly files = new Map<string, StoredMedia>();

  add(bytes: Uint8Array, mimeType: string, filename?: string): StoredMedia {
    const digest = createHash('sha256').update(bytes).digest();
    const media: StoredMedia = {
      id: newMediaId(),
      bytes: Uint8Array.from(bytes),
      mimeType,
      ...(filename === undefined ? {} : { filename }),
      sha256Hex: digest.toString('hex'),
      sha256Base64: digest.toString('base64'),
    };
    this.files.set(media.id, media);
    return media;
  }

  get(id: string): StoredMedia | undefined {
    return this.files.get(id);
  }

  delete(id: string): boolean {
    return this.files.delete(id);
  }

  clear(): void {
    this.files.clear();
  }
}

/** Cloud API media ids are opaque decimal strings of about sixteen digits. */
function newMediaId(): string {
  return (randomBytes(8).readBigUInt64BE() % 9_000_000_000_000_000n) + 1_000_000_000_000_000n + '';
}
