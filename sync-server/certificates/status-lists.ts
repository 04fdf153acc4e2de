import { newStatusList, signStatusList, type StatusList } from '../../shared/certificate';
import type { CertificateStore, StatusListRecord } from '../store/certificate-store';
import type { KeyRing } from './key-ring';

/** A signed document ready to serve, with its entity tag. */
export interface ServedDocument {
  json: string;
  etag: string;
}

/** Signing races with other processes; past this many lost races something keeps changing the list. */
const MAX_ATTEMPTS = 5;

/**
 * The signed status lists. A list is signed once per change — the first time it is asked for
 * after a revocation — and the signature is kept in the database for every process to serve,
 * so a flood of kiosks refreshing costs reads, never signatures.
 */
export class StatusLists {
  /** A list's size never changes, so it is read once per process. */
  private readonly sizes = new Map<string, number>();

  constructor(
    private readonly store: CertificateStore,
    private readonly keys: KeyRing,
  ) {}

  /** The list signed as of its latest change; undefined when there is no such list. */
  async signed(id: string): Promise<ServedDocument | undefined> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const row = await this.store.getStatusList(id);
      if (!row) return undefined;
      if (row.signedVersion === row.version && row.signedDocument) return served(row, row.signedDocument);
      const { signer } = await this.keys.currentSigner(row.issuer);
      const json = JSON.stringify(await signStatusList(await this.build(row), signer));
      // Another process may have signed this version first; then its copy is served, so every
      // process answers one version with the same bytes and the same ETag.
      if (await this.store.saveSignedStatusList(id, row.version, json)) return served(row, json);
    }
    throw new Error(`status list ${id} kept changing while it was being signed`);
  }

  /** How many indices the list has. */
  async sizeOf(id: string): Promise<number> {
    let size = this.sizes.get(id);
    if (size === undefined) {
      const row = await this.store.getStatusList(id);
      if (!row) throw new Error(`there is no status list ${id}`);
      size = row.size;
      this.sizes.set(id, size);
    }
    return size;
  }

  /** The list's bits from the revoked certificates that point into it. */
  private async build(row: StatusListRecord): Promise<StatusList> {
    const list = newStatusList(row.id, row.issuer, row.size, new Date(row.updatedAt));
    // The list is ours until signed, so bits are set in place rather than through withRevoked,
    // which copies the whole list per revocation. Bit i is the most significant bit first
    // (bit 0 is 0x80 of byte 0), as in the W3C Bitstring Status List.
    for (const slot of await this.store.revokedSlots(row.id)) {
      const byte = slot.index >> 3;
      list.bits[byte] = (list.bits[byte] ?? 0) | (0x80 >> (slot.index & 7));
      list.revokedAt[slot.index] = slot.revokedAt;
    }
    return { ...list, updatedAt: row.updatedAt };
  }
}

function served(row: StatusListRecord, json: string): ServedDocument {
  return { json, etag: `"${row.id}.${row.version}"` };
}
