import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../sync-server/store/sqlite-store';
import { makeRequest } from '../../fixtures/requests';
import { attachmentStoreContract } from './attachment-store-contract';
import { botStoreContract } from './bot-store-contract';
import { handoffStoreContract } from './handoff-store-contract';
import { storeContract } from './store-contract';

const root = mkdtempSync(join(tmpdir(), 'seva-sqlite-'));
let counter = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

storeContract('SQLite', () => openSqliteStore(join(root, `db-${++counter}`)));
botStoreContract('SQLite', () => openSqliteStore(join(root, `db-${++counter}`)));
attachmentStoreContract('SQLite', () => openSqliteStore(join(root, `db-${++counter}`)));
handoffStoreContract('SQLite', () => openSqliteStore(join(root, `db-${++counter}`)));

describe('SQLite store on disk', () => {
  it('when the server restarts, then what it stored is still there', async () => {
    const dir = join(root, 'restart');
    const request = makeRequest();
    const first = await openSqliteStore(dir);
    await first.insertRequests([request]);
    await first.close();
    const second = await openSqliteStore(dir);
    expect(await second.getRequest(request.id)).toEqual(request);
    expect(await second.lastChangeSeq()).toBe(1);
    await second.close();
  });
});
