import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CertificateResponse } from '../../../shared/api/certificates-api';
import { newUuidV7 } from '../../../shared/ids';
import type { ServiceRequest } from '../../../shared/model/service-request';
import { todayIso } from '../../../shared/validation';
import { validAnswersFor } from '../../fixtures/answers';
import { CERTIFICATE_TEST_KEYS, CERTIFICATE_TEST_KIDS } from '../../fixtures/certificate-keys';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { loadShippedCatalog } from '../../../sync-server/catalog/shipped-catalog';
import { issuerSpecs } from '../../../sync-server/certificates/issuers';
import { KeyFiles } from '../../../sync-server/certificates/key-files';
import { KeyRing } from '../../../sync-server/certificates/key-ring';
import { openSqliteStore } from '../../../sync-server/store/sqlite-store';

/**
 * The real server issuing real certificates, for the kiosk's browser tests and benchmark. Its root key is
 * the fixed test root, which the PWA under test pins (test/e2e/global-setup.ts), and the
 * Revenue issuer's key is the fixed `revenueCurrent` test key, so a test can also sign QR
 * texts the server's trust list vouches for (a certificate dated in the future, say).
 */

export const REVENUE_ISSUER = 'AP-REV';
const HOME = { secretariatCode: 'GNT-01-001', districtCode: 'GNT' };
const INCOME = 'rev.income-certificate';

export interface CertificateServer {
  server: TestServer;
  agent: string;
  officer: string;
  kiosk: string;
  close(): Promise<void>;
}

/** A private key file as the server expects one: readable by its owner alone. */
function placeKey(path: string, jwk: JsonWebKey): void {
  writeFileSync(path, `${JSON.stringify(jwk)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}

/**
 * A store whose issuers got their keys at `since`, as on a server that has been issuing since
 * then: certificates dated from then on (an expired one, say) are inside their keys' lives.
 */
async function storeIssuingSince(keysDir: string, dataDir: string, since: Date) {
  const store = await openSqliteStore(dataDir);
  const keys = await KeyRing.open(new KeyFiles(keysDir), store.certificates, () => since);
  await keys.provision(issuerSpecs(loadShippedCatalog().departments));
  return store;
}

/** The real server on a free port, serving the PWA built in `pwaDir` and issuing certificates. */
export async function startCertificateServer(options: {
  pwaDir: string;
  issuingSince?: Date;
}): Promise<CertificateServer> {
  const keysDir = mkdtempSync(join(tmpdir(), 'seva-e2e-keys-'));
  chmodSync(keysDir, 0o700);
  placeKey(join(keysDir, 'root.jwk.json'), CERTIFICATE_TEST_KEYS.root);
  const revenueDir = join(keysDir, 'issuers', REVENUE_ISSUER);
  mkdirSync(revenueDir, { recursive: true, mode: 0o700 });
  const kid = Buffer.from(CERTIFICATE_TEST_KIDS.revenueCurrent, 'base64').toString('base64url');
  placeKey(join(revenueDir, `${kid}.jwk.json`), CERTIFICATE_TEST_KEYS.revenueCurrent);

  const dataDir = mkdtempSync(join(tmpdir(), 'seva-e2e-store-'));
  const store = options.issuingSince ? await storeIssuingSince(keysDir, dataDir, options.issuingSince) : undefined;
  const server = await startTestServer({
    pwaDir: options.pwaDir,
    certificates: { keysDir },
    ...(store ? { store } : {}),
  });
  return {
    server,
    agent: await server.token({ role: 'agent', name: 'Ravi Kumar', secretariatCode: HOME.secretariatCode }),
    officer: await server.token({
      role: 'officer',
      name: 'Tahsildar, Guntur',
      departmentCode: 'REV',
      districtCode: HOME.districtCode,
    }),
    kiosk: await server.token({ role: 'kiosk', name: 'Guntur collectorate kiosk' }),
    async close() {
      await server.close();
      rmSync(keysDir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function expectOk<T>(call: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const { status, body } = await call;
  if (status < 200 || status > 299) throw new Error(`${what}: ${status} ${JSON.stringify(body)}`);
  return body;
}

/**
 * Files an income-certificate application as an agent and approves it as the officer, over
 * HTTP as their apps do; the server issues the certificate on approval. Returns it with its QR text.
 */
export async function issueIncomeCertificate(
  world: CertificateServer,
  applicantName = 'Lakshmi Devi',
): Promise<CertificateResponse> {
  const { server } = world;
  const catalog = await server.store.getCatalog();
  const service = catalog?.departments.flatMap((d) => d.services).find((s) => s.id === INCOME);
  if (!service) throw new Error(`no ${INCOME} in the catalog`);
  const answers = { ...validAnswersFor(service.fields, todayIso(new Date())), applicantName };
  const filed = await expectOk(
    server.call<ServiceRequest>('POST', '/api/requests', {
      token: world.agent,
      body: { id: newUuidV7(), serviceId: INCOME, serviceRev: 1, applicant: answers },
    }),
    'filing',
  );
  for (const to of ['received', 'approved'] as const) {
    await expectOk(
      server.call('POST', `/api/requests/${filed.id}/transition`, { token: world.officer, body: { to } }),
      `moving to ${to}`,
    );
  }
  const request = await expectOk(
    server.call<ServiceRequest>('GET', `/api/requests/${filed.id}`, { token: world.officer }),
    'reading the request',
  );
  if (request.status !== 'issued' || !request.certificate) {
    throw new Error(`approval did not issue a certificate: ${JSON.stringify(request)}`);
  }
  return expectOk(
    server.call<CertificateResponse>('GET', `/api/certificates/${request.certificate.id}`, { token: world.officer }),
    'reading the certificate',
  );
}

export async function revokeCertificate(world: CertificateServer, certificateId: string): Promise<CertificateResponse> {
  return expectOk(
    world.server.call<CertificateResponse>('POST', `/api/certificates/${certificateId}/revoke`, {
      token: world.officer,
      body: { reason: 'Issued on a forged income statement' },
    }),
    'revoking',
  );
}
