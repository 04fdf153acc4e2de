import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../test/helpers/browser';
import type { TestServer } from '../../test/helpers/test-server';
import { AgentPage } from '../../test/e2e/helpers/agent-page';
import { NetworkLog } from './network-log';
import { waitForCatalog } from './probe-device';
import { WorkerTarget } from './worker-target';

/** The secretariat every bench device is enrolled in. */
export const HOME = 'GNT-01-001';

/** A phone: a fresh Chromium profile with `/agent` open, its sync worker and DevTools handles on both. */
export interface Device {
  context: BrowserContext;
  page: Page;
  agent: AgentPage;
  /** The app's sync worker, for evaluating probes in its scope. */
  worker: Worker;
  /** DevTools on the page target (network emulation is set here). */
  cdp: CDPSession;
  /** DevTools on the sync worker's own target. */
  workerTarget: WorkerTarget;
  /** The sync worker's requests. */
  network: NetworkLog;
  /** Ends the browser; safe to call again. */
  close(): Promise<void>;
}

const SYNC_WORKER = 'sync-worker';

async function syncWorkerOf(page: Page): Promise<Worker> {
  const existing = page.workers().find((worker) => worker.url().includes(SYNC_WORKER));
  return (
    existing ??
    page.waitForEvent('worker', { predicate: (worker) => worker.url().includes(SYNC_WORKER), timeout: 30_000 })
  );
}

/**
 * A fresh profile exactly as `launchProfile` (test/helpers/browser.ts) makes one — same
 * Chromium, flags and phone-sized viewport — but whose directory is removed on close: every run
 * makes four profiles holding ten thousand applications each.
 */
async function launchBenchProfile(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'seva-bench-chromium-'));
  const context = await chromium
    .launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 360, height: 740 },
    })
    .catch((error: unknown) => {
      rmSync(userDataDir, { recursive: true, force: true });
      throw error;
    });
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= context.close().finally(() => rmSync(userDataDir, { recursive: true, force: true })));
  return { context, close };
}

/**
 * Opens `/agent` in a new profile and waits until the catalog is on the device (the worker
 * fetches it on start, before enrollment). Not enrolled yet: see `AgentPage.enroll`.
 */
export async function openDevice(server: TestServer): Promise<Device> {
  const { context, close } = await launchBenchProfile();
  try {
    const agent = await AgentPage.open(context, server);
    const page = agent.page;
    const worker = await syncWorkerOf(page);
    await waitForCatalog(page, 60_000);
    const cdp = await context.newCDPSession(page);
    const workerTarget = await WorkerTarget.attach(cdp, SYNC_WORKER);
    const network = await NetworkLog.start(workerTarget);
    return { context, page, agent, worker, cdp, workerTarget, network, close };
  } catch (error) {
    await close();
    throw error;
  }
}
