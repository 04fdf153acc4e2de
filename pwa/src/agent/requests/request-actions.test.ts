import { describe, expect, it } from 'vitest';
import type { RequestRow } from '../../db/rows';
import { setMeta } from '../../db/seva-db';
import { fakeDb } from '../../testing/fake-db';
import { queueApplications } from '../../testing/queue-fixtures';
import { keepServerCopy, reapplyMine } from '../outbox/outbox-actions';
import { amendRequest, effectiveAnswers, pendingFor, withdrawRequest } from './request-actions';

const now = new Date('2026-01-15T06:00:00Z');

function request(id: string, version: number): RequestRow {
  return {
    id,
    reference: 'R',
    serviceId: 'rev.income-certificate',
    serviceRev: 1,
    departmentCode: 'REV',
    status: 'submitted',
    applicant: { applicantName: 'Ravi', village: 'Tenali' },
    filedAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version,
    source: version ? 'server' : 'optimistic',
    mine: true,
    history: [],
  };
}

describe('changing a filed application', () => {
  it('when the filing has never left the phone, then an amend is folded into it (one mutation, no seq used)', async () => {
    const db = fakeDb();
    const [id = ''] = await queueApplications(db, 1);
    await db.requests.put(request(id, 0));
    await amendRequest(db, request(id, 0), { applicantName: 'Ravi Kumar' }, now);
    const rows = await db.outbox.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.mutation).toMatchObject({
      type: 'create_request',
      args: { applicant: { applicantName: 'Ravi Kumar' } },
    });
    expect((await db.requests.get(id))?.applicant).toMatchObject({ applicantName: 'Ravi Kumar' });
  });

  it('SYNC-CONFLICT-2 when the filing was already sent, then the change is queued as an amend against the known version', async () => {
    const db = fakeDb();
    const [id = ''] = await queueApplications(db, 1);
    await db.outbox.update(1, { attempts: 1 });
    await amendRequest(db, request(id, 2), { village: 'Guntur' }, now);
    const pending = await pendingFor(db, id);
    expect(pending.map((r) => r.mutation)).toMatchObject([
      { type: 'create_request' },
      { seq: 2, type: 'amend_request', baseVersion: 2, args: { fields: { village: 'Guntur' } } },
    ]);
    // The device's copy is unchanged (a pull replaces it); the screens overlay the queued change.
    expect(effectiveAnswers(request(id, 2), pending)).toEqual({ applicantName: 'Ravi', village: 'Guntur' });
  });

  it('when the filing is on its way to the server, then an amend is queued rather than folded into it', async () => {
    const db = fakeDb();
    const [id = ''] = await queueApplications(db, 1);
    await setMeta(db, 'inFlight', { fromSeq: 1, toSeq: 1, since: now.toISOString() });
    await amendRequest(db, request(id, 0), { village: 'Guntur' }, now);
    expect((await pendingFor(db, id)).map((r) => [r.type, r.mutation.args])).toEqual([
      ['create_request', expect.objectContaining({ applicant: { applicantName: 'Citizen 0' } })],
      ['amend_request', { fields: { village: 'Guntur' } }],
    ]);
  });

  it('SYNC-CONFLICT-2 when a push answer reported a newer version than the copy, then the amend names it as base', async () => {
    const db = fakeDb();
    await db.knownVersions.put({ id: 'r1', version: 4 });
    await amendRequest(db, request('r1', 2), { village: 'Guntur' }, now);
    await withdrawRequest(db, request('r1', 5), '', now);
    expect((await db.outbox.orderBy('seq').toArray()).map((r) => r.mutation.baseVersion)).toEqual([4, 5]);
  });

  it('SYNC-APPLY-3 when the agent withdraws, then a withdrawal is queued with the reason', async () => {
    const db = fakeDb();
    await withdrawRequest(db, request('r1', 3), '  citizen moved  ', now);
    expect((await db.outbox.toArray())[0]?.mutation).toMatchObject({
      seq: 1,
      type: 'withdraw_request',
      baseVersion: 3,
      args: { reason: 'citizen moved' },
    });
  });
});

describe('resolving a conflict', () => {
  async function conflicted() {
    const db = fakeDb();
    await amendRequest(db, request('r1', 2), { village: 'Guntur' }, now);
    await db.outbox.update(1, {
      attempts: 1,
      state: {
        kind: 'conflict',
        server: { version: 4, applicant: { village: 'Vijayawada' } },
        fields: ['village'],
        message: 'changed',
      },
    });
    return db;
  }

  it('SYNC-CONFLICT-2 when the agent keeps the server copy, then their change is dropped', async () => {
    const db = await conflicted();
    await keepServerCopy(db, 1);
    expect(await db.outbox.count()).toBe(0);
  });

  it('SYNC-CONFLICT-2 when the agent re-applies, then a new amend is queued on the server version with a new seq', async () => {
    const db = await conflicted();
    const original = (await db.outbox.get(1))?.mutationId;
    await reapplyMine(db, 1, now);
    const rows = await db.outbox.toArray();
    expect(rows.map((r) => r.mutation)).toMatchObject([
      { seq: 2, type: 'amend_request', baseVersion: 4, args: { fields: { village: 'Guntur' } } },
    ]);
    expect(rows[0]?.mutationId).not.toBe(original);
  });
});
