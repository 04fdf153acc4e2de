import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { Service } from '../../shared/model/service';
import { launchProfile } from '../helpers/browser';
import type { TestServer } from '../helpers/test-server';
import { AgentPage } from './helpers/agent-page';
import { hasChromium, serviceOf, startE2eServer } from './helpers/e2e-server';

const HOME = 'GNT-01-001';

describe.skipIf(!hasChromium)('one application amended on two phones (Chromium)', () => {
  let server: TestServer;
  let income: Service;
  let phoneA: BrowserContext;
  let phoneB: BrowserContext;
  let agentA: AgentPage;
  let agentB: AgentPage;

  beforeAll(async () => {
    server = await startE2eServer();
    income = await serviceOf(server, 'rev.income-certificate');
    [phoneA, phoneB] = await Promise.all([launchProfile(), launchProfile()]);
    agentA = await AgentPage.open(phoneA, server);
    await agentA.enroll(HOME, 'Agent A');
    agentB = await AgentPage.open(phoneB, server);
    await agentB.enroll(HOME, 'Agent B');
  });
  afterAll(async () => {
    await phoneA?.close();
    await phoneB?.close();
    await server?.close();
  });

  const stayOnline = async (): Promise<void> => undefined;
  let reconnectA = stayOnline;
  let reconnectB = stayOnline;

  async function bothOffline(): Promise<void> {
    reconnectA = await agentA.loseNetwork(phoneA);
    reconnectB = await agentB.loseNetwork(phoneB);
  }

  async function online(reconnect: () => Promise<void>, agent: AgentPage): Promise<void> {
    await reconnect();
    await agent.syncNow();
  }

  it('SYNC-CONFLICT-2: different answers merge cleanly; the same answer changed on both phones is a conflict shown with both versions', async () => {
    await agentA.goto(`/agent/new/${income.id}`);
    await agentA.fillForm(income, { occupation: 'Teacher', purpose: 'Scholarship' });
    const reference = await agentA.submit();
    await agentA.waitForOutboxDrained();
    const filed = (await server.store.listRequests({ scope: { kind: 'all' }, limit: 10 })).find(
      (r) => r.reference === reference,
    );
    if (!filed) throw new Error('the application did not reach the server');
    await agentB.waitForRequestVersion(filed.id, 1);

    // Round 1: each phone changes a different answer while offline.
    await bothOffline();
    await agentA.amend(filed.id, { occupation: 'Weaver' });
    await agentB.amend(filed.id, { purpose: 'Bank loan' });
    await online(reconnectA, agentA);
    await agentA.waitForOutboxDrained();
    expect(await agentB.storedOutboxStates()).toEqual(['queued']); // B is still off the network
    await online(reconnectB, agentB);
    await agentB.waitForOutboxDrained();
    expect((await server.store.getRequest(filed.id))?.applicant).toMatchObject({
      occupation: 'Weaver',
      purpose: 'Bank loan',
    });
    await agentB.page.getByTestId('nav-outbox').click();
    await expect.poll(() => agentB.page.locator('[data-testid="outbox-item"][data-merged="true"]').count()).toBe(1);

    // Round 2: both phones change the same answer.
    await agentA.waitForRequestVersion(filed.id, 3);
    await bothOffline();
    await agentA.amend(filed.id, { occupation: 'Potter' });
    await agentB.amend(filed.id, { occupation: 'Farmer' });
    await online(reconnectA, agentA);
    await agentA.waitForOutboxDrained();
    expect(await agentB.storedOutboxStates()).toEqual(['queued']); // B is still off the network
    await online(reconnectB, agentB);
    await agentB.waitForOutboxDrained();
    expect(await agentB.storedOutboxStates()).toEqual(['conflict']);
    await agentB.page.getByTestId('nav-outbox').click();
    const panel = agentB.page.getByTestId('conflict-panel');
    await panel.waitFor();
    expect(await agentB.page.getByTestId('conflict-server-occupation').innerText()).toContain('Potter');
    expect(await agentB.page.getByTestId('conflict-mine-occupation').innerText()).toContain('Farmer');
    expect((await server.store.getRequest(filed.id))?.applicant.occupation).toBe('Potter');

    // The agent keeps their own answer: it is re-applied on top of the server's copy.
    await agentB.page.getByTestId('resolve-reapply').click();
    await agentB.syncNow();
    await agentB.waitForOutboxDrained();
    await expect.poll(async () => (await server.store.getRequest(filed.id))?.applicant.occupation).toBe('Farmer');
    expect(await agentB.storedOutboxStates()).toEqual([]);
  });
});
