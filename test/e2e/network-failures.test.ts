import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { Service } from '../../shared/model/service';
import { launchProfile } from '../helpers/browser';
import type { TestServer } from '../helpers/test-server';
import { AgentPage } from './helpers/agent-page';
import { hasChromium, serviceOf, startE2eServer } from './helpers/e2e-server';

const HOME = 'GNT-01-001';

describe.skipIf(!hasChromium)('sync through failures (Chromium)', () => {
  let server: TestServer;
  let context: BrowserContext;
  let income: Service;
  let agent: AgentPage;

  beforeAll(async () => {
    server = await startE2eServer();
    income = await serviceOf(server, 'rev.income-certificate');
    context = await launchProfile();
    agent = await AgentPage.open(context, server);
    await agent.enroll(HOME);
    await agent.waitUntilOfflineReady();
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  /** Files `count` applications with no network and returns their reference numbers. */
  async function fileOffline(count: number, tag: string): Promise<string[]> {
    await AgentPage.goOffline(context, server);
    const references: string[] = [];
    for (let i = 0; i < count; i++) {
      await agent.goto(`/agent/new/${income.id}`);
      await agent.fillForm(income, { applicantName: `${tag} ${String.fromCharCode(65 + i)}` });
      references.push(await agent.submit());
    }
    return references;
  }

  async function storedOnce(references: string[]): Promise<void> {
    const all = await server.store.listRequests({ scope: { kind: 'all' }, limit: 1000 });
    const mine = all.filter((r) => references.includes(r.reference));
    expect(mine.map((r) => r.reference).sort()).toEqual([...references].sort());
    const creations = await server.store.readChanges({
      after: 0,
      limit: 10_000,
      scope: { kind: 'all' },
      entities: ['request'],
    });
    for (const request of mine) expect(creations.filter((c) => c.entityId === request.id)).toHaveLength(1);
  }

  it('SYNC-PUSH-4, SYNC-CLIENT-1: when the server fails in the middle of a batch, the app retries and every application arrives once', async () => {
    const references = await fileOffline(5, 'Midbatch');
    server.failCommits(1);
    await AgentPage.goOnline(context, server);
    await agent.waitForOutboxDrained();
    await storedOnce(references);
  });

  it('SYNC-PUSH-2: when the connection drops after the server committed, the retry is a duplicate and nothing is filed twice', async () => {
    const references = await fileOffline(4, 'Dropped');
    const pushesBefore = server.requestLog.filter((line) => line === 'POST /api/sync/push').length;
    server.faults.push({ match: (req) => req.path === '/api/sync/push', kind: 'drop-after-commit', times: 1 });
    await AgentPage.goOnline(context, server);
    await agent.waitForOutboxDrained();
    // The first push was committed but its answer lost; only a second one could empty the outbox.
    expect(
      server.requestLog.filter((line) => line === 'POST /api/sync/push').length - pushesBefore,
    ).toBeGreaterThanOrEqual(2);
    await storedOnce(references);
    expect(await agent.outboxStates()).not.toContain('queued');
  });
});
