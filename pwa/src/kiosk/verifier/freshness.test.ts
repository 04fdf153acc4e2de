import { describe, expect, it } from 'vitest';
import { freshness, STALE_AFTER_MS } from './freshness';
import type { KioskStatus } from './verifier-api';

const NOW = new Date('2026-03-20T10:00:00Z');

function status(overrides: Partial<KioskStatus> = {}): KioskStatus {
  return {
    pinnedRoots: 1,
    hasToken: true,
    trustList: { seq: 3, issuers: 1, fetchedAt: NOW.toISOString() },
    statusLists: [],
    dataAsOf: NOW.toISOString(),
    refreshing: false,
    ...overrides,
  };
}

describe('kiosk data freshness', () => {
  it('when the data was fetched within seven days, then it is fresh', () => {
    const asOf = new Date(NOW.getTime() - STALE_AFTER_MS).toISOString();
    expect(freshness(status({ dataAsOf: asOf }), NOW)).toEqual({ kind: 'fresh', asOf });
  });

  it('when the oldest list is a moment past seven days old, then the data is stale', () => {
    const asOf = new Date(NOW.getTime() - STALE_AFTER_MS - 1000).toISOString();
    expect(freshness(status({ dataAsOf: asOf }), NOW)).toEqual({ kind: 'stale', asOf });
  });

  it('when no trust list is cached, then the data is absent', () => {
    expect(freshness(status({ trustList: undefined, dataAsOf: undefined }), NOW)).toEqual({ kind: 'absent' });
  });

  it('when a status list the trust list names is missing, then the data is absent', () => {
    expect(freshness(status({ dataAsOf: undefined }), NOW)).toEqual({ kind: 'absent' });
  });

  it('when the build pins no root, then that is said before anything else', () => {
    expect(freshness(status({ pinnedRoots: 0 }), NOW)).toEqual({ kind: 'no_roots' });
  });
});
