import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import {
  importPublicJwk,
  openStatusList,
  openTrustList,
  trustedKeysFromList,
  type TrustList,
  type VerificationContext,
  type VerifiedStatusList,
} from '../../../shared/certificate';
import { newUuidV7 } from '../../../shared/ids';
import type { Service } from '../../../shared/model/service';
import type { ServiceRequest } from '../../../shared/model/service-request';
import { todayIso } from '../../../shared/validation';
import { nextVersion } from '../../../sync-server/domain/request-versions';
import type { Store } from '../../../sync-server/store/store';
import { validAnswersFor } from '../../fixtures/answers';
import { fixtureKeysDir } from '../../helpers/certificate-keys-dir';
import { startTestServer, type TestServer } from '../../helpers/test-server';

export const HOME = 'GNT-01-001';
export const INCOME = 'rev.income-certificate';

/** A fresh, empty KEYS_DIR. */
export function newKeysDir(): string {
  return mkdtempSync(join(tmpdir(), 'seva-keys-'));
}

/** The test server issuing certificates with the keys in `keysDir` (the fixed test keys unless given). */
export async function startCertificateServer(options: { store?: Store; keysDir?: string } = {}): Promise<TestServer> {
  return startTestServer({ ...options, certificates: { keysDir: options.keysDir ?? (await fixtureKeysDir()) } });
}

/** Tokens for the Guntur secretariat's agent and the Guntur Revenue officer. */
export async function gunturStaff(server: TestServer): Promise<{ agent: string; officer: string }> {
  return {
    agent: await server.token({ role: 'agent', name: 'Ravi', secretariatCode: HOME }),
    officer: await server.token({ role: 'officer', name: 'Tahsildar', departmentCode: 'REV', districtCode: 'GNT' }),
  };
}

/**
 * Approves a received request in the database alone, as a process that committed the approval
 * and died before issuing would leave it.
 */
export async function approveWithoutIssuing(store: Store, id: string, at: Date): Promise<ServiceRequest> {
  const current = await store.getRequest(id);
  if (!current) throw new Error(`no request ${id}`);
  const officer = { role: 'officer' as const, tokenId: 'tok_gone', name: 'Tahsildar' };
  const next = nextVersion(current, { status: 'approved' }, officer, at.toISOString());
  expect(await store.updateRequest(next, current.version)).toBe(true);
  return next;
}

/** The root's public key as a verifier pins it: read from the root key file, private half dropped. */
export function rootPublicJwk(keysDir: string): JsonWebKey {
  const { kty, crv, x, y } = JSON.parse(readFileSync(join(keysDir, 'root.jwk.json'), 'utf8')) as JsonWebKey;
  return { kty, crv, x, y };
}

export async function serviceOf(server: TestServer, id: string): Promise<Service> {
  const catalog = await server.store.getCatalog();
  const service = catalog?.departments.flatMap((d) => d.services).find((s) => s.id === id);
  if (!service) throw new Error(`the shipped catalog has no ${id}`);
  return service;
}

/** Files an application for `serviceId` with valid answers (and `answers` over them) as the agent. */
export async function fileApplication(
  server: TestServer,
  agent: string,
  serviceId = INCOME,
  answers: Record<string, unknown> = {},
): Promise<ServiceRequest> {
  const service = await serviceOf(server, serviceId);
  const response = await server.call<ServiceRequest>('POST', '/api/requests', {
    token: agent,
    body: {
      id: newUuidV7(),
      serviceId,
      serviceRev: 1,
      applicant: { ...validAnswersFor(service.fields, todayIso(server.clock.now)), ...answers },
    },
  });
  expect(response.status).toBe(201);
  return response.body;
}

/** Moves the request on as the officer; the answer must be 200. */
export async function decide(server: TestServer, officer: string, id: string, to: string): Promise<ServiceRequest> {
  const response = await server.call<ServiceRequest>('POST', `/api/requests/${id}/transition`, {
    token: officer,
    body: { to },
  });
  expect(response.status).toBe(200);
  return response.body;
}

/** Files and approves an application; the officer's answer to the approval. */
export async function approvedApplication(
  server: TestServer,
  tokens: { agent: string; officer: string },
  serviceId = INCOME,
  answers: Record<string, unknown> = {},
): Promise<ServiceRequest> {
  const filed = await fileApplication(server, tokens.agent, serviceId, answers);
  await decide(server, tokens.officer, filed.id, 'received');
  return decide(server, tokens.officer, filed.id, 'approved');
}

/**
 * What a kiosk holds after a refresh: the served trust list opened with the pinned root, and
 * every issuer's served status list opened with the trust list's keys.
 */
export async function servedVerificationContext(
  server: TestServer,
  root: JsonWebKey,
  now = new Date(),
): Promise<VerificationContext & { trustList: TrustList }> {
  const served = await server.call('GET', '/api/trust-list');
  expect(served.status).toBe(200);
  const opened = await openTrustList(served.body, [await importPublicJwk(root)]);
  if (!opened.ok) throw new Error(`the served trust list does not open: ${opened.reason}`);
  const keys = await trustedKeysFromList(opened.list);
  const statusLists = new Map<string, VerifiedStatusList>();
  for (const id of new Set(opened.list.issuers.map((issuer) => issuer.statusListId))) {
    const list = await server.call('GET', `/api/status-lists/${id}`);
    expect(list.status).toBe(200);
    const statusList = await openStatusList(list.body, (kid) => keys.get(kid));
    if (!statusList.ok) throw new Error(`status list ${id} does not open: ${statusList.reason}`);
    statusLists.set(id, statusList.list);
  }
  return {
    now,
    trustList: opened.list,
    keyFor: (kid) => keys.get(kid),
    statusList: (id) => statusLists.get(id),
  };
}
