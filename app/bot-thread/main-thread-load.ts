import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * When the bot holds back. The main thread answers webhooks and the bot thread stores them; in
 * a burst, every moment of CPU the conversation engine takes is throughput the webhook loses,
 * and Meta's deliveries start to queue. So processing holds back while the main thread is
 * saturated or a burst is being stored — the inbox is durable, processing catches up as soon
 * as the burst passes — but never for longer than a moment at a time.
 */

/** Event-loop utilisation (per mille) above which the main thread counts as saturated. */
const BUSY_PER_MILLE = 850;
/** How often the main thread publishes its load. */
const PUBLISH_EVERY_MS = 50;
/** Longest the bot thread waits before a round of processing. */
const MAX_HOLD_MS = 250;
/** How often a waiting bot thread looks again. */
const LOOK_EVERY_MS = 10;

export function newLoadCell(): SharedArrayBuffer {
  return new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
}

/** Main thread: publishes its event-loop utilisation into `cell` until the returned function is called. */
export function publishMainThreadLoad(cell: SharedArrayBuffer): () => void {
  const load = new Int32Array(cell);
  let previous = performance.eventLoopUtilization();
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    Atomics.store(load, 0, Math.round(performance.eventLoopUtilization(now, previous).utilization * 1000));
    previous = now;
  }, PUBLISH_EVERY_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    Atomics.store(load, 0, 0);
  };
}

/** Webhook events per second above which a burst is on (normal traffic is far below). */
const BURST_EVENTS_PER_SECOND = 300;
/** The window the event rate is measured over. */
const RATE_WINDOW_MS = 200;

/** Bot thread: counts the webhook events it stores, to tell a burst from normal traffic. */
export class IngestRate {
  private windowStart = Date.now();
  private inWindow = 0;
  private lastRate = 0;

  add(events: number): void {
    this.roll();
    this.inWindow += events;
  }

  /** Events per second over the last full window (or the current one, if it is already busier). */
  perSecond(): number {
    this.roll();
    return Math.max(this.lastRate, (this.inWindow * 1000) / RATE_WINDOW_MS);
  }

  private roll(): void {
    const now = Date.now();
    if (now - this.windowStart < RATE_WINDOW_MS) return;
    const windows = Math.floor((now - this.windowStart) / RATE_WINDOW_MS);
    this.lastRate = windows === 1 ? (this.inWindow * 1000) / RATE_WINDOW_MS : 0;
    this.inWindow = 0;
    this.windowStart += windows * RATE_WINDOW_MS;
  }
}

/**
 * Bot thread: resolves when neither the main thread is saturated nor a burst of webhooks is
 * being stored, or after at most MAX_HOLD_MS. Storing (and so acknowledging) comes first.
 */
export function paceByLoad(cell: SharedArrayBuffer, ingest: IngestRate): () => Promise<void> {
  const load = new Int32Array(cell);
  const busy = () => Atomics.load(load, 0) >= BUSY_PER_MILLE || ingest.perSecond() >= BURST_EVENTS_PER_SECOND;
  return async () => {
    const started = Date.now();
    while (busy() && Date.now() - started < MAX_HOLD_MS) await sleep(LOOK_EVERY_MS);
  };
}
