import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { Service } from '../../shared/model/service';
import { launchProfile } from '../helpers/browser';
import type { TestServer } from '../helpers/test-server';
import { AgentPage } from './helpers/agent-page';
import { hasChromium, serviceOf, startE2eServer } from './helpers/e2e-server';

const HOME = 'GNT-01-001';
const APPLICATIONS = 20;

describe.skipIf(!hasChromium)('field agent offline (Chromium)', () => {
  let server: TestServer;
  let context: BrowserContext;
  let income: Service;

  beforeAll(async () => {
    server = await startE2eServer();
    income = await serviceOf(server, 'rev.income-certificate');
    context = await launchProfile();
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('SYNC-CLIENT-4, SYNC-PUSH-2: 20 applications filed offline survive closing the page and reach the server exactly once', async () => {
    const agent = await AgentPage.open(context, server);
    await agent.enroll(HOME);
    await agent.waitUntilOfflineReady();

    await AgentPage.goOffline(context, server);
    const references: string[] = [];
    for (let i = 0; i < APPLICATIONS; i++) {
      if (i === 0) await agent.openServiceBySearch('income certificate', income.id);
      else await agent.goto(`/agent/new/${income.id}`);
      await agent.fillForm(income, { applicantName: `Lakshmi Devi ${String.fromCharCode(65 + i)}` });
      references.push(await agent.submit());
    }
    expect(new Set(references).size).toBe(APPLICATIONS);
    expect(await agent.outboxStates()).toEqual(Array(APPLICATIONS).fill('queued'));
    await agent.page.close();

    // Reopened with no network: the service worker serves the app and IndexedDB still holds the queue.
    const reopened = await AgentPage.open(context, server, '/agent/outbox');
    expect(await reopened.outboxStates()).toEqual(Array(APPLICATIONS).fill('queued'));
    expect(await reopened.page.getByTestId('online-indicator').getAttribute('data-online')).toBe('false');
    expect(await server.store.listRequests({ scope: { kind: 'all' }, limit: 100 })).toHaveLength(0);

    await AgentPage.goOnline(context, server);
    await reopened.waitForOutboxDrained();
    const stored = await server.store.listRequests({
      scope: { kind: 'secretariat', secretariatCode: HOME },
      limit: 100,
    });
    expect(stored).toHaveLength(APPLICATIONS);
    const storedReferences = stored.map((r) => r.reference);
    expect({
      missing: references.filter((r) => !storedReferences.includes(r)),
      unexpected: storedReferences.filter((r) => !references.includes(r)),
    }).toEqual({ missing: [], unexpected: [] });
    const creations = await server.store.readChanges({
      after: 0,
      limit: 1000,
      scope: { kind: 'all' },
      entities: ['request'],
    });
    expect(creations).toHaveLength(APPLICATIONS);
    expect(stored.every((r) => r.channel === 'agent' && r.status === 'submitted')).toBe(true);
  });
});
