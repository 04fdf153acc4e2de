import { describe, expect, inject, it } from 'vitest';
import { openPostgresStore } from '../../../sync-server/store/postgres-store';
import { createScratchDatabase } from '../../helpers/embedded-postgres';
import { makeRequest } from '../../fixtures/requests';
import { attachmentStoreContract } from './attachment-store-contract';
import { botStoreContract } from './bot-store-contract';
import { handoffStoreContract } from './handoff-store-contract';
import { storeContract } from './store-contract';

const serverUrl = inject('postgresUrl');

storeContract('PostgreSQL', async () => openPostgresStore(await createScratchDatabase(serverUrl)));
botStoreContract('PostgreSQL', async () => openPostgresStore(await createScratchDatabase(serverUrl)));
attachmentStoreContract('PostgreSQL', async () => openPostgresStore(await createScratchDatabase(serverUrl)));
handoffStoreContract('PostgreSQL', async () => openPostgresStore(await createScratchDatabase(serverUrl)));

describe('PostgreSQL store with several server processes', () => {
  it('when two processes migrate and publish at once, then both succeed and share one schema', async () => {
    const url = await createScratchDatabase(serverUrl);
    const [a, b] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    const request = makeRequest();
    await a.insertRequests([request]);
    expect(await b.getRequest(request.id)).toEqual(request);
    await Promise.all([a.close(), b.close()]);
  });
});
