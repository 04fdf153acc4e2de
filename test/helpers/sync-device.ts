import { gzipSync } from 'node:zlib';
import { newUuidV7 } from '../../shared/ids';
import type { ServiceRequest } from '../../shared/model/service-request';
import type { Service } from '../../shared/model/service';
import type { Mutation, PullResponse, PushResponse } from '../../shared/sync/protocol';
import { SYNC_PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { todayIso } from '../../shared/validation';
import { createEnrollment } from '../../sync-server/domain/enrollment';
import { validAnswersFor } from '../fixtures/answers';
import { MutationFactory } from '../fixtures/mutations';
import type { ApiResponse, TestServer } from './test-server';

/** A field device as the protocol sees it: enrolled, with its own mutation numbering. */
export interface TestDevice {
  deviceId: string;
  token: string;
  mutations: MutationFactory;
  push(mutations: Mutation[], options?: { gzip?: boolean; protocol?: number }): Promise<ApiResponse<PushResponse>>;
  pull(cursor: number, limit?: number): Promise<ApiResponse<PullResponse>>;
  /** A create_request mutation for `service` with valid answers. */
  application(service: Service, overrides?: { serviceRev?: number; applicant?: Record<string, unknown> }): Mutation;
}

/** Enrolls a new device for an agent of `secretariatCode` through the real enrollment flow. */
export async function enrollDevice(server: TestServer, secretariatCode: string, name = 'Agent'): Promise<TestDevice> {
  const { code } = await createEnrollment(server.store, { name, secretariatCode }, server.clock.now);
  const deviceId = `dev-${newUuidV7().slice(-12)}`;
  const enrolled = await server.call<{ token: string }>('POST', '/api/enroll', { body: { code, deviceId } });
  if (enrolled.status !== 201) throw new Error(`enrollment failed: ${JSON.stringify(enrolled.body)}`);
  return deviceFor(server, deviceId, enrolled.body.token);
}

/** A device handle for an existing token and device id. */
export function deviceFor(server: TestServer, deviceId: string, token: string): TestDevice {
  const mutations = new MutationFactory();
  return {
    deviceId,
    token,
    mutations,
    async push(batch, options = {}) {
      const body = JSON.stringify({ protocol: options.protocol ?? SYNC_PROTOCOL_VERSION, deviceId, mutations: batch });
      if (!options.gzip)
        return server.call<PushResponse>('POST', '/api/sync/push', {
          token,
          rawBody: body,
          headers: { 'content-type': 'application/json' },
        });
      const response = await fetch(`${server.url}/api/sync/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: gzipSync(body),
      });
      return { status: response.status, headers: response.headers, body: (await response.json()) as PushResponse };
    },
    pull(cursor, limit = 500) {
      return server.call<PullResponse>('GET', `/api/sync/pull?cursor=${cursor}&limit=${limit}`, { token });
    },
    application(service, overrides = {}) {
      return mutations.create({
        serviceId: service.id,
        serviceRev: overrides.serviceRev ?? 1,
        applicant: overrides.applicant ?? validAnswersFor(service.fields, todayIso(server.clock.now)),
        filedAt: server.clock.now.toISOString(),
      });
    },
  };
}

/** Follows the pull cursor to the end and returns every change, in order. */
export async function pullAll(device: TestDevice, limit = 500): Promise<PullResponse['changes']> {
  const changes: PullResponse['changes'] = [];
  let cursor = 0;
  for (;;) {
    const page = await device.pull(cursor, limit);
    if (page.status !== 200) throw new Error(`pull failed: ${JSON.stringify(page.body)}`);
    changes.push(...page.body.changes);
    cursor = page.body.nextCursor;
    if (!page.body.hasMore) return changes;
  }
}

/** The latest copy of every request a pull showed. */
export function latestRequests(changes: PullResponse['changes']): Map<string, ServiceRequest> {
  const latest = new Map<string, ServiceRequest>();
  for (const change of changes)
    if (change.entity === 'request') latest.set(change.id, change.data as unknown as ServiceRequest);
  return latest;
}
