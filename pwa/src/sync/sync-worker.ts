/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { openSevaDb } from '../db/seva-db';
import { enrollDevice } from './enroll';
import { runSync } from './engine';
import type { EngineDeps } from './engine-deps';
import { recordStatus } from './record-status';
import { SyncScheduler } from './scheduler';
import type { SyncApi, SyncEvent, SyncListener } from './sync-api';

/** The sync engine's home: one per tab, and only the one holding the lock syncs (SYNC-CLIENT-5). */

const LOCK_NAME = 'seva-sync';
/** Routine runs while nothing fails; `online` and `visible` triggers cover the rest. */
const PERIOD_MS = 2 * 60_000;

const db = openSevaDb();
let listener: SyncListener | undefined;

const deps: EngineDeps = {
  db,
  fetch: (input, init) => fetch(new URL(input, self.location.origin), init),
  now: () => new Date(),
  emit: (event: SyncEvent) => {
    // The page may be gone (closing tab); progress is a courtesy, never a reason to fail a run.
    Promise.resolve(listener?.(event)).catch(() => undefined);
  },
};

async function withLock<T>(wait: boolean, fn: () => Promise<T>): Promise<T | undefined> {
  if (!('locks' in navigator)) return fn();
  return navigator.locks.request(LOCK_NAME, { ifAvailable: !wait }, async (lock) => (lock ? fn() : undefined));
}

const scheduler = new SyncScheduler({
  run: (trigger) => {
    deps.emit({ type: 'run-started', trigger });
    return runSync(deps);
  },
  withLock,
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => new Date(),
  random: Math.random,
  record: async (outcome) => {
    await recordStatus(db, outcome, new Date());
    deps.emit({ type: 'run-finished', outcome });
  },
  periodMs: PERIOD_MS,
});

let started = false;

const api: SyncApi = {
  async start(next) {
    listener = next;
    if (started) return;
    started = true;
    void scheduler.trigger('start');
  },
  syncNow: (trigger) => scheduler.trigger(trigger),
  async enroll(code) {
    const outcome = await enrollDevice(deps, code);
    if (outcome.kind === 'enrolled') void scheduler.trigger('enrolled');
    return outcome;
  },
};

Comlink.expose(api);
