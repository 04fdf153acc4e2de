import { inject } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import type { Service } from '../../../shared/model/service';

/** The real server with the freshly built PWA, for one browser test file. */
export async function startE2eServer(): Promise<TestServer> {
  return startTestServer({ pwaDir: inject('pwaDir') });
}

export async function serviceOf(server: TestServer, id: string): Promise<Service> {
  const catalog = await server.store.getCatalog();
  const service = catalog?.departments.flatMap((d) => d.services).find((s) => s.id === id);
  if (!service) throw new Error(`no service ${id} in the catalog`);
  return service;
}

/** Whether the browser tests can run here (global setup already failed the run in CI if not). */
export const hasChromium = inject('hasChromium');
