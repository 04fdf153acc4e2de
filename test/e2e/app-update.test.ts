import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { Service } from '../../shared/model/service';
import { launchProfile } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { AgentPage } from './helpers/agent-page';
import { hasChromium, serviceOf } from './helpers/e2e-server';

const HOME = 'GNT-01-001';

/** Whether the page is still the same document (a reload would have cleared the mark). */
async function stillSameDocument(agent: AgentPage): Promise<boolean> {
  return agent.page.evaluate(() => (window as unknown as { sevaMark?: string }).sevaMark === 'before-update');
}

describe.skipIf(!hasChromium)('a new app version while the outbox drains (Chromium)', () => {
  let server: TestServer;
  let context: BrowserContext;
  let income: Service;
  const served = mkdtempSync(join(tmpdir(), 'seva-release-'));

  beforeAll(async () => {
    // A copy of the built app, so the test can "deploy" a new service worker into it.
    cpSync(inject('pwaDir'), served, { recursive: true });
    server = await startTestServer({ pwaDir: served });
    income = await serviceOf(server, 'rev.income-certificate');
    context = await launchProfile();
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
    rmSync(served, { recursive: true, force: true });
  });

  it('never reloads while a form is open or work is unsent, loses nothing, and applies the update once it is safe', async () => {
    const agent = await AgentPage.open(context, server);
    await agent.enroll(HOME);
    await agent.waitUntilOfflineReady();

    await AgentPage.goOffline(context, server);
    const references: string[] = [];
    for (let i = 0; i < 3; i++) {
      await agent.goto(`/agent/new/${income.id}`);
      await agent.fillForm(income, { applicantName: `Update ${String.fromCharCode(65 + i)}` });
      references.push(await agent.submit());
    }
    // The agent starts the next application and is halfway through it.
    await agent.goto(`/agent/new/${income.id}`);
    await agent.page.getByTestId('field-applicantName').fill('Half Typed');
    await agent.page.evaluate(() => {
      (window as unknown as { sevaMark: string }).sevaMark = 'before-update';
    });

    // A new release is deployed, and pushes are slow, so the outbox drains while it installs. The
    // push is held long enough that the new version is surely waiting before anything is answered,
    // however long installing takes on a busy machine.
    appendFileSync(join(served, 'sw.js'), '\n// release 2\n');
    server.faults.push({ match: (req) => req.path === '/api/sync/push', kind: 'delay', delayMs: 12_000, times: 1 });
    await AgentPage.goOnline(context, server);
    await agent.page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await agent.page.getByTestId('update-banner').waitFor();
    expect(await stillSameDocument(agent)).toBe(true);
    // The new version is waiting while work is still unsent: exactly the case that must not reload.
    expect(
      (await agent.storedOutboxStates()).filter((state) => state === 'queued' || state === 'sending'),
    ).toHaveLength(3);

    await agent.waitForOutboxDrained();
    const stored = await server.store.listRequests({
      scope: { kind: 'secretariat', secretariatCode: HOME },
      limit: 10,
    });
    expect(stored.map((r) => r.reference).sort()).toEqual([...references].sort());

    // Drained, but the form is still open: still no reload, and the half-typed answer is there.
    await agent.page.waitForTimeout(1500);
    expect(await stillSameDocument(agent)).toBe(true);
    expect(await agent.page.getByTestId('field-applicantName').inputValue()).toBe('Half Typed');

    // Leaving the form makes the update safe: the page reloads into the new version.
    await agent.page.getByTestId('nav-outbox').click();
    await agent.page.waitForFunction(
      () => (window as unknown as { sevaMark?: string }).sevaMark === undefined,
      undefined,
      {
        timeout: 30_000,
      },
    );
    const waiting = await agent.page.evaluate(async () =>
      Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
    );
    expect(waiting).toBe(false);
    expect(await agent.storedOutboxStates()).toEqual([]);
    const creations = await server.store.readChanges({
      after: 0,
      limit: 100,
      scope: { kind: 'all' },
      entities: ['request'],
    });
    expect(creations).toHaveLength(3);
  });
});
