import { verifyCertificateQr } from '../../../../shared/certificate/verify-certificate';
import { openStatusList } from '../../../../shared/certificate/status-list-document';
import { openTrustList, trustedKeysFromList } from '../../../../shared/certificate/trust-list';
import type { TrustedKey, VerifiedStatusList } from '../../../../shared/certificate/types';
import type { CachedDocuments } from '../data/cached-documents';
import type { KioskStatus, KioskVerdict } from './verifier-api';

/**
 * The verifier's working set: the trusted keys already imported as CryptoKeys and the status
 * lists already opened, so a verification does no IndexedDB read, no key import and no list
 * parsing — only the certificate's own decoding and one signature check.
 *
 * (Imports name the certificate modules one by one: the package index also carries the QR
 * encoder, which the verifier never needs.)
 */
export interface VerifierCache {
  trust?: {
    seq: number;
    fetchedAt: string;
    keys: ReadonlyMap<string, TrustedKey>;
    /** The status lists the trust list names, one per issuer. */
    statusListIds: readonly string[];
  };
  statusLists: ReadonlyMap<string, { list: VerifiedStatusList; fetchedAt: string }>;
}

export const EMPTY_CACHE: VerifierCache = { statusLists: new Map() };

/**
 * Opens what IndexedDB holds, checking every signature again: the trust list against the
 * pinned roots, each status list against its issuer's key. Whatever fails to open is left out,
 * as if it had never been cached (a device-side edit gains a forger nothing).
 */
export async function openCache(cached: CachedDocuments, roots: readonly CryptoKey[]): Promise<VerifierCache> {
  if (!cached.trustList) return EMPTY_CACHE;
  const opened = await openTrustList(cached.trustList.document, roots);
  if (!opened.ok) return EMPTY_CACHE;
  const keys = await trustedKeysFromList(opened.list);
  const statusListIds = [...new Set(opened.list.issuers.map((issuer) => issuer.statusListId))];
  const statusLists = new Map<string, { list: VerifiedStatusList; fetchedAt: string }>();
  for (const row of cached.statusLists) {
    if (!statusListIds.includes(row.id)) continue;
    const list = await openStatusList(row.document, (kid) => keys.get(kid));
    if (list.ok && list.list.id === row.id) statusLists.set(row.id, { list: list.list, fetchedAt: row.fetchedAt });
  }
  return {
    trust: { seq: opened.list.seq, fetchedAt: cached.trustList.fetchedAt, keys, statusListIds },
    statusLists,
  };
}

/** The cache as the screen describes it. */
export function describeCache(cache: VerifierCache): Pick<KioskStatus, 'trustList' | 'statusLists' | 'dataAsOf'> {
  const statusLists = [...cache.statusLists].map(([id, { list, fetchedAt }]) => ({
    id,
    fetchedAt,
    updatedAt: list.updatedAt,
  }));
  const { trust } = cache;
  if (!trust) return { statusLists };
  const fetched = [trust.fetchedAt];
  let complete = true;
  for (const id of trust.statusListIds) {
    const list = cache.statusLists.get(id);
    if (list) fetched.push(list.fetchedAt);
    else complete = false;
  }
  // ISO times in UTC sort as strings.
  const oldest = fetched.sort()[0];
  return {
    trustList: { seq: trust.seq, issuers: trust.keys.size, fetchedAt: trust.fetchedAt },
    statusLists,
    ...(complete && oldest ? { dataAsOf: oldest } : {}),
  };
}

/** QR text to verdict against the cache, offline. */
export async function verifyWithCache(cache: VerifierCache, text: string, now: Date): Promise<KioskVerdict> {
  const verdict = await verifyCertificateQr(text, {
    now,
    keyFor: (kid) => cache.trust?.keys.get(kid),
    statusList: (id) => cache.statusLists.get(id)?.list,
  });
  const listId = verdict.claims?.seva?.statusListId;
  // Only when the status list was actually consulted (the verifier then reports its date).
  const fetchedAt = verdict.statusAsOf && listId ? cache.statusLists.get(listId)?.fetchedAt : undefined;
  return { ...verdict, checkedAt: now.toISOString(), ...(fetchedAt ? { statusFetchedAt: fetchedAt } : {}) };
}
