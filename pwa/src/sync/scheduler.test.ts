import { describe, expect, it } from 'vitest';
import type { RunResult } from './engine';
import { SyncScheduler, type SchedulerDeps } from './scheduler';
import type { SyncRunOutcome } from './sync-api';

function harness(results: RunResult[]) {
  const timers: Array<{ ms: number }> = [];
  const recorded: SyncRunOutcome[] = [];
  let runs = 0;
  let release: (() => void) | undefined;
  const deps: SchedulerDeps = {
    run: async () => {
      runs += 1;
      await new Promise<void>((resolve) => (release = resolve));
      return results.shift() ?? { kind: 'synced', pushed: 0, pulled: 0 };
    },
    withLock: (_wait, fn) => fn(),
    setTimer: (_fn, ms) => timers.push({ ms }),
    clearTimer: () => undefined,
    now: () => new Date('2026-01-15T06:00:00Z'),
    random: () => 1,
    record: async (outcome) => {
      recorded.push(outcome);
    },
    periodMs: 120_000,
  };
  return { scheduler: new SyncScheduler(deps), timers, recorded, runs: () => runs, release: () => release?.() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('sync scheduling', () => {
  it('when triggers arrive during a run, then they fold into one follow-up run', async () => {
    const h = harness([]);
    const first = h.scheduler.trigger('start');
    const second = h.scheduler.trigger('queued');
    const third = h.scheduler.trigger('visible');
    expect(second).toBe(third);
    await tick();
    h.release();
    await first;
    await tick();
    h.release();
    await second;
    expect(h.runs()).toBe(2);
  });

  it('SYNC-CLIENT-1 when runs keep failing, then retries back off exponentially; a success resets the delay', async () => {
    const h = harness([
      { kind: 'retry', detail: 'offline' },
      { kind: 'retry', detail: 'offline' },
      { kind: 'synced', pushed: 1, pulled: 0 },
      { kind: 'retry', detail: 'offline' },
    ]);
    for (let i = 0; i < 4; i += 1) {
      const run = h.scheduler.trigger('timer');
      await tick();
      h.release();
      await run;
    }
    expect(h.timers.map((t) => t.ms)).toEqual([1_000, 2_000, 120_000, 1_000]);
    expect(h.recorded.map((o) => o.kind)).toEqual(['retrying', 'retrying', 'synced', 'retrying']);
  });

  it('SYNC-CLIENT-5 when another tab holds the lock, then this tab skips the run', async () => {
    const h = harness([]);
    const scheduler = new SyncScheduler({
      run: async () => ({ kind: 'synced', pushed: 0, pulled: 0 }),
      withLock: async () => undefined,
      setTimer: () => undefined,
      clearTimer: () => undefined,
      now: () => new Date(),
      random: () => 0.5,
      record: async () => undefined,
      periodMs: 1,
    });
    expect(await scheduler.trigger('timer')).toEqual({ kind: 'skipped', why: 'other_tab' });
    expect(h.runs()).toBe(0);
  });
});
