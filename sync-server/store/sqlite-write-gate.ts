import { isMainThread } from 'node:worker_threads';

/**
 * Orders SQLite writers of one process across its threads. SQLite lets one connection write at
 * a time; a connection that finds the file locked sleeps in SQLite's busy handler in steps of
 * 1, 2, 5, 10 … 100 ms, and a thread that writes in a loop wins every race against one that is
 * asleep. The server's main thread answers webhooks and API calls and must not wait behind the
 * bot thread's stream of small transactions, so the threads take turns through this gate: the
 * foreground (main) thread goes first whenever it wants to write, and is woken the moment the
 * background thread's transaction ends. Across processes SQLite's own locking still applies.
 */
export interface WriteGate {
  /** Blocks until this thread may write (or, past the time limit, lets SQLite's locking decide). */
  enter(): void;
  leave(): void;
}

const HOLDER = 0;
const FOREGROUND_WANTS = 1;
const FREE = 0;
const FOREGROUND = 1;
const BACKGROUND = 2;
/** A writer stuck longer than this (a crashed thread) no longer holds the others back. */
const GIVE_UP_MS = 5_000;
/** Longest single sleep while waiting, so a lost wake-up costs little. */
const WAIT_SLICE_MS = 5;

export function newWriteGateCells(): SharedArrayBuffer {
  return new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
}

/** The main thread's side. Several connections in this thread share it (their turns nest). */
export function foregroundGate(buffer: SharedArrayBuffer, giveUpMs = GIVE_UP_MS): WriteGate {
  const cells = new Int32Array(buffer);
  let depth = 0;
  let holding = false;
  return {
    enter() {
      depth += 1;
      if (depth > 1) return;
      Atomics.add(cells, FOREGROUND_WANTS, 1);
      const deadline = Date.now() + giveUpMs;
      for (;;) {
        const holder = Atomics.compareExchange(cells, HOLDER, FREE, FOREGROUND);
        if (holder === FREE) {
          holding = true;
          break;
        }
        if (Date.now() > deadline) break;
        Atomics.wait(cells, HOLDER, holder, WAIT_SLICE_MS);
      }
      Atomics.sub(cells, FOREGROUND_WANTS, 1);
    },
    leave() {
      depth = Math.max(0, depth - 1);
      if (depth > 0 || !holding) return;
      holding = false;
      Atomics.store(cells, HOLDER, FREE);
      Atomics.notify(cells, HOLDER);
    },
  };
}

/** A background thread's side: it writes only when the foreground neither writes nor wants to. */
export function backgroundGate(buffer: SharedArrayBuffer, giveUpMs = GIVE_UP_MS): WriteGate {
  const cells = new Int32Array(buffer);
  let holding = false;
  return {
    enter() {
      const deadline = Date.now() + giveUpMs;
      for (;;) {
        if (Atomics.load(cells, FOREGROUND_WANTS) === 0) {
          const holder = Atomics.compareExchange(cells, HOLDER, FREE, BACKGROUND);
          if (holder === FREE) {
            holding = true;
            return;
          }
        }
        if (Date.now() > deadline) return;
        Atomics.wait(cells, HOLDER, Atomics.load(cells, HOLDER), WAIT_SLICE_MS);
      }
    },
    leave() {
      if (!holding) return;
      holding = false;
      Atomics.store(cells, HOLDER, FREE);
      Atomics.notify(cells, HOLDER);
    },
  };
}

let mainThreadCells: SharedArrayBuffer | undefined;

/**
 * The cells the main thread's SQLite connections use; hand them to a thread that writes the
 * same database (it takes `backgroundGate`). Undefined outside the main thread.
 */
export function mainThreadWriteGateCells(): SharedArrayBuffer | undefined {
  if (!isMainThread) return undefined;
  mainThreadCells ??= newWriteGateCells();
  return mainThreadCells;
}

let mainThreadGate: WriteGate | undefined;

/** The gate the main thread's connections share (one per process). */
export function mainThreadWriteGate(): WriteGate | undefined {
  const cells = mainThreadWriteGateCells();
  if (!cells) return undefined;
  mainThreadGate ??= foregroundGate(cells);
  return mainThreadGate;
}
