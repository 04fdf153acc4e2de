import type { TestServer } from '../../test/helpers/test-server';
import { HOME, openDevice } from './device';
import { emulateMobile3g } from './emulation';
import type { NetworkName, PhaseFigures } from './figures';
import { phaseFigures } from './figures';
import { requestIds, watchPull } from './probe-pull';
import type { ServerLog } from './server-log';
import { tallyDevice } from './tally';

/**
 * A second device of the same secretariat, enrolled fresh: timed from the moment its enrollment
 * is stored (the worker starts its first sync right then) until its requests table holds every
 * one of `ids`; the app pulls until `hasMore` is false.
 */
export async function measurePull(
  server: TestServer,
  serverLog: ServerLog,
  ids: readonly string[],
  network: NetworkName,
): Promise<PhaseFigures> {
  const device = await openDevice(server);
  try {
    if (network !== 'loopback') await emulateMobile3g(device.cdp, device.workerTarget);
    // The cursor ends at the last change in the device's scope (token and catalog changes are not listed).
    const changes = await server.store.readChanges({
      after: 0,
      limit: 1_000_000,
      scope: { kind: 'secretariat', secretariatCode: HOME },
      entities: ['request', 'grievance'],
    });
    const lastSeq = changes.at(-1)?.seq ?? 0;
    device.network.clear();
    serverLog.clear();
    const deadlineMs = network === 'loopback' ? 300_000 : 900_000;
    const pulled = await watchPull(device.page, ids.length, lastSeq, deadlineMs);
    await device.agent.enroll(HOME);
    const result = await pulled();
    const traffic = device.network.traffic('GET /api/sync/pull');
    const serverTime = serverLog.time('GET /api/sync/pull');
    const tally = tallyDevice(ids, await requestIds(device.page));
    return phaseFigures(result.ms / 1000, tally, traffic, serverTime);
  } finally {
    await device.close();
  }
}
