import { afterEach, describe, expect, it, vi } from 'vitest';
import { IngestRate, newLoadCell, paceByLoad } from './main-thread-load';

/** Publishes a main-thread load (per mille) the way the main thread does. */
function loadOf(perMille: number): SharedArrayBuffer {
  const cell = newLoadCell();
  Atomics.store(new Int32Array(cell), 0, perMille);
  return cell;
}

/** How long `pace()` held the caller, in ms. */
async function held(pace: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await pace();
  return performance.now() - started;
}

describe('the bot thread holding back for the webhook', () => {
  afterEach(() => vi.useRealTimers());

  it('goes ahead at once when the main thread is not saturated and no burst is arriving', async () => {
    expect(await held(paceByLoad(loadOf(300), new IngestRate()))).toBeLessThan(50);
  });

  it('holds back while the main thread is saturated, but never longer than a moment', async () => {
    const waited = await held(paceByLoad(loadOf(950), new IngestRate()));
    expect(waited).toBeGreaterThanOrEqual(240);
    expect(waited).toBeLessThan(1_000);
  });

  it('holds back while a burst of webhook events is being stored', async () => {
    const ingest = new IngestRate();
    ingest.add(200); // 200 events in a 200 ms window: 1,000 a second
    expect(await held(paceByLoad(loadOf(0), ingest))).toBeGreaterThanOrEqual(190);
  });

  it('counts events per second over the last window, and forgets a burst once it has passed', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const ingest = new IngestRate();
    ingest.add(20); // 20 in the first 200 ms window
    vi.advanceTimersByTime(200);
    expect(ingest.perSecond()).toBe(100);
    vi.advanceTimersByTime(400); // two quiet windows later
    expect(ingest.perSecond()).toBe(0);
  });
});
