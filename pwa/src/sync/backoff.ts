/** SYNC-CLIENT-1: retry delays start at 1 s, double per failure, and never exceed 5 minutes. */
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 5 * 60_000;

/**
 * The delay before retry number `failures` (0 for the first retry), with full jitter: a uniform
 * draw between 0 and the exponential ceiling, so devices that lost the network together do not
 * all come back at the same instant.
 */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures));
  return Math.floor(random() * ceiling);
}
