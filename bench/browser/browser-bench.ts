import type { Service } from '../../shared/model/service';
import { chromiumAvailable, CHROMIUM_PATH } from '../../test/helpers/browser';
import { startTestServer, type TestServer } from '../../test/helpers/test-server';
import { buildPwa } from './build-pwa';
import type { BrowserFigures, EmulationProof, NetworkName, ScenarioFigures } from './figures';
import { measureInitialJs } from './initial-js';
import { measurePull } from './measure-pull';
import { measurePush } from './measure-push';
import { ServerLog } from './server-log';

export type { BrowserFigures } from './figures';

const SERVICE_ID = 'rev.income-certificate';

async function incomeCertificate(server: TestServer): Promise<Service> {
  const catalog = await server.store.getCatalog();
  const service = catalog?.departments.flatMap((d) => d.services).find((s) => s.id === SERVICE_ID);
  if (!service) throw new Error(`no ${SERVICE_ID} in the shipped catalog`);
  return service;
}

/** One network: a fresh server, a device that pushes the whole set, a second one that pulls it. */
async function scenario(
  pwaDir: string,
  network: NetworkName,
  applications: number,
): Promise<{ figures: ScenarioFigures; emulation?: EmulationProof; chromium: string }> {
  const server = await startTestServer({ pwaDir });
  try {
    const serverLog = new ServerLog(server);
    const service = await incomeCertificate(server);
    const push = await measurePush(server, serverLog, service, applications, network);
    const pull = await measurePull(server, serverLog, push.ids, network);
    return {
      figures: { network, push: push.figures, pull },
      ...(push.emulation ? { emulation: push.emulation } : {}),
      chromium: push.chromium,
    };
  } finally {
    await server.close();
  }
}

/**
 * The field-agent app in Chromium against the real server on 127.0.0.1: `applications` filed
 * offline and pushed, then pulled by a second device, on loopback and under Chromium's
 * "Mobile 3G – Fast" emulation; and the JavaScript `/agent` loads before it first renders.
 */
export async function browserBench(applications = 10_000): Promise<BrowserFigures> {
  if (!chromiumAvailable()) throw new Error(`the browser bench needs Chromium at ${CHROMIUM_PATH}`);
  const pwa = buildPwa();
  try {
    const initialJs = measureInitialJs(pwa.dir);
    const loopback = await scenario(pwa.dir, 'loopback', applications);
    const mobile = await scenario(pwa.dir, 'Mobile 3G – Fast', applications);
    if (!mobile.emulation) throw new Error('the emulated run did not report its emulation');
    return {
      chromium: loopback.chromium,
      applications,
      scenarios: [loopback.figures, mobile.figures],
      emulation: mobile.emulation,
      initialJs,
    };
  } finally {
    pwa.remove();
  }
}
