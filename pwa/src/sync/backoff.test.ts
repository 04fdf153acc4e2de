import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS, backoffDelay } from './backoff';

describe('SYNC-CLIENT-1 backoff', () => {
  it('when the first retry is due, then it waits at most one second', () => {
    expect(backoffDelay(0, () => 0.999)).toBeLessThan(1_000);
    expect(backoffDelay(0, () => 0)).toBe(0);
  });

  it('when failures repeat, then the ceiling doubles each time', () => {
    const top = (failures: number) => backoffDelay(failures, () => 1);
    expect(top(1)).toBe(2_000);
    expect(top(2)).toBe(4_000);
    expect(top(5)).toBe(32_000);
  });

  it('when failures pile up, then the wait never exceeds five minutes', () => {
    expect(backoffDelay(40, () => 1)).toBe(BACKOFF_CAP_MS);
    expect(backoffDelay(1_000, () => 0.5)).toBe(BACKOFF_CAP_MS / 2);
  });

  it('when the draw is uniform, then the delay is spread over the whole range (full jitter)', () => {
    expect(backoffDelay(3, () => 0.25)).toBe(2_000);
    expect(backoffDelay(3, () => 0.75)).toBe(6_000);
  });
});
