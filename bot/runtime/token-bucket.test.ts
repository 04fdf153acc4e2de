import { describe, expect, it } from 'vitest';
import { TokenBucket } from './token-bucket';

describe('token bucket', () => {
  it('when a burst arrives, then the burst goes at once and the rest are spaced at the rate', () => {
    const now = 0;
    const bucket = new TokenBucket(80, 80, () => now);
    const waits = Array.from({ length: 82 }, () => bucket.reserve());
    expect(waits.slice(0, 80).every((wait) => wait === 0)).toBe(true);
    expect(waits[80]).toBeCloseTo(12.5);
    expect(waits[81]).toBeCloseTo(25);
  });

  it('when 4,880 sends wait their turn, then the last goes out a minute later: 80 a second', () => {
    const now = 0;
    const bucket = new TokenBucket(80, 80, () => now);
    let last = 0;
    for (let index = 0; index < 80 + 80 * 60; index += 1) last = bucket.reserve();
    expect(last).toBeCloseTo(60_000);
  });

  it('when time passes, then tokens come back at the rate, never above the burst', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 2, () => now);
    bucket.reserve();
    bucket.reserve();
    expect(bucket.reserve()).toBeCloseTo(100);
    now = 10_000;
    expect([bucket.reserve(), bucket.reserve()]).toEqual([0, 0]);
    expect(bucket.reserve()).toBeCloseTo(100);
  });
});
