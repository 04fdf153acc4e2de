import type { FetchLike } from '../../sync/http';
import { readCachedDocuments } from '../data/cached-documents';
import { getSetting, setSetting, type KioskDb } from '../data/kiosk-db';
import type { RefreshOutcome } from '../data/kiosk-rows';
import { refreshLists, type RefreshDeps } from './refresh';
import { RefreshLoop } from './refresh-loop';
import type {
  KioskListener,
  KioskStatus,
  KioskVerdict,
  RefreshTrigger,
  TokenOutcome,
  VerificationTiming,
  VerifierApi,
} from './verifier-api';
import { describeCache, EMPTY_CACHE, openCache, verifyWithCache, type VerifierCache } from './verifier-cache';

export interface KioskVerifierDeps {
  db: KioskDb;
  fetch: FetchLike;
  /** The pinned roots, imported. */
  roots: Promise<readonly CryptoKey[]>;
  pinnedRoots: number;
  now: () => Date;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  random: () => number;
  /** Between routine refreshes. */
  periodMs: number;
}

/**
 * The verifier worker's logic (the worker file only wires it to Comlink): verification against
 * an in-memory cache opened from IndexedDB, and refreshes that keep that cache current.
 */
export class KioskVerifier implements VerifierApi {
  private cache: VerifierCache = EMPTY_CACHE;
  private readonly loaded: Promise<void>;
  /** Reloads may overlap (a refresh here, a change from another tab); only the latest one lands. */
  private generation = 0;
  private listener: KioskListener | undefined;
  private started = false;
  private readonly loop: RefreshLoop;

  constructor(private readonly deps: KioskVerifierDeps) {
    // Verifying waits for the first load only; a failed load leaves the empty cache (UNKNOWN_ISSUER, never VALID).
    this.loaded = this.reload().catch((error: unknown) => console.error('opening the kiosk cache failed', error));
    this.loop = new RefreshLoop({
      run: () => this.refreshOnce(),
      setTimer: deps.setTimer,
      clearTimer: deps.clearTimer,
      random: deps.random,
      periodMs: deps.periodMs,
      onRunning: () => void this.emitStatus(),
    });
  }

  /** Reopens the cache from IndexedDB (after a refresh here, or one another tab stored). */
  async reload(): Promise<void> {
    const generation = ++this.generation;
    const [documents, roots] = await Promise.all([readCachedDocuments(this.deps.db), this.deps.roots]);
    const cache = await openCache(documents, roots);
    if (generation !== this.generation) return;
    this.cache = cache;
    await this.emitStatus();
  }

  async start(listener: KioskListener): Promise<KioskStatus> {
    this.listener = listener;
    if (!this.started) {
      this.started = true;
      void this.loop.trigger();
    }
    return this.status();
  }

  async verify(text: string): Promise<KioskVerdict> {
    await this.loaded;
    return verifyWithCache(this.cache, text, this.deps.now());
  }

  async timeVerifications(text: string, count: number): Promise<VerificationTiming> {
    await this.loaded;
    let verdict = await verifyWithCache(this.cache, text, this.deps.now());
    const started = performance.now();
    for (let i = 0; i < count; i++) verdict = await verifyWithCache(this.cache, text, this.deps.now());
    return { count, totalMs: performance.now() - started, verdict };
  }

  refresh(_trigger: RefreshTrigger): Promise<RefreshOutcome> {
    return this.loop.trigger();
  }

  async saveToken(raw: string): Promise<TokenOutcome> {
    const token = raw.trim();
    if (!token) return { kind: 'empty' };
    await this.loaded;
    // Tried before it is kept, so a mistyped token is caught while its owner is still here.
    const refresh = await refreshLists(await this.refreshDeps(), token, this.cache.trust?.seq);
    if (refresh.kind === 'unauthorized') return { kind: 'refused', detail: refresh.detail };
    await setSetting(this.deps.db, 'token', { token, savedAt: this.deps.now().toISOString() });
    await this.record(refresh);
    return { kind: 'saved', refresh };
  }

  async status(): Promise<KioskStatus> {
    const [token, lastRefresh] = await Promise.all([
      getSetting(this.deps.db, 'token'),
      getSetting(this.deps.db, 'lastRefresh'),
    ]);
    return {
      pinnedRoots: this.deps.pinnedRoots,
      hasToken: token !== undefined,
      ...describeCache(this.cache),
      ...(lastRefresh ? { lastRefresh } : {}),
      refreshing: this.loop.running,
    };
  }

  private async refreshOnce(): Promise<RefreshOutcome> {
    await this.loaded;
    const token = (await getSetting(this.deps.db, 'token'))?.token;
    const outcome = await refreshLists(await this.refreshDeps(), token, this.cache.trust?.seq);
    await this.record(outcome);
    return outcome;
  }

  private async refreshDeps(): Promise<RefreshDeps> {
    const { db, fetch, now } = this.deps;
    return { db, fetch, now, roots: await this.deps.roots };
  }

  private async record(outcome: RefreshOutcome): Promise<void> {
    await setSetting(this.deps.db, 'lastRefresh', { at: this.deps.now().toISOString(), outcome });
    // What was stored is in use before the refresh is reported done.
    if (outcome.kind === 'refreshed') await this.reload();
    else await this.emitStatus();
  }

  private async emitStatus(): Promise<void> {
    const listener = this.listener;
    if (!listener) return;
    const status = await this.status();
    // The page may be gone (closing tab); status is a courtesy, never a reason to fail.
    Promise.resolve(listener({ type: 'status', status })).catch(() => undefined);
  }
}
