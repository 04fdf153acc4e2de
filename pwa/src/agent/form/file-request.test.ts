import { describe, expect, it } from 'vitest';
import { parseReference } from '../../../../shared/ids';
import type { Service } from '../../../../shared/model/service';
import { fakeDb } from '../../testing/fake-db';
import { fileRequest } from './file-request';

const service: Service = {
  id: 'rev.income-certificate',
  departmentCode: 'REV',
  name: { en: 'Income Certificate', te: 'ఆదాయ ధ్రువీకరణ పత్రం' },
  kind: 'certificate',
  slaDays: 7,
  feeInr: 45,
  requiredDocuments: [],
  keywords: [],
  fields: [
    {
      key: 'applicantName',
      type: 'text',
      label: { en: 'Name', te: 'పేరు' },
      required: true,
      personal: true,
      maxLength: 100,
    },
    { key: 'mobile', type: 'mobile', label: { en: 'Mobile', te: 'మొబైల్' }, required: true, personal: true },
  ],
};
const now = new Date('2026-01-15T06:00:00Z');

describe('filing an application offline', () => {
  it('SYNC-SEQ-1 when an application is filed, then seq, outbox row, optimistic copy and draft deletion happen together', async () => {
    const db = fakeDb();
    await db.drafts.put({ id: 'd1', serviceId: service.id, serviceRev: 3, answers: {}, createdAt: '', updatedAt: '' });
    const filed = await fileRequest(db, {
      draftId: 'd1',
      service,
      catalogRev: 3,
      answers: { applicantName: 'Ravi', mobile: '9876543210' },
      now,
    });
    expect(filed.seq).toBe(1);
    expect(parseReference(filed.reference)).toBe(filed.reference);
    const [row] = await db.outbox.toArray();
    expect(row?.mutation).toMatchObject({
      seq: 1,
      type: 'create_request',
      requestId: filed.requestId,
      baseVersion: 0,
      args: { serviceId: service.id, serviceRev: 3, contact: { mobile: '9876543210' }, filedAt: now.toISOString() },
    });
    expect(await db.requests.get(filed.requestId)).toMatchObject({
      source: 'optimistic',
      status: 'submitted',
      mine: true,
    });
    expect(await db.drafts.count()).toBe(0);
  });

  it('SYNC-SEQ-1 when two applications are filed at once, then their seqs are 1 and 2 with no gap', async () => {
    const db = fakeDb();
    const input = {
      draftId: 'none',
      service,
      catalogRev: 1,
      answers: { applicantName: 'A', mobile: '9876543210' },
      now,
    };
    const filed = await Promise.all([fileRequest(db, input), fileRequest(db, input)]);
    expect(filed.map((f) => f.seq).sort()).toEqual([1, 2]);
    expect(await db.outbox.count()).toBe(2);
  });
});
