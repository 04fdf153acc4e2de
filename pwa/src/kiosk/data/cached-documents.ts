import type { SignedDocument } from '../../../../shared/certificate/types';
import type { KioskDb } from './kiosk-db';
import { TRUST_LIST_KEY, type StatusListRow, type TrustListRow } from './kiosk-rows';

/**
 * The one restore step for the kiosk's cached documents: rows from IndexedDB are checked for
 * shape before use. A row that does not fit is ignored (it is only a cache; the next refresh
 * replaces it); its signature is checked later, when it is opened.
 */

export interface CachedDocuments {
  trustList?: TrustListRow;
  statusLists: StatusListRow[];
}

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A signed document's shape, whatever its origin (IndexedDB or the network). */
export function asSignedDocument(value: unknown): SignedDocument | undefined {
  if (!isRecord(value)) return undefined;
  const { format, kid, payload, signature } = value;
  if (typeof format !== 'string' || typeof kid !== 'string') return undefined;
  if (typeof payload !== 'string' || typeof signature !== 'string') return undefined;
  return { format, kid, payload, signature };
}

function isIsoTime(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function restoreTrustList(raw: unknown): TrustListRow | undefined {
  if (!isRecord(raw)) return undefined;
  const document = asSignedDocument(raw.document);
  const { seq, fetchedAt } = raw;
  if (!document || typeof seq !== 'number' || !Number.isSafeInteger(seq) || !isIsoTime(fetchedAt)) return undefined;
  return { key: TRUST_LIST_KEY, kind: 'trust-list', document, seq, fetchedAt };
}

function restoreStatusList(raw: unknown): StatusListRow | undefined {
  if (!isRecord(raw)) return undefined;
  const document = asSignedDocument(raw.document);
  const { key, id, fetchedAt } = raw;
  if (!document || typeof key !== 'string' || typeof id !== 'string' || !isIsoTime(fetchedAt)) return undefined;
  return { key, kind: 'status-list', id, document, fetchedAt };
}

/** Reads every cached document in one transaction, so a refresh is seen whole or not at all. */
export async function readCachedDocuments(db: KioskDb): Promise<CachedDocuments> {
  const rows: unknown[] = await db.documents.toArray();
  const cached: CachedDocuments = { statusLists: [] };
  for (const row of rows) {
    const kind = isRecord(row) ? row.kind : undefined;
    if (kind === 'trust-list') {
      const trustList = restoreTrustList(row);
      if (trustList) cached.trustList = trustList;
    } else if (kind === 'status-list') {
      const statusList = restoreStatusList(row);
      if (statusList) cached.statusLists.push(statusList);
    }
  }
  return cached;
}
