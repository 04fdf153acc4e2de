import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../../shared/api/errors';
import type { Service } from '../../../shared/model/service';
import type { ServiceRequest } from '../../../shared/model/service-request';
import type { MutationResult, PushResponse } from '../../../shared/sync/protocol';
import { createEnrollment } from '../../../sync-server/domain/enrollment';
import { enrollDevice, latestRequests, pullAll } from '../../helpers/sync-device';
import { startTestServer, type TestServer } from '../../helpers/test-server';

const HOME = 'GNT-01-001';
const NEIGHBOUR = 'GNT-01-002';

function applied(response: { body: PushResponse }, index = 0): Extract<MutationResult, { status: 'applied' }> {
  const result = response.body.results[index];
  if (result?.status !== 'applied') throw new Error(`expected applied, got ${JSON.stringify(result)}`);
  return result;
}

describe('sync protocol', () => {
  let server: TestServer;
  let income: Service;
  let officer: string;

  beforeAll(async () => {
    server = await startTestServer();
    const catalog = await server.store.getCatalog();
    const found = catalog?.departments.flatMap((d) => d.services).find((s) => s.id === 'rev.income-certificate');
    if (!found) throw new Error('no income certificate');
    income = found;
    officer = await server.token({ role: 'officer', name: 'Tahsildar', departmentCode: 'REV', districtCode: 'GNT' });
  });
  afterAll(() => server.close());

  async function decide(requestId: string, to: string) {
    const response = await server.call('POST', `/api/requests/${requestId}/transition`, {
      token: officer,
      body: { to },
    });
    expect(response.status).toBe(200);
  }

  describe('enrollment', () => {
    it('SYNC-ENROLL-1: a code enrolls one device once; a used or unknown code is 401', async () => {
      const { code } = await createEnrollment(server.store, { name: 'Ravi', secretariatCode: HOME }, server.clock.now);
      const typed = code.toLowerCase().replaceAll('-', ' ');
      const first = await server.call<{ token: string; secretariatCode: string }>('POST', '/api/enroll', {
        body: { code: typed, deviceId: 'device-enroll-1' },
      });
      expect(first.status).toBe(201);
      expect(first.body.secretariatCode).toBe(HOME);
      const again = await server.call<ErrorBody>('POST', '/api/enroll', {
        body: { code, deviceId: 'device-enroll-2' },
      });
      expect(again.status).toBe(401);
      expect(again.body.error.code).toBe('unauthorized');
      expect(
        (await server.call('POST', '/api/enroll', { body: { code: 'AAAA-BBBB-CCCC', deviceId: 'device-enroll-3' } }))
          .status,
      ).toBe(401);
      expect((await server.call('GET', '/api/sync/pull', { token: first.body.token })).status).toBe(200);
    });

    it('SYNC-ENROLL-1: a code expires after 15 minutes', async () => {
      const { code } = await createEnrollment(
        server.store,
        { name: 'Late', secretariatCode: HOME },
        new Date(Date.now() - 16 * 60_000),
      );
      expect((await server.call('POST', '/api/enroll', { body: { code, deviceId: 'device-late-1' } })).status).toBe(
        401,
      );
    });
  });

  describe('access', () => {
    it('SYNC-AUTH-1: push and pull need an agent token', async () => {
      expect((await server.call('GET', '/api/sync/pull')).status).toBe(401);
      expect((await server.call('GET', '/api/sync/pull', { token: officer })).status).toBe(403);
    });

    it('SYNC-AUTH-2: an enrolled token cannot push for another device id, nor a device id taken by another token', async () => {
      const device = await enrollDevice(server, HOME);
      const other = await enrollDevice(server, HOME);
      const stolen = { ...device, deviceId: other.deviceId };
      const mutation = device.application(income);
      const response = await server.call<ErrorBody>('POST', '/api/sync/push', {
        token: device.token,
        body: { protocol: 1, deviceId: stolen.deviceId, mutations: [mutation] },
      });
      expect(response.status).toBe(403);
      const cliToken = await server.token({ role: 'agent', name: 'CLI', secretariatCode: HOME });
      expect((await other.push([other.application(income)])).status).toBe(200);
      const hijack = await server.call('POST', '/api/sync/push', {
        token: cliToken,
        body: { protocol: 1, deviceId: other.deviceId, mutations: [mutation] },
      });
      expect(hijack.status).toBe(403);
    });

    it('SYNC-VER-1: another protocol version is 409 protocol_mismatch and applies nothing', async () => {
      const device = await enrollDevice(server, HOME);
      const mutation = device.application(income);
      const response = await device.push([mutation], { protocol: 2 });
      expect(response.status).toBe(409);
      expect((response.body as unknown as ErrorBody).error.code).toBe('protocol_mismatch');
      expect(await server.store.getRequest(mutation.requestId)).toBeUndefined();
    });
  });

  describe('push', () => {
    it('SYNC-PUSH-1: a malformed push is 400 with the error body and applies nothing', async () => {
      const device = await enrollDevice(server, HOME);
      const before = await server.store.lastChangeSeq();
      const bad = await server.call<ErrorBody>('POST', '/api/sync/push', {
        token: device.token,
        body: { protocol: 1, deviceId: device.deviceId, mutations: [{ type: 'create_request', seq: 1 }] },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('bad_request');
      const tooMany = Array.from({ length: 201 }, () => device.application(income));
      expect((await device.push(tooMany)).status).toBe(400);
      expect(await server.store.lastChangeSeq()).toBe(before);
    });

    it('SYNC-PUSH-1: accepts a gzip-compressed push', async () => {
      const device = await enrollDevice(server, HOME);
      const response = await device.push([device.application(income), device.application(income)], { gzip: true });
      expect(response.status).toBe(200);
      expect(response.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    });

    it('SYNC-PUSH-2: when a batch is replayed, then every mutation answers duplicate with its first result and nothing is applied twice', async () => {
      const device = await enrollDevice(server, HOME);
      const batch = Array.from({ length: 5 }, () => device.application(income));
      const first = await device.push(batch);
      expect(first.body.results.map((r) => r.status)).toEqual(Array(5).fill('applied'));
      const changesBefore = await server.store.lastChangeSeq();
      const replay = await device.push(batch);
      expect(replay.status).toBe(200);
      expect(replay.body.results).toEqual(
        first.body.results.map((original) => ({
          mutationId: original.mutationId,
          seq: original.seq,
          status: 'duplicate',
          original,
        })),
      );
      expect(replay.body.lastSeq).toBe(5);
      expect(await server.store.lastChangeSeq()).toBe(changesBefore);
    });

    it('SYNC-PUSH-2: when the connection drops after the server committed, the retry is answered duplicate and nothing is applied twice', async () => {
      const device = await enrollDevice(server, HOME);
      const batch = Array.from({ length: 3 }, () => device.application(income));
      server.faults.push({ match: (req) => req.path === '/api/sync/push', kind: 'drop-after-commit', times: 1 });
      await expect(device.push(batch)).rejects.toThrow();
      expect(await server.store.getRequests(batch.map((m) => m.requestId))).toHaveLength(3);
      const retry = await device.push(batch);
      expect(retry.body.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
      const changes = await server.store.readChanges({
        after: 0,
        limit: 100_000,
        scope: { kind: 'all' },
        entities: ['request'],
      });
      expect(changes.filter((c) => batch.some((m) => m.requestId === c.entityId))).toHaveLength(3);
    });

    it('SYNC-PUSH-4: when the commit fails halfway, nothing of the batch is kept and the retry applies it once', async () => {
      const device = await enrollDevice(server, HOME);
      const batch = Array.from({ length: 4 }, () => device.application(income));
      server.failCommits(1);
      expect((await device.push(batch)).status).toBe(500);
      expect(await server.store.getRequests(batch.map((m) => m.requestId))).toHaveLength(0);
      expect(await server.store.getDevice(device.deviceId)).toBeUndefined();
      const retry = await device.push(batch);
      expect(retry.body.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
      expect(await server.store.getRequests(batch.map((m) => m.requestId))).toHaveLength(4);
    });

    it('SYNC-CLIENT-1: when the server answers 500, nothing is applied and the retry applies the batch once', async () => {
      const device = await enrollDevice(server, HOME);
      const batch = Array.from({ length: 3 }, () => device.application(income));
      server.faults.push({ match: (req) => req.path === '/api/sync/push', kind: 'fail-before', times: 1 });
      expect((await device.push(batch)).status).toBe(500);
      expect(await server.store.getRequests(batch.map((m) => m.requestId))).toHaveLength(0);
      const retry = await device.push(batch);
      expect(retry.body.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    });

    it('SYNC-PUSH-3: answers one result per mutation, in order, with the record version', async () => {
      const device = await enrollDevice(server, HOME);
      const create = device.application(income);
      const amend = device.mutations.amend(create.requestId, 1, { occupation: 'Weaver' });
      const response = await device.push([create, amend]);
      expect(response.body.results.map((r) => [r.seq, r.status])).toEqual([
        [1, 'applied'],
        [2, 'applied'],
      ]);
      expect(applied(response, 1).version).toBe(2);
      expect((await server.store.getRequest(create.requestId))?.applicant.occupation).toBe('Weaver');
    });
  });

  describe('sequence numbers', () => {
    it('SYNC-SEQ-2: a gap stops the batch there and says which seq comes next', async () => {
      const device = await enrollDevice(server, HOME);
      const [one, two, three, four] = Array.from({ length: 4 }, () => device.application(income));
      if (!one || !two || !three || !four) throw new Error('fixture');
      const response = await device.push([one, two, four]);
      expect(response.body.results.map((r) => r.seq)).toEqual([1, 2]);
      expect(response.body.stoppedAt).toEqual({ seq: 4, expectedSeq: 3 });
      expect(response.body.lastSeq).toBe(2);
      expect(await server.store.getRequest(four.requestId)).toBeUndefined();
      const resumed = await device.push([three, four]);
      expect(resumed.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
      expect(resumed.body.lastSeq).toBe(4);
    });

    it('SYNC-SEQ-3: a rejected mutation advances the seq and does not block the next one', async () => {
      const device = await enrollDevice(server, HOME);
      const invalid = device.application(income, { applicant: { applicantName: 'X' } });
      const valid = device.application(income);
      const response = await device.push([invalid, valid]);
      expect(response.body.results[0]).toMatchObject({ status: 'rejected', reason: 'validation_failed' });
      expect(response.body.results[1]?.status).toBe('applied');
      expect(response.body.lastSeq).toBe(2);
      expect(await server.store.getRequest(invalid.requestId)).toBeUndefined();
    });

    it('SYNC-SEQ-4: a new mutation reusing a processed seq is rejected seq_reused and applies nothing', async () => {
      const device = await enrollDevice(server, HOME);
      await device.push([device.application(income)]);
      const reused = { ...device.application(income), seq: 1 };
      const response = await device.push([reused]);
      expect(response.body.results[0]).toMatchObject({ status: 'rejected', reason: 'seq_reused' });
      expect(await server.store.getRequest(reused.requestId)).toBeUndefined();
    });
  });

  describe('applying', () => {
    it('SYNC-APPLY-1: re-filing an id this token filed is applied; an id filed by someone else is already_exists', async () => {
      const device = await enrollDevice(server, HOME);
      const create = device.application(income);
      await device.push([create]);
      const again = { ...device.application(income), requestId: create.requestId };
      expect((await device.push([again])).body.results[0]).toMatchObject({
        status: 'applied',
        recordId: create.requestId,
      });
      const intruder = await enrollDevice(server, HOME);
      const clash = { ...intruder.application(income), requestId: create.requestId };
      expect((await intruder.push([clash])).body.results[0]).toMatchObject({
        status: 'rejected',
        reason: 'already_exists',
      });
    });

    it('SYNC-APPLY-1: a create is checked like the REST API: unknown service, bad answers', async () => {
      const device = await enrollDevice(server, HOME);
      const unknown = device.mutations.create({
        serviceId: 'rev.no-such-service',
        serviceRev: 1,
        applicant: {},
        filedAt: new Date().toISOString(),
      });
      const response = await device.push([unknown]);
      expect(response.body.results[0]).toMatchObject({ status: 'rejected', reason: 'unknown_service' });
    });

    it('SYNC-APPLY-3, SYNC-CONFLICT-1: a withdrawal after the office approved is refused; the decision stands', async () => {
      const device = await enrollDevice(server, HOME);
      const create = device.application(income);
      await device.push([create]);
      await decide(create.requestId, 'received');
      await decide(create.requestId, 'approved');
      const response = await device.push([device.mutations.withdraw(create.requestId, 1, 'citizen changed mind')]);
      expect(response.body.results[0]).toMatchObject({ status: 'rejected', reason: 'illegal_transition' });
      expect((await server.store.getRequest(create.requestId))?.status).toBe('approved');
    });

    it('SYNC-APPLY-3: a withdrawal before any decision is applied', async () => {
      const device = await enrollDevice(server, HOME);
      const create = device.application(income);
      await device.push([create]);
      const response = await device.push([device.mutations.withdraw(create.requestId, 1)]);
      expect(applied(response).version).toBe(2);
      expect((await server.store.getRequest(create.requestId))?.status).toBe('withdrawn');
    });

    it('SYNC-APPLY-4: answering a needs-info request resubmits it with the new answers', async () => {
      const device = await enrollDevice(server, HOME);
      const create = device.application(income);
      await device.push([create]);
      const early = await device.push([device.mutations.respond(create.requestId, 1, { occupation: 'Farmer' })]);
      expect(early.body.results[0]).toMatchObject({ status: 'rejected', reason: 'illegal_transition' });
      await decide(create.requestId, 'received');
      await decide(create.requestId, 'needs_info');
      const response = await device.push([
        device.mutations.respond(create.requestId, 3, { occupation: 'Farmer' }, 'salary slip added'),
      ]);
      expect(applied(response).version).toBe(4);
      const stored = await server.store.getRequest(create.requestId);
      expect(stored?.status).toBe('resubmitted');
      expect(stored?.applicant.occupation).toBe('Farmer');
    });

    it('SYNC-APPLY-5: files a grievance about an application, and pulls show it', async () => {
      const device = await enrollDevice(server, NEIGHBOUR);
      const create = device.application(income);
      const grievance = device.mutations.grievance({
        category: 'delay',
        description: 'No decision after three weeks.',
        aboutRequestId: create.requestId,
        filedAt: new Date().toISOString(),
      });
      const response = await device.push([create, grievance]);
      expect(response.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
      const [stored] = await server.store.getGrievances([grievance.requestId]);
      expect(stored).toMatchObject({ requestId: create.requestId, departmentCode: 'REV', status: 'open' });
      const changes = await pullAll(device);
      expect(changes.some((c) => c.entity === 'grievance' && c.id === grievance.requestId)).toBe(true);
    });

    it('SYNC-APPLY-6: a mutation about another secretariat request is forbidden; about a missing one, not_found', async () => {
      const mine = await enrollDevice(server, HOME);
      const theirs = await enrollDevice(server, NEIGHBOUR);
      const create = theirs.application(income);
      await theirs.push([create]);
      const amend = mine.mutations.amend(create.requestId, 1, { occupation: 'Tailor' });
      const missing = mine.mutations.withdraw(mine.application(income).requestId, 1);
      const response = await mine.push([amend, { ...missing, seq: 2 }]);
      expect(response.body.results.map((r) => (r.status === 'rejected' ? r.reason : r.status))).toEqual([
        'forbidden',
        'not_found',
      ]);
    });
  });

  describe('conflicts', () => {
    it('SYNC-CONFLICT-2: the same request amended on two devices merges when the answers differ and conflicts when they overlap', async () => {
      const deviceA = await enrollDevice(server, HOME, 'A');
      const deviceB = await enrollDevice(server, HOME, 'B');
      const deviceC = await enrollDevice(server, HOME, 'C');
      const create = deviceA.application(income);
      await deviceA.push([create]);

      const first = await deviceA.push([deviceA.mutations.amend(create.requestId, 1, { occupation: 'Weaver' })]);
      expect(applied(first).version).toBe(2);

      const merged = await deviceB.push([deviceB.mutations.amend(create.requestId, 1, { purpose: 'Scholarship' })]);
      expect(applied(merged)).toMatchObject({ version: 3, merged: true });
      const afterMerge = await server.store.getRequest(create.requestId);
      expect(afterMerge?.applicant).toMatchObject({ occupation: 'Weaver', purpose: 'Scholarship' });

      const clash = await deviceC.push([deviceC.mutations.amend(create.requestId, 1, { occupation: 'Potter' })]);
      const result = clash.body.results[0];
      expect(result?.status).toBe('conflict');
      if (result?.status !== 'conflict') throw new Error('expected a conflict');
      expect(result.fields).toEqual(['occupation']);
      expect((result.server as unknown as ServiceRequest).applicant.occupation).toBe('Weaver');
      expect((await server.store.getRequest(create.requestId))?.version).toBe(3);
    });

    it('SYNC-CONFLICT-2: an amend to a request the office already decided is a conflict carrying the server copy', async () => {
      const device = await enrollDevice(server, HOME);
      const create = device.application(income);
      await device.push([create]);
      await decide(create.requestId, 'received');
      await decide(create.requestId, 'approved');
      const response = await device.push([device.mutations.amend(create.requestId, 3, { occupation: 'Weaver' })]);
      expect(response.body.results[0]).toMatchObject({
        status: 'conflict',
        server: { status: 'approved', version: 3 },
      });
    });
  });

  describe('pull', () => {
    it('SYNC-PULL-1, SYNC-PULL-3: pages through only the secretariat, across interleaved changes elsewhere, exactly once each', async () => {
      const fresh = await startTestServer();
      try {
        const mine = await enrollDevice(fresh, HOME);
        const theirs = await enrollDevice(fresh, NEIGHBOUR);
        const catalog = await fresh.store.getCatalog();
        const service = catalog?.departments.flatMap((d) => d.services).find((s) => s.id === income.id);
        if (!service) throw new Error('no income');
        const expected: string[] = [];
        for (let round = 0; round < 6; round++) {
          const own = [mine.application(service), mine.application(service)];
          expected.push(...own.map((m) => m.requestId));
          await mine.push(own);
          await theirs.push([theirs.application(service), theirs.application(service), theirs.application(service)]);
        }
        const officerToken = await fresh.token({
          role: 'officer',
          name: 'O',
          departmentCode: 'REV',
          districtCode: 'GNT',
        });
        const officeFiled = await fresh.call<ServiceRequest>('POST', '/api/requests', {
          token: officerToken,
          body: {
            id: mine.application(service).requestId,
            serviceId: service.id,
            serviceRev: 1,
            secretariatCode: HOME,
            applicant: (mine.application(service) as { args: { applicant: Record<string, unknown> } }).args.applicant,
          },
        });
        expect(officeFiled.status).toBe(201);
        expected.push(officeFiled.body.id);

        const changes = await pullAll(mine, 3);
        expect(changes.map((c) => c.id)).toEqual(expected);
        const seqs = changes.map((c) => c.seq);
        expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
        expect(
          changes.every(
            (c) => (c.data as { jurisdiction: { secretariatCode: string } }).jurisdiction.secretariatCode === HOME,
          ),
        ).toBe(true);
        expect(latestRequests(changes).get(officeFiled.body.id)?.channel).toBe('office');
      } finally {
        await fresh.close();
      }
    });

    it('SYNC-PULL-1: an exhausted cursor stays put and says there is nothing more', async () => {
      const device = await enrollDevice(server, 'KRI-01-001');
      const empty = await device.pull(0);
      expect(empty.body).toMatchObject({ changes: [], nextCursor: 0, hasMore: false, catalogRev: 1 });
      const late = await device.pull(10_000_000);
      expect(late.body.nextCursor).toBe(10_000_000);
    });

    it('SYNC-PULL-2: a limit over 1,000 is refused', async () => {
      const device = await enrollDevice(server, HOME);
      expect((await device.pull(0, 1001)).status).toBe(400);
    });
  });

  describe('catalog revs', () => {
    it('SYNC-CAT-2: an older rev is accepted within the grace period and refused after it', async () => {
      const fresh = await startTestServer();
      try {
        const device = await enrollDevice(fresh, HOME);
        const rev1 = await fresh.store.getCatalog(1);
        const service = rev1?.departments.flatMap((d) => d.services).find((s) => s.id === income.id);
        if (!rev1 || !service) throw new Error('no catalog');
        const changed = {
          departments: rev1.departments.map((d) => ({
            ...d,
            services: d.services.map((s) => (s.id === service.id ? { ...s, feeInr: 50 } : s)),
          })),
        };
        await fresh.store.publishCatalog(changed, fresh.clock.now.toISOString());
        const within = await device.push([device.application(service, { serviceRev: 1 })]);
        expect(within.body.results[0]?.status).toBe('applied');
        expect((await device.pull(0)).body.catalogRev).toBe(2);

        fresh.clock.now = new Date(fresh.clock.now.getTime() + 31 * 86_400_000);
        const late = await device.push([
          device.application(service, { serviceRev: 1 }),
          device.application(service, { serviceRev: 2 }),
        ]);
        expect(late.body.results.map((r) => (r.status === 'rejected' ? r.reason : r.status))).toEqual([
          'catalog_rev_expired',
          'applied',
        ]);
      } finally {
        await fresh.close();
      }
    });
  });
});
