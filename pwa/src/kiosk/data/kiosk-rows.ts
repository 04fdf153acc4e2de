import type { SignedDocument } from '../../../../shared/certificate/types';

/**
 * What a kiosk keeps in its own IndexedDB database (`seva-kiosk`), apart from the agent's:
 * the signed documents exactly as the server sent them, and its settings. Documents are kept
 * signed and checked again whenever they are read, so a row edited on the device is worth
 * nothing to a forger.
 */

export const TRUST_LIST_KEY = 'trust-list';

/** The key of a status list's row. */
export function statusListKey(id: string): string {
  return `status-list:${id}`;
}

export interface TrustListRow {
  key: typeof TRUST_LIST_KEY;
  kind: 'trust-list';
  document: SignedDocument;
  /** The list's sequence number, read when it was stored; the floor for the next one (no rollback). */
  seq: number;
  /** When the server last handed it over: how current the kiosk knows it to be. */
  fetchedAt: string;
}

export interface StatusListRow {
  key: string;
  kind: 'status-list';
  id: string;
  document: SignedDocument;
  fetchedAt: string;
}

export type DocumentRow = TrustListRow | StatusListRow;

/** How the last refresh ended, for the screen. */
export interface RefreshRecord {
  at: string;
  outcome: RefreshOutcome;
}

export interface SettingValues {
  /** The kiosk's bearer token (`npx seva token create --role kiosk`); only refreshing uses it, never verifying. */
  token: { token: string; savedAt: string };
  lastRefresh: RefreshRecord;
}
export type SettingKey = keyof SettingValues;
export type SettingRow = { [K in SettingKey]: { key: K; value: SettingValues[K] } }[SettingKey];

/** How one refresh of the trust and status lists ended. */
export type RefreshOutcome =
  | { kind: 'refreshed'; trustSeq: number; statusLists: number; failedStatusLists: string[] }
  /** The server gives the lists only to kiosks, and none has been given yet; verifying still works with what is cached. */
  | { kind: 'no_token' }
  /** No answer from the server: the cache stays as it was. */
  | { kind: 'offline'; detail: string }
  /** The token was refused (revoked, or not a kiosk token). */
  | { kind: 'unauthorized'; detail: string }
  /**
   * The server's trust list could not be accepted: not signed by a pinned root, or older than
   * the one cached (a rollback). The cache stays as it was.
   */
  | { kind: 'rejected'; reason: 'rollback' | 'untrusted'; detail: string }
  | { kind: 'failed'; detail: string };
