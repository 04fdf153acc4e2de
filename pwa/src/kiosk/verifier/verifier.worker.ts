/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { liveQuery } from 'dexie';
import { openKioskDb } from '../data/kiosk-db';
import { KioskVerifier } from './kiosk-verifier';
import { importPinnedRoots, PINNED_ROOT_JWKS } from './pinned-roots';

/**
 * The kiosk's verifier worker: verification never waits on the page's rendering, and the
 * imported keys and opened lists stay in memory between scans.
 */

/** Revocations should reach a kiosk within minutes of it being online. */
const PERIOD_MS = 15 * 60_000;

const db = openKioskDb();
const verifier = new KioskVerifier({
  db,
  fetch: (input, init) => fetch(new URL(input, self.location.origin), init),
  roots: importPinnedRoots(),
  pinnedRoots: PINNED_ROOT_JWKS.length,
  now: () => new Date(),
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  random: Math.random,
  periodMs: PERIOD_MS,
});

// Another tab's refresh stores new lists: reopen the cache when the stored documents change.
let first = true;
liveQuery(() => db.documents.toCollection().primaryKeys()).subscribe({
  next: () => {
    // The first answer is the state the constructor already loaded.
    if (first) first = false;
    else void verifier.reload();
  },
  error: (error: unknown) => console.error('watching the kiosk cache failed', error),
});

Comlink.expose(verifier);
