import { describe, expect, it, vi } from 'vitest';
import { fakeDb } from '../testing/fake-db';
import { queueApplications } from '../testing/queue-fixtures';
import { touches, watchQuery } from './watch-query';

describe('watching a query, throttled', () => {
  it('when a change names a table, then only queries reading that table run again', () => {
    const parts = { 'idb://seva/outbox/': {}, 'idb://seva/outbox/state.kind': {} } as never;
    expect(touches(parts, ['outbox'])).toBe(true);
    expect(touches(parts, ['meta', 'requests'])).toBe(false);
    expect(touches({ all: {} } as never, ['meta'])).toBe(true);
  });

  it('when the table changes many times in a burst, then the query runs at most once per interval and once after the last change', async () => {
    const db = fakeDb();
    const seen: number[] = [];
    let runs = 0;
    const stop = watchQuery({
      query: () => {
        runs += 1;
        return db.outbox.count();
      },
      tables: ['outbox'],
      onValue: (value) => seen.push(value),
      intervalMs: 200,
    });
    await vi.waitFor(() => expect(seen).toEqual([0]));
    // Ten commits, each a batch the worker might write, well inside one interval.
    const start = performance.now();
    for (let i = 0; i < 10; i += 1) await queueApplications(db, 1);
    const burst = performance.now() - start;
    await vi.waitFor(() => expect(seen.at(-1)).toBe(10), { timeout: 2000 });
    // The first run, at most one per interval during the burst, and the one after it.
    expect(runs).toBeLessThanOrEqual(2 + Math.ceil(burst / 200));
    expect(runs).toBeLessThan(11);
    stop();
    await queueApplications(db, 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen.at(-1)).toBe(10);
  });
});
