import { describe, expect, it } from 'vitest';
import { mayEditInPlace } from '../db/queue';
import { SENT_LOG_LIMIT, type SentRow } from '../db/rows';
import { getMeta, setMeta, type SevaDb } from '../db/seva-db';
import { fakeDb } from '../testing/fake-db';
import { queueApplications } from '../testing/queue-fixtures';
import { applyPushPlan, deleteSeqs } from './apply-push';
import { claimBatch } from './claim-batch';
import type { PushPlan } from './push-results';

const NOW = new Date('2026-01-15T06:00:00Z');
const AT = NOW.toISOString();
const accept = () => undefined;

async function queued(count: number): Promise<SevaDb> {
  const db = fakeDb();
  await queueApplications(db, count, NOW);
  return db;
}

function plan(parts: Partial<PushPlan>): PushPlan {
  return { acknowledged: [], marked: [], unanswered: [], knownVersions: [], ...parts };
}

async function acks(db: SevaDb, seqs: number[]): Promise<SentRow[]> {
  const rows = await db.outbox.bulkGet(seqs);
  return rows.flatMap((r) =>
    r
      ? [
          {
            seq: r.seq,
            mutationId: r.mutationId,
            requestId: r.requestId,
            type: r.type,
            version: 1,
            merged: false,
            ackAt: AT,
          },
        ]
      : [],
  );
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('claiming a batch', () => {
  it('SYNC-PUSH-1 when rows are claimed, then one marker records the batch and no row is rewritten', async () => {
    const db = await queued(250);
    const before = await db.outbox.toArray();
    const claim = await claimBatch(db, accept, NOW);
    expect(claim.rows.map((r) => r.seq)).toEqual(range(1, 200));
    expect(await getMeta(db, 'inFlight')).toEqual({ fromSeq: 1, toSeq: 200, since: AT });
    expect(await db.outbox.toArray()).toEqual(before);
  });

  it('when the next batch is prepared behind the one on the wire, then the marker covers both and the page edits neither in place', async () => {
    const db = await queued(450);
    await claimBatch(db, accept, NOW);
    const behind = await claimBatch(db, accept, NOW, 200);
    expect(behind.rows.map((r) => r.seq)).toEqual(range(201, 400));
    expect(await getMeta(db, 'inFlight')).toMatchObject({ fromSeq: 1, toSeq: 400 });
    const editable = async (seq: number) => {
      const row = await db.outbox.get(seq);
      return row ? db.transaction('r', db.outbox, db.meta, () => mayEditInPlace(db, row)) : undefined;
    };
    expect([await editable(1), await editable(400), await editable(401)]).toEqual([false, false, true]);
  });

  it('SYNC-CLIENT-4 when many processed rows come first, then the batch reads past them to the due ones', async () => {
    const db = await queued(260);
    await db.outbox.bulkUpdate(
      range(1, 250).map((seq) => ({
        key: seq,
        changes: { state: { kind: 'rejected', reason: 'not_found', message: '' } },
      })),
    );
    expect((await claimBatch(db, accept, NOW)).rows.map((r) => r.seq)).toEqual(range(251, 260));
  });

  it('SYNC-PUSH-2 when a worker died with a push under way, then a fresh claim treats those rows as sent and sends them again', async () => {
    const db = await queued(3);
    await setMeta(db, 'inFlight', { fromSeq: 1, toSeq: 2, since: AT });
    const claim = await claimBatch(db, accept, NOW);
    expect(claim.rows.map((r) => [r.seq, r.attempts])).toEqual([
      [1, 1],
      [2, 1],
      [3, 0],
    ]);
    expect(await getMeta(db, 'inFlight')).toEqual({ fromSeq: 1, toSeq: 3, since: AT });
  });

  it('when nothing is due, then no marker is left', async () => {
    const db = fakeDb();
    await setMeta(db, 'inFlight', { fromSeq: 1, toSeq: 2, since: AT });
    expect((await claimBatch(db, accept, NOW)).rows).toEqual([]);
    expect(await getMeta(db, 'inFlight')).toBeUndefined();
  });
});

describe('writing a push answer', () => {
  it('SYNC-CLIENT-4 when a batch is answered, then acknowledged rows go, marked rows stay marked, and the marker moves to the batch behind', async () => {
    const db = await queued(5);
    await claimBatch(db, accept, NOW);
    await setMeta(db, 'inFlight', { fromSeq: 1, toSeq: 5, since: AT });
    const state = { kind: 'rejected', reason: 'validation_failed', message: 'bad' } as const;
    await applyPushPlan(db, plan({ acknowledged: await acks(db, [1, 3]), marked: [{ seq: 2, state }] }));
    expect((await db.outbox.toArray()).map((r) => [r.seq, r.state.kind, r.attempts])).toEqual([
      [2, 'rejected', 1],
      [4, 'queued', 0],
      [5, 'queued', 0],
    ]);
    expect((await db.sent.toArray()).map((s) => s.seq)).toEqual([1, 3]);
    expect(await getMeta(db, 'inFlight')).toEqual({ fromSeq: 4, toSeq: 5, since: AT });
  });

  it('SYNC-CLIENT-4 when the acknowledged seqs have holes, then exactly those rows go and the rows in the holes stay', async () => {
    const db = await queued(8);
    await deleteSeqs(db, [7, 1, 2, 3, 5, 8]);
    expect(await db.outbox.orderBy('seq').primaryKeys()).toEqual([4, 6]);
  });

  it('when more rows are acknowledged than the sent log keeps, then only the newest are listed', async () => {
    const db = await queued(250);
    await applyPushPlan(db, plan({ acknowledged: await acks(db, [1, 2]) }));
    await applyPushPlan(db, plan({ acknowledged: await acks(db, range(3, 250)) }));
    const logged = await db.sent.orderBy('seq').primaryKeys();
    expect(logged).toEqual(range(251 - SENT_LOG_LIMIT, 250));
    expect(await db.outbox.count()).toBe(0);
  });

  it('when the answer leaves rows unanswered, then they are queued again as sent once, and the whole marker is released', async () => {
    const db = await queued(4);
    await setMeta(db, 'inFlight', { fromSeq: 1, toSeq: 4, since: AT });
    await applyPushPlan(db, plan({ acknowledged: await acks(db, [1]), unanswered: [2, 3], resendFrom: 2 }));
    expect((await db.outbox.toArray()).map((r) => [r.seq, r.state.kind, r.attempts])).toEqual([
      [2, 'queued', 1],
      [3, 'queued', 1],
      [4, 'queued', 0],
    ]);
    expect(await getMeta(db, 'inFlight')).toBeUndefined();
    expect(await getMeta(db, 'resendFrom')).toBe(2);
  });

  it('when the agent removed a row while its answer was on the way, then the answer does not bring it back', async () => {
    const db = await queued(2);
    await db.outbox.delete(2);
    await applyPushPlan(
      db,
      plan({ marked: [{ seq: 2, state: { kind: 'rejected', reason: 'not_found', message: '' } }] }),
    );
    expect(await db.outbox.get(2)).toBeUndefined();
  });

  it('when answers report record versions, then the newest is kept apart from the record and never lowered', async () => {
    const db = fakeDb();
    const id = '0190a3c2-0000-7aaa-8bbb-0000000000aa';
    const other = '0190a3c2-0000-7aaa-8bbb-0000000000bb';
    await applyPushPlan(
      db,
      plan({
        knownVersions: [
          { requestId: id, version: 4 },
          { requestId: id, version: 3 },
          { requestId: other, version: 1 },
        ],
      }),
    );
    await applyPushPlan(db, plan({ knownVersions: [{ requestId: id, version: 2 }] }));
    expect(await db.knownVersions.toArray()).toEqual([{ id, version: 4 }]);
    expect(await db.requests.count()).toBe(0);
  });
});
