import type { SyncProblem } from '../db/rows';

/**
 * The typed API of the sync worker (implemented in `sync-worker.ts`, wrapped in the page by
 * `sync-client.ts` through Comlink). Everything crossing the worker boundary is declared here.
 */

/** Why a sync run was asked for (SYNC-CLIENT-6). */
export type SyncTrigger = 'start' | 'online' | 'visible' | 'timer' | 'queued' | 'manual' | 'retry' | 'enrolled';

/** How one run ended. */
export type SyncRunOutcome =
  | { kind: 'synced'; pushed: number; pulled: number }
  /** The network or the server failed; the engine tries again at `retryAt` (SYNC-CLIENT-1). */
  | { kind: 'retrying'; retryAt: string; detail: string }
  /** Syncing cannot continue until the agent acts (SYNC-CLIENT-2, SYNC-CLIENT-3). */
  | { kind: 'blocked'; problem: Exclude<SyncProblem, 'none'>; detail: string }
  /** Nothing was done: not enrolled yet, or another tab holds the sync lock (SYNC-CLIENT-5). */
  | { kind: 'skipped'; why: 'not_enrolled' | 'other_tab' };

/** Progress the worker reports while it runs, as a discriminated union (never bare strings). */
export type SyncEvent =
  | { type: 'run-started'; trigger: SyncTrigger }
  | { type: 'push-progress'; sent: number; total: number }
  | { type: 'pull-progress'; received: number; hasMore: boolean }
  | { type: 'catalog-updated'; rev: number }
  | { type: 'run-finished'; outcome: SyncRunOutcome };

export type SyncListener = (event: SyncEvent) => void;

/** The answer to an enrollment attempt (SYNC-ENROLL-1). */
export type EnrollOutcome =
  | { kind: 'enrolled'; name: string; secretariatCode: string }
  /** 401: unknown, used or expired code. */
  | { kind: 'invalid_code' }
  | { kind: 'offline' }
  | { kind: 'failed'; detail: string };

export interface SyncApi {
  /** Starts the timer and the first run; safe to call from every tab. */
  start(listener: SyncListener): Promise<void>;
  /** Asks for a run now; resolves when it (or the run already under way) ends. */
  syncNow(trigger: SyncTrigger): Promise<SyncRunOutcome>;
  /** Trades a one-time code for this device's token and stores it. */
  enroll(code: string): Promise<EnrollOutcome>;
}
