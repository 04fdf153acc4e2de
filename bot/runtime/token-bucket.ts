/**
 * A token bucket: `ratePerSecond` sends a second on average, up to `burst` at once. Callers
 * reserve a token and wait the time it names; reservations may run the bucket below zero, so
 * callers waiting together are served in the order they asked, each one slot apart.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = clock();
  }

  /** Takes a token; returns how many milliseconds to wait before using it. */
  reserve(): number {
    const now = this.clock();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond);
    this.last = now;
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : (-this.tokens / this.ratePerSecond) * 1000;
  }

  /** Waits for a token (real time: the rate limit is about wall-clock throughput). */
  async take(): Promise<void> {
    const wait = this.reserve();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** One bucket per sending phone number: the Cloud API's throughput limit is per number. */
export class RateLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
  ) {}

  take(phoneNumberId: string): Promise<void> {
    let bucket = this.buckets.get(phoneNumberId);
    if (!bucket) {
      bucket = new TokenBucket(this.ratePerSecond, this.burst);
      this.buckets.set(phoneNumberId, bucket);
    }
    return bucket.take();
  }
}
