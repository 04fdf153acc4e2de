import type { KioskStatus } from './verifier-api';

/** Past this age the kiosk warns that its trust and revocation data may miss recent changes. */
export const STALE_AFTER_MS = 7 * 24 * 60 * 60_000;

/**
 * How far the kiosk's data can be relied on: `no_roots` (a build that pins no root can check
 * nothing), `absent` (no usable trust list, or a status list it names is missing), `stale`
 * (older than seven days) or `fresh`.
 */
export type Freshness =
  { kind: 'no_roots' } | { kind: 'absent' } | { kind: 'stale'; asOf: string } | { kind: 'fresh'; asOf: string };

export function freshness(status: KioskStatus, now: Date): Freshness {
  if (status.pinnedRoots === 0) return { kind: 'no_roots' };
  if (!status.trustList || status.dataAsOf === undefined) return { kind: 'absent' };
  const age = now.getTime() - Date.parse(status.dataAsOf);
  return age > STALE_AFTER_MS ? { kind: 'stale', asOf: status.dataAsOf } : { kind: 'fresh', asOf: status.dataAsOf };
}
