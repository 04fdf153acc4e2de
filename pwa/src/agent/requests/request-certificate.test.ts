import { describe, expect, it } from 'vitest';
import type { SyncChange } from '../../../../shared/sync/protocol';
import { restoreRequestRow } from '../../db/restore';
import { applyPullPage } from '../../sync/apply-pull';
import { fakeDb } from '../../testing/fake-db';

const ID = '0190a3c2-0000-7aaa-8bbb-0000000000aa';
const CERTIFICATE = {
  id: '0190a3c2-0000-7aaa-8bbb-0000000000cc',
  number: 'INC-2026-0000A',
  issuedAt: '2026-03-10T09:00:00.000Z',
  status: 'valid',
};

function issued(seq: number, version: number, certificate: Record<string, unknown>): SyncChange {
  return {
    seq,
    entity: 'request',
    id: ID,
    version,
    data: { id: ID, version, status: 'issued', applicant: {}, certificate },
  };
}

function page(changes: SyncChange[]) {
  return { protocol: 1 as const, changes, nextCursor: changes.at(-1)?.seq ?? 0, hasMore: false, catalogRev: 1 };
}

describe("an issued request's certificate on the agent's phone", () => {
  it('when a pull shows the request issued, then its certificate is kept with it', async () => {
    const db = fakeDb();
    await applyPullPage(db, page([issued(1, 4, CERTIFICATE)]), undefined);
    expect((await db.requests.get(ID))?.certificate).toEqual(CERTIFICATE);
  });

  it('when a later pull shows it revoked, then the copy says revoked with the date', async () => {
    const db = fakeDb();
    await applyPullPage(db, page([issued(1, 4, CERTIFICATE)]), undefined);
    const revokedAt = '2026-03-12T11:30:00.000Z';
    await applyPullPage(db, page([issued(2, 5, { ...CERTIFICATE, status: 'revoked', revokedAt })]), undefined);
    expect((await db.requests.get(ID))?.certificate).toEqual({ ...CERTIFICATE, status: 'revoked', revokedAt });
  });

  it('when a row has no certificate or an unreadable one, then it restores without one', () => {
    expect(restoreRequestRow({ id: ID, status: 'approved' }).certificate).toBeUndefined();
    expect(restoreRequestRow({ id: ID, certificate: { number: 7 } }).certificate).toBeUndefined();
  });
});
