import { describe, expect, it } from 'vitest';
import { isInFlight, shownState } from '../db/outbox-state';
import type { InFlight, OutboxRow } from '../db/rows';
import { claimInFlight, settleInFlight } from './in-flight';

const AT = '2026-01-15T06:00:00.000Z';
const LATER = '2026-01-15T06:00:05.000Z';

function row(seq: number, state: OutboxRow['state'] = { kind: 'queued' }): OutboxRow {
  const id = `0190a3c2-0000-7aaa-8bbb-${String(seq).padStart(12, '0')}`;
  return {
    seq,
    mutationId: id,
    requestId: id,
    type: 'withdraw_request',
    mutation: { mutationId: id, seq, requestId: id, type: 'withdraw_request', baseVersion: 1, args: {} },
    state,
    attempts: 0,
    createdAt: AT,
  };
}

const rejected: OutboxRow['state'] = { kind: 'rejected', reason: 'not_found', message: '' };

describe('the in-flight marker', () => {
  it('when a batch is claimed, then one marker spans it; the batch prepared behind it extends the marker', () => {
    const first = claimInFlight(undefined, [row(1), row(2), row(5)], AT, undefined);
    expect(first).toEqual({ fromSeq: 1, toSeq: 5, since: AT });
    expect(claimInFlight(first, [row(6), row(9)], LATER, undefined)).toEqual({ fromSeq: 1, toSeq: 9, since: AT });
  });

  it('when a batch settles, then only what was claimed behind it stays in flight', () => {
    const flight: InFlight = { fromSeq: 1, toSeq: 9, since: AT };
    expect(settleInFlight(flight, 5)).toEqual({ fromSeq: 6, toSeq: 9, since: AT });
    expect(settleInFlight(flight, 9)).toBeUndefined();
    expect(settleInFlight(undefined, 9)).toBeUndefined();
  });

  it('SYNC-CLIENT-4 when rows in the range were already processed, then they are not in flight (they were not sent)', () => {
    const flight: InFlight = { fromSeq: 1, toSeq: 3, since: AT };
    expect([row(1), row(2, rejected), row(3), row(4)].map((r) => isInFlight(r, flight))).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(shownState(row(1), flight)).toEqual({ kind: 'sending', since: AT });
    expect(shownState(row(2, rejected), flight)).toEqual(rejected);
    expect(shownState(row(1), undefined)).toEqual({ kind: 'queued' });
  });

  it('SYNC-SEQ-2 when the batch was claimed under a resend point, then processed rows from there on are in flight too', () => {
    const flight = claimInFlight(undefined, [row(2, rejected), row(3)], AT, 2);
    expect(flight).toEqual({ fromSeq: 2, toSeq: 3, since: AT, resendFrom: 2 });
    expect(isInFlight(row(2, rejected), flight)).toBe(true);
  });
});
