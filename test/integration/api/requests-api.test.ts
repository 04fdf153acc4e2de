import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../../shared/api/errors';
import type { ListRequestsResponse, TrackResponse } from '../../../shared/api/requests-api';
import { newUuidV7, referenceFromId } from '../../../shared/ids';
import type { Service } from '../../../shared/model/service';
import type { ServiceRequest } from '../../../shared/model/service-request';
import { todayIso } from '../../../shared/validation';
import { validAadhaar, validAnswersFor } from '../../fixtures/answers';
import { startTestServer, type TestServer } from '../../helpers/test-server';

const HOME = 'GNT-01-001';
const NEIGHBOUR = 'GNT-01-002';
const INCOME = 'rev.income-certificate';

describe('requests API', () => {
  let server: TestServer;
  let income: Service;
  let agent: string;
  let neighbourAgent: string;
  let officer: string;
  let otherDistrictOfficer: string;
  let kiosk: string;

  beforeAll(async () => {
    server = await startTestServer();
    const catalog = await server.store.getCatalog();
    const found = catalog?.departments.flatMap((d) => d.services).find((s) => s.id === INCOME);
    if (!found) throw new Error(`the shipped catalog has no ${INCOME}`);
    income = found;
    agent = await server.token({ role: 'agent', name: 'Ravi', secretariatCode: HOME });
    neighbourAgent = await server.token({ role: 'agent', name: 'Sita', secretariatCode: NEIGHBOUR });
    officer = await server.token({ role: 'officer', name: 'Tahsildar', departmentCode: 'REV', districtCode: 'GNT' });
    otherDistrictOfficer = await server.token({
      role: 'officer',
      name: 'Other',
      departmentCode: 'REV',
      districtCode: 'KRI',
    });
    kiosk = await server.token({ role: 'kiosk', name: 'Kiosk 1' });
  });
  afterAll(() => server.close());

  function newApplication(overrides: Record<string, unknown> = {}) {
    return {
      id: newUuidV7(),
      serviceId: INCOME,
      serviceRev: 1,
      applicant: validAnswersFor(income.fields, todayIso(new Date())),
      ...overrides,
    };
  }

  async function file(token = agent, overrides: Record<string, unknown> = {}): Promise<ServiceRequest> {
    const response = await server.call<ServiceRequest>('POST', '/api/requests', {
      token,
      body: newApplication(overrides),
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  describe('filing', () => {
    it('when an agent files an application, then it is stored as submitted in the agent secretariat with a reference', async () => {
      const application = newApplication();
      const response = await server.call<ServiceRequest>('POST', '/api/requests', { token: agent, body: application });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        id: application.id,
        status: 'submitted',
        version: 1,
        channel: 'agent',
        departmentCode: 'REV',
        jurisdiction: { secretariatCode: HOME, mandalCode: 'GNT-01', districtCode: 'GNT' },
      });
      expect(response.body.reference).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-.$/);
    });

    it('when the same application is posted twice, then one request is stored and the repeat returns it', async () => {
      const application = newApplication();
      const first = await server.call<ServiceRequest>('POST', '/api/requests', { token: agent, body: application });
      const second = await server.call<ServiceRequest>('POST', '/api/requests', { token: agent, body: application });
      expect(first.status).toBe(201);
      expect(second.status).toBe(200);
      expect(second.body).toEqual(first.body);
      const changes = await server.store.readChanges({
        after: 0,
        limit: 10_000,
        scope: { kind: 'all' },
        entities: ['request'],
      });
      expect(changes.filter((c) => c.entityId === application.id)).toHaveLength(1);
    });

    it('when the body is invalid, then it answers 400 with the error body and stores nothing', async () => {
      const before = await server.store.lastChangeSeq();
      const response = await server.call<ErrorBody>('POST', '/api/requests', {
        token: agent,
        body: { id: 'not-a-uuid', serviceId: INCOME, serviceRev: 1, applicant: {} },
      });
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        error: { code: 'bad_request', message: expect.stringContaining('id'), details: expect.anything() },
      });
      expect(await server.store.lastChangeSeq()).toBe(before);
    });

    it('when an answer fails its validator, then it answers 400 validation_failed naming the field', async () => {
      const aadhaarField = income.fields.find((f) => f.type === 'aadhaar');
      if (!aadhaarField) throw new Error('the income form asks no Aadhaar');
      const good = validAadhaar();
      const typo = `${good.slice(0, 11)}${(Number(good[11]) + 1) % 10}`;
      const application = newApplication();
      const response = await server.call<ErrorBody>('POST', '/api/requests', {
        token: agent,
        body: { ...application, applicant: { ...application.applicant, [aadhaarField.key]: typo } },
      });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      expect(response.body.error.details).toEqual({
        errors: [expect.objectContaining({ field: aadhaarField.key, code: 'invalid_aadhaar' })],
      });
    });

    it('when the body is not JSON, then it answers 400 with the error body', async () => {
      const response = await server.call<ErrorBody>('POST', '/api/requests', {
        token: agent,
        rawBody: '{"id": ',
        headers: { 'content-type': 'application/json' },
      });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('bad_request');
    });

    it('when the service or its catalog rev is unknown, then it says which', async () => {
      const unknownService = await server.call<ErrorBody>('POST', '/api/requests', {
        token: agent,
        body: newApplication({ serviceId: 'rev.no-such-service' }),
      });
      expect(unknownService.status).toBe(400);
      expect(unknownService.body.error.code).toBe('unknown_service');
      const futureRev = await server.call<ErrorBody>('POST', '/api/requests', {
        token: agent,
        body: newApplication({ serviceRev: 99 }),
      });
      expect(futureRev.status).toBe(400);
      expect(futureRev.body.error.code).toBe('unknown_catalog_rev');
    });

    it('when an agent files for another secretariat, then it is refused with 403', async () => {
      const response = await server.call<ErrorBody>('POST', '/api/requests', {
        token: agent,
        body: newApplication({ secretariatCode: NEIGHBOUR }),
      });
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('forbidden');
    });

    it('when an agent claims another channel, then it is refused', async () => {
      const response = await server.call<ErrorBody>('POST', '/api/requests', {
        token: agent,
        body: newApplication({ channel: 'whatsapp' }),
      });
      expect(response.status).toBe(400);
    });

    it('lets an officer file at the office for a secretariat in the district, through the office channel', async () => {
      const filed = await file(officer, { secretariatCode: NEIGHBOUR });
      expect(filed.channel).toBe('office');
      expect(filed.jurisdiction.secretariatCode).toBe(NEIGHBOUR);
    });
  });

  describe('access', () => {
    it('answers 401 without a token, with an unknown token, and with a revoked token', async () => {
      expect((await server.call('GET', '/api/requests')).status).toBe(401);
      const unknown = await server.call<ErrorBody>('GET', '/api/requests', { token: 'seva_not-a-real-token' });
      expect(unknown.status).toBe(401);
      expect(unknown.body.error.code).toBe('unauthorized');
      const doomed = await server.token({ role: 'agent', name: 'Leaving', secretariatCode: HOME });
      expect((await server.call('GET', '/api/requests', { token: doomed })).status).toBe(200);
      const doomedRecord = (await server.store.listTokens()).find((t) => t.name === 'Leaving');
      await server.store.revokeToken(doomedRecord?.id ?? '', new Date().toISOString());
      expect((await server.call('GET', '/api/requests', { token: doomed })).status).toBe(401);
    });

    it('when an agent asks for another secretariat request, then it gets 403', async () => {
      const filed = await file(neighbourAgent);
      const response = await server.call<ErrorBody>('GET', `/api/requests/${filed.id}`, { token: agent });
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('forbidden');
      expect((await server.call('GET', `/api/requests/${filed.id}`, { token: neighbourAgent })).status).toBe(200);
    });

    it('when an officer of another district asks for a request, then it gets 403', async () => {
      const filed = await file();
      expect((await server.call('GET', `/api/requests/${filed.id}`, { token: otherDistrictOfficer })).status).toBe(403);
      expect((await server.call('GET', `/api/requests/${filed.id}`, { token: officer })).status).toBe(200);
    });

    it('when a kiosk token asks for the queue, then it gets 403', async () => {
      const response = await server.call<ErrorBody>('GET', '/api/requests', { token: kiosk });
      expect(response.status).toBe(403);
    });

    it('answers 404 for an unknown request id and 400 for a malformed one', async () => {
      expect((await server.call('GET', `/api/requests/${newUuidV7()}`, { token: agent })).status).toBe(404);
      expect((await server.call('GET', '/api/requests/123', { token: agent })).status).toBe(400);
    });
  });

  describe('listing', () => {
    it('lists only the token jurisdiction, newest first, in pages that neither repeat nor skip', async () => {
      const fresh = await startTestServer();
      try {
        const mine = await fresh.token({ role: 'agent', name: 'A', secretariatCode: HOME });
        const theirs = await fresh.token({ role: 'agent', name: 'B', secretariatCode: NEIGHBOUR });
        const filedByMe: string[] = [];
        for (let i = 0; i < 7; i++) {
          const response = await fresh.call<ServiceRequest>('POST', '/api/requests', {
            token: mine,
            body: newApplication(),
          });
          filedByMe.push(response.body.id);
        }
        await fresh.call('POST', '/api/requests', { token: theirs, body: newApplication() });
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page: { body: ListRequestsResponse } = await fresh.call<ListRequestsResponse>(
            'GET',
            `/api/requests?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
            { token: mine },
          );
          seen.push(...page.body.items.map((r) => r.id));
          cursor = page.body.nextCursor;
        } while (cursor);
        expect(seen).toEqual([...filedByMe].reverse());
      } finally {
        await fresh.close();
      }
    });

    it('filters by status and service, and rejects an unknown status with 400', async () => {
      const filed = await file();
      await server.call('POST', `/api/requests/${filed.id}/transition`, { token: officer, body: { to: 'received' } });
      const received = await server.call<ListRequestsResponse>(
        'GET',
        `/api/requests?status=received&service=${INCOME}`,
        {
          token: officer,
        },
      );
      expect(received.body.items.map((r) => r.id)).toContain(filed.id);
      expect(received.body.items.every((r) => r.status === 'received')).toBe(true);
      expect((await server.call('GET', '/api/requests?status=lost', { token: officer })).status).toBe(400);
    });
  });

  describe('lifecycle', () => {
    it('walks an application from submitted to issued, recording who did each step', async () => {
      const filed = await file();
      let current = filed;
      for (const to of ['received', 'needs_info'] as const) {
        const response = await server.call<ServiceRequest>('POST', `/api/requests/${filed.id}/transition`, {
          token: officer,
          body: { to, note: `step ${to}` },
        });
        expect(response.status).toBe(200);
        current = response.body;
      }
      const resubmitted = await server.call<ServiceRequest>('POST', `/api/requests/${filed.id}/transition`, {
        token: agent,
        body: { to: 'resubmitted' },
      });
      expect(resubmitted.status).toBe(200);
      for (const to of ['approved', 'issued'] as const) {
        current = (
          await server.call<ServiceRequest>('POST', `/api/requests/${filed.id}/transition`, {
            token: officer,
            body: { to },
          })
        ).body;
      }
      expect(current.status).toBe('issued');
      expect(current.version).toBe(6);
      expect(current.history.map((h) => [h.status, h.actor.role])).toEqual([
        ['submitted', 'agent'],
        ['received', 'officer'],
        ['needs_info', 'officer'],
        ['resubmitted', 'agent'],
        ['approved', 'officer'],
        ['issued', 'officer'],
      ]);
    });

    it('when a transition is illegal, then it answers 409 and the request is unchanged', async () => {
      const filed = await file();
      const response = await server.call<ErrorBody>('POST', `/api/requests/${filed.id}/transition`, {
        token: officer,
        body: { to: 'issued' },
      });
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('illegal_transition');
      expect(await server.store.getRequest(filed.id)).toEqual(filed);
    });

    it('when an agent tries to approve, then it answers 403', async () => {
      const filed = await file();
      await server.call('POST', `/api/requests/${filed.id}/transition`, { token: officer, body: { to: 'received' } });
      const response = await server.call<ErrorBody>('POST', `/api/requests/${filed.id}/transition`, {
        token: agent,
        body: { to: 'approved' },
      });
      expect(response.status).toBe(403);
    });

    it('when the expected version is stale, then it answers 409 version_conflict', async () => {
      const filed = await file();
      await server.call('POST', `/api/requests/${filed.id}/transition`, { token: officer, body: { to: 'received' } });
      const response = await server.call<ErrorBody>('POST', `/api/requests/${filed.id}/transition`, {
        token: officer,
        body: { to: 'approved', expectedVersion: 1 },
      });
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('version_conflict');
    });

    it('when two officers decide at once, then exactly one decision wins', async () => {
      const filed = await file();
      await server.call('POST', `/api/requests/${filed.id}/transition`, { token: officer, body: { to: 'received' } });
      const [approve, reject] = await Promise.all([
        server.call('POST', `/api/requests/${filed.id}/transition`, { token: officer, body: { to: 'approved' } }),
        server.call('POST', `/api/requests/${filed.id}/transition`, { token: officer, body: { to: 'rejected' } }),
      ]);
      expect([approve.status, reject.status].sort()).toEqual([200, 409]);
      const stored = await server.store.getRequest(filed.id);
      expect(stored?.version).toBe(3);
    });
  });

  describe('tracking', () => {
    it('tracks by reference with status and dates only, and no personal data', async () => {
      const filed = await file();
      const typed = filed.reference.toLowerCase().replaceAll('-', ' ');
      const response = await server.call<TrackResponse>('GET', `/api/track/${encodeURIComponent(typed)}`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ reference: filed.reference, status: 'submitted', serviceId: INCOME });
      expect(Date.parse(response.body.dueBy) - Date.parse(filed.createdAt)).toBe(income.slaDays * 86_400_000);
      const text = JSON.stringify(response.body);
      for (const value of Object.values(filed.applicant)) {
        if (typeof value === 'string' && value.length > 3) expect(text).not.toContain(value);
      }
      expect(response.body).not.toHaveProperty('applicant');
    });

    it('answers 400 for something that is not a reference and 404 for an unknown one', async () => {
      expect((await server.call('GET', '/api/track/hello')).status).toBe(400);
      const filed = await file();
      const other = newUuidV7();
      expect(other).not.toBe(filed.id);
      expect((await server.call('GET', `/api/track/${referenceFromId(other)}`)).status).toBe(404);
    });
  });
});
