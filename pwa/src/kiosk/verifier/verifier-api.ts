import type { CertificateVerdict } from '../../../../shared/certificate/types';
import type { RefreshOutcome, RefreshRecord } from '../data/kiosk-rows';

/**
 * The typed API of the kiosk's verifier worker (implemented in `verifier.worker.ts`, reached from
 * the page through Comlink by `verifier-client.ts`). Everything crossing the boundary is declared here.
 */

/** Why a refresh of the trust and status lists was asked for. */
export type RefreshTrigger = 'start' | 'online' | 'visible' | 'timer' | 'token' | 'manual';

/** A verdict as the kiosk shows it: the certificate's verdict and how current the kiosk's data was. */
export interface KioskVerdict extends CertificateVerdict {
  /** When this verdict was reached (ISO). */
  checkedAt: string;
  /**
   * When the kiosk last fetched the status list this certificate's revocation bit was read from
   * (ISO): "revocation data as of …". Absent when that list is not cached.
   */
  statusFetchedAt?: string;
}

/** What the kiosk has cached and how it got it, for the screen's banners. */
export interface KioskStatus {
  /** How many root keys this build pins (0 only on a dev server started without them). */
  pinnedRoots: number;
  hasToken: boolean;
  /** The cached trust list, when one is cached and still opens with a pinned root. */
  trustList?: { seq: number; issuers: number; fetchedAt: string };
  /** Status lists cached and opened with a trusted key. */
  statusLists: { id: string; fetchedAt: string; updatedAt: string }[];
  /**
   * The oldest fetch time among the trust list and the status lists it names (ISO); absent when
   * the trust list, or any status list it names, is not cached.
   */
  dataAsOf?: string;
  lastRefresh?: RefreshRecord;
  refreshing: boolean;
}

/** What the worker tells the page, as a discriminated union (never bare strings). */
export type KioskEvent = { type: 'status'; status: KioskStatus };

export type KioskListener = (event: KioskEvent) => void;

/** The answer to a token being given. */
export type TokenOutcome =
  /** Stored; `refresh` says how the first refresh with it went. */
  | { kind: 'saved'; refresh: RefreshOutcome }
  /** The server refused it: not stored. */
  | { kind: 'refused'; detail: string }
  | { kind: 'empty' };

/** Timing of repeated verifications inside the worker, for the benchmark. */
export interface VerificationTiming {
  count: number;
  totalMs: number;
  /** The verdict of the last run (all runs see the same text and cache). */
  verdict: KioskVerdict;
}

export interface VerifierApi {
  /** Loads the cache, starts the refresh timer and the first refresh; safe to call more than once. */
  start(listener: KioskListener): Promise<KioskStatus>;
  /** QR text to verdict, offline, against the cached lists. Never throws for a bad text. */
  verify(text: string): Promise<KioskVerdict>;
  /** Refreshes the trust and status lists now (needs the token and a network). */
  refresh(trigger: RefreshTrigger): Promise<RefreshOutcome>;
  /** Stores the kiosk token after the server has accepted it (or could not be reached). */
  saveToken(token: string): Promise<TokenOutcome>;
  status(): Promise<KioskStatus>;
  /** Verifies `text` `count` times in a row and times it in the worker (benchmark and tests only). */
  timeVerifications(text: string, count: number): Promise<VerificationTiming>;
}
