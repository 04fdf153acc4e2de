import { describe, expect, it } from 'vitest';
import type { SyncChange } from '../../../shared/sync/protocol';
import { getMeta } from '../db/seva-db';
import { fakeDb } from '../testing/fake-db';
import { applyPullPage } from './apply-pull';

const ID = '0190a3c2-0000-7aaa-8bbb-0000000000aa';
const OTHER = '0190a3c2-0000-7aaa-8bbb-0000000000bb';

function change(seq: number, id: string, version: number, status: string): SyncChange {
  return { seq, entity: 'request', id, version, data: { id, version, status, applicant: {} } };
}

function page(changes: SyncChange[]) {
  return { protocol: 1 as const, changes, nextCursor: changes.at(-1)?.seq ?? 0, hasMore: false, catalogRev: 1 };
}

describe('storing a pull page', () => {
  it('SYNC-PULL-1 when a record changes twice in one page, then the later change wins and the cursor is stored with it', async () => {
    const db = fakeDb();
    await applyPullPage(
      db,
      page([change(1, ID, 1, 'submitted'), change(2, OTHER, 1, 'submitted'), change(3, ID, 2, 'received')]),
      undefined,
    );
    expect(await db.requests.get(ID)).toMatchObject({ version: 2, status: 'received', source: 'server' });
    expect(await db.requests.get(OTHER)).toMatchObject({ version: 1 });
    expect(await getMeta(db, 'pullCursor')).toBe(3);
  });

  it('SYNC-CLIENT-4 when a page holds an older version than the device, then the newer copy stays', async () => {
    const db = fakeDb();
    await applyPullPage(db, page([change(1, ID, 5, 'approved')]), undefined);
    await applyPullPage(db, page([change(2, ID, 3, 'received'), change(3, OTHER, 1, 'submitted')]), undefined);
    expect(await db.requests.get(ID)).toMatchObject({ version: 5, status: 'approved' });
    expect(await getMeta(db, 'pullCursor')).toBe(3);
  });

  it('when a pull shows a version a push answer reported, then the reported one is no longer kept', async () => {
    const db = fakeDb();
    await db.knownVersions.bulkPut([
      { id: ID, version: 3 },
      { id: OTHER, version: 4 },
    ]);
    await applyPullPage(db, page([change(1, ID, 3, 'received'), change(2, OTHER, 2, 'received')]), undefined);
    expect(await db.knownVersions.toArray()).toEqual([{ id: OTHER, version: 4 }]);
  });
});
