import type { Service } from '../../shared/model/service';
import type { TestServer } from '../../test/helpers/test-server';
import { HOME, openDevice } from './device';
import { emulateMobile3g, probeFloorsMs, probeWorker } from './emulation';
import type { EmulationProof, NetworkName, PhaseFigures } from './figures';
import { phaseFigures } from './figures';
import { readIdentity, waitForSync } from './probe-device';
import { syncUntilDrained } from './probe-push';
import { makeFilings, seedOutbox } from './seed-outbox';
import type { ServerLog } from './server-log';
import { tallyServer } from './tally';

export interface PushRun {
  figures: PhaseFigures;
  /** The request ids queued, for the pull to look for. */
  ids: string[];
  /** Set when the run was emulated: how the emulation was shown to reach the worker. */
  emulation?: EmulationProof;
  /** The browser's product and version, as DevTools reports it. */
  chromium: string;
}

/**
 * One device files `count` applications offline, then syncs when the network returns. Timed from
 * the `online` event to an outbox with nothing queued or sending; then the server is checked.
 */
export async function measurePush(
  server: TestServer,
  serverLog: ServerLog,
  service: Service,
  count: number,
  network: NetworkName,
): Promise<PushRun> {
  const device = await openDevice(server);
  try {
    const { product } = await device.cdp.send('Browser.getVersion');
    const enrolledAt = new Date();
    await device.agent.enroll(HOME);
    // The run that follows enrollment (nothing to push or pull yet) must be over before the cut.
    await waitForSync(device.page, enrolledAt, 60_000);
    let emulation: EmulationProof | undefined;
    if (network !== 'loopback') {
      const before = await probeWorker(device.worker);
      const setting = await emulateMobile3g(device.cdp, device.workerTarget);
      emulation = { setting, before, after: await probeWorker(device.worker) };
      // Timed under an emulation that did not reach the worker, the figures would mean nothing.
      if (emulation.after.uploadMs < probeFloorsMs(emulation.after).uploadMs * 0.9) {
        throw new Error(`the network emulation does not reach the sync worker: ${JSON.stringify(emulation)}`);
      }
    }
    const catalogRev = (await server.store.latestCatalogRev()) ?? 1;
    const filings = makeFilings(service, catalogRev, count, new Date());

    // Filed with the network cut, so nothing leaves early.
    await server.pause();
    await seedOutbox(device.page, filings);
    await server.resume();
    device.network.clear();
    serverLog.clear();
    const drained = await syncUntilDrained(device.page, network === 'loopback' ? 300_000 : 900_000);
    const traffic = device.network.traffic('POST /api/sync/push');
    const serverTime = serverLog.time('POST /api/sync/push');
    const identity = await readIdentity(device.page);
    await device.close();

    const ids = filings.map((filing) => filing.mutation.requestId);
    const tally = await tallyServer(server.store, ids, identity);
    if (drained.left > 0) tally.detail += `; ${drained.left} rows left in the outbox (rejected or in conflict)`;
    return {
      figures: phaseFigures(drained.ms / 1000, tally, traffic, serverTime),
      ids,
      chromium: product,
      ...(emulation ? { emulation } : {}),
    };
  } finally {
    await device.close();
  }
}
