import { describe, expect, it } from 'vitest';
import type { OutboxRow } from '../db/rows';
import { planPushResults } from './push-results';
import { selectBatch } from './batching';

const id = (n: number) => `0190a3c2-0000-7aaa-8bbb-${String(n).padStart(12, '0')}`;

function row(seq: number, state: OutboxRow['state'] = { kind: 'queued' }): OutboxRow {
  return {
    seq,
    mutationId: id(seq),
    requestId: id(1000 + seq),
    type: 'amend_request',
    mutation: {
      mutationId: id(seq),
      seq,
      requestId: id(1000 + seq),
      type: 'amend_request',
      baseVersion: 1,
      args: { fields: {} },
    },
    state,
    attempts: 0,
    createdAt: '2026-01-15T06:00:00.000Z',
  };
}

const AT = '2026-01-15T06:00:00.000Z';

describe('reading a push answer', () => {
  it('SYNC-PUSH-2 when a duplicate carries an applied original, then the row is acknowledged with its version', () => {
    const plan = planPushResults(
      [row(1)],
      {
        protocol: 1,
        lastSeq: 1,
        results: [
          {
            mutationId: id(1),
            seq: 1,
            status: 'duplicate',
            original: { mutationId: id(1), seq: 1, status: 'applied', recordId: id(1001), version: 3, merged: true },
          },
        ],
      },
      AT,
    );
    expect(plan.acknowledged).toEqual([
      { seq: 1, mutationId: id(1), requestId: id(1001), type: 'amend_request', version: 3, merged: true, ackAt: AT },
    ]);
    expect(plan.knownVersions).toEqual([{ requestId: id(1001), version: 3 }]);
  });

  it('SYNC-CLIENT-4 when a duplicate carries a rejected original, then the row stays, marked rejected', () => {
    const plan = planPushResults(
      [row(1)],
      {
        protocol: 1,
        lastSeq: 1,
        results: [
          {
            mutationId: id(1),
            seq: 1,
            status: 'duplicate',
            original: { mutationId: id(1), seq: 1, status: 'rejected', reason: 'not_found', message: 'gone' },
          },
        ],
      },
      AT,
    );
    expect(plan.acknowledged).toEqual([]);
    expect(plan.marked).toEqual([{ seq: 1, state: { kind: 'rejected', reason: 'not_found', message: 'gone' } }]);
  });

  it('SYNC-SEQ-2 when the server stopped at a gap, then the rows it did not reach are unanswered and resending starts at the expected seq', () => {
    const plan = planPushResults(
      [row(5), row(6)],
      {
        protocol: 1,
        lastSeq: 3,
        results: [],
        stoppedAt: { seq: 5, expectedSeq: 4 },
      },
      AT,
    );
    expect(plan.unanswered).toEqual([5, 6]);
    expect(plan.resendFrom).toBe(4);
  });
});

describe('choosing a batch', () => {
  it('SYNC-PUSH-1 when many rows wait, then at most the limit go, lowest seq first', () => {
    const rows = [row(3), row(1), row(2)];
    expect(selectBatch(rows, undefined, 2).map((r) => r.seq)).toEqual([1, 2]);
  });

  it('SYNC-CLIENT-4 when rows were refused or are in conflict, then they are not sent again', () => {
    const rows = [
      row(1, { kind: 'rejected', reason: 'not_found', message: '' }),
      row(2, { kind: 'conflict', server: {}, fields: [], message: '' }),
      row(3, { kind: 'sending', since: AT }),
    ];
    expect(selectBatch(rows, undefined).map((r) => r.seq)).toEqual([3]);
  });

  it('SYNC-SEQ-2 when the server asked to resend from a seq, then every row from there goes, whatever its state', () => {
    const rows = [
      row(1, { kind: 'rejected', reason: 'not_found', message: '' }),
      row(2, { kind: 'rejected', reason: 'not_found', message: '' }),
    ];
    expect(selectBatch(rows, 2).map((r) => r.seq)).toEqual([2]);
  });
});
