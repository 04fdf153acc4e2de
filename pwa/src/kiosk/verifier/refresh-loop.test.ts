import { describe, expect, it } from 'vitest';
import type { RefreshOutcome } from '../data/kiosk-rows';
import { RefreshLoop } from './refresh-loop';

const PERIOD_MS = 900_000;

function harness(outcomes: RefreshOutcome[]) {
  const timers: number[] = [];
  const running: boolean[] = [];
  let runs = 0;
  let release: (() => void) | undefined;
  const loop = new RefreshLoop({
    run: async () => {
      runs += 1;
      await new Promise<void>((resolve) => (release = resolve));
      return outcomes.shift() ?? { kind: 'no_token' };
    },
    setTimer: (_fn, ms) => timers.push(ms),
    clearTimer: () => undefined,
    random: () => 0.999,
    periodMs: PERIOD_MS,
    onRunning: (value) => running.push(value),
  });
  const finish = async () => {
    // Let the run reach its await, then let it end.
    await Promise.resolve();
    release?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { loop, timers, running, runs: () => runs, finish };
}

const REFRESHED: RefreshOutcome = { kind: 'refreshed', trustSeq: 1, statusLists: 1, failedStatusLists: [] };
const OFFLINE: RefreshOutcome = { kind: 'offline', detail: 'Failed to fetch' };

describe('kiosk refresh loop', () => {
  it('when triggers arrive during a refresh, then they fold into one follow-up refresh', async () => {
    const h = harness([REFRESHED, REFRESHED]);
    const first = h.loop.trigger();
    const second = h.loop.trigger();
    const third = h.loop.trigger();
    expect(second).toBe(third);
    await h.finish();
    await first;
    await h.finish();
    await second;
    expect(h.runs()).toBe(2);
  });

  it('when a refresh succeeds, then the next one is a period later', async () => {
    const h = harness([REFRESHED]);
    const run = h.loop.trigger();
    await h.finish();
    await run;
    expect(h.timers).toEqual([PERIOD_MS]);
    expect(h.running).toEqual([true, false]);
  });

  it('when the network is down, then retries come sooner and back off, never later than a period', async () => {
    const h = harness([OFFLINE, OFFLINE, OFFLINE]);
    for (let i = 0; i < 3; i++) {
      const run = h.loop.trigger();
      await h.finish();
      await run;
    }
    const [a = 0, b = 0, c = 0] = h.timers;
    expect(a).toBeLessThan(b);
    expect(b).toBeLessThan(c);
    expect(c).toBeLessThanOrEqual(PERIOD_MS);
  });
});
