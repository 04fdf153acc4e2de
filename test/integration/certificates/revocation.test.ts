import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CertificateResponse } from '../../../shared/api/certificates-api';
import { ErrorBodySchema, type ErrorBody } from '../../../shared/api/errors';
import { verifyCertificateQr } from '../../../shared/certificate';
import { newUuidV7 } from '../../../shared/ids';
import type { ServiceRequest } from '../../../shared/model/service-request';
import { fixtureKeysDir } from '../../helpers/certificate-keys-dir';
import type { TestServer } from '../../helpers/test-server';
import {
  approvedApplication,
  gunturStaff,
  rootPublicJwk,
  servedVerificationContext,
  startCertificateServer,
} from './certificate-helpers';
import { ENGINES } from './engines';

describe.each(ENGINES)('certificate revocation on $name', (engine) => {
  let keysDir: string;
  let server: TestServer;
  let staff: { agent: string; officer: string };
  let issued: ServiceRequest;
  let certificateId: string;

  beforeEach(async () => {
    keysDir = await fixtureKeysDir();
    server = await startCertificateServer({ store: (await engine.fresh()).store, keysDir });
    staff = await gunturStaff(server);
    issued = await approvedApplication(server, staff);
    certificateId = issued.certificate?.id ?? '';
  });
  afterEach(() => server.close());

  const revoke = (token: string | undefined, body: unknown, id = certificateId) =>
    server.call<CertificateResponse | ErrorBody>('POST', `/api/certificates/${id}/revoke`, {
      ...(token ? { token } : {}),
      body,
    });

  it('when an officer revokes a certificate, then the served status list says so at once and its QR verifies REVOKED', async () => {
    const { body: before } = await server.call<CertificateResponse>('GET', `/api/certificates/${certificateId}`, {
      token: staff.officer,
    });
    expect(
      (await verifyCertificateQr(before.qr, await servedVerificationContext(server, rootPublicJwk(keysDir)))).status,
    ).toBe('VALID');

    const answer = await revoke(staff.officer, { reason: 'issued on a forged income proof' });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      status: 'revoked',
      revokedAt: server.clock.now.toISOString(),
      revocationReason: 'issued on a forged income proof',
    });

    const verdict = await verifyCertificateQr(
      before.qr,
      await servedVerificationContext(server, rootPublicJwk(keysDir)),
    );
    expect(verdict.status).toBe('REVOKED');
    expect(verdict.revokedAt).toBe(server.clock.now.toISOString());

    const request = await server.call<ServiceRequest>('GET', `/api/requests/${issued.id}`, { token: staff.agent });
    expect(request.body.status).toBe('issued');
    expect(request.body.certificate).toMatchObject({ status: 'revoked', revokedAt: server.clock.now.toISOString() });
    expect(request.body.history.at(-1)).toMatchObject({
      actor: { role: 'officer', name: 'Tahsildar' },
      note: expect.stringContaining('issued on a forged income proof'),
    });
  });

  it('when a certificate is revoked twice, then the second answer is the same and nothing changes', async () => {
    const first = await revoke(staff.officer, { reason: 'duplicate certificate' });
    const version = (await server.store.getRequest(issued.id))?.version;
    server.clock.now = new Date(server.clock.now.getTime() + 60_000);
    const second = await revoke(staff.officer, { reason: 'another reason' });
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect((await server.store.getRequest(issued.id))?.version).toBe(version);
  });

  it('when revocations are bad, then each gets a 4xx with the one error shape and nothing is revoked', async () => {
    const neighbour = await server.token({
      role: 'officer',
      name: 'Other',
      departmentCode: 'REV',
      districtCode: 'KRI',
    });
    const cases: [string, Promise<{ status: number; body: unknown }>, number][] = [
      ['no reason', revoke(staff.officer, {}), 400],
      ['a blank reason', revoke(staff.officer, { reason: '   ' }), 400],
      ['a reason that is not text', revoke(staff.officer, { reason: 42 }), 400],
      ['an unknown certificate', revoke(staff.officer, { reason: 'x' }, newUuidV7()), 404],
      ['an id that is no id', revoke(staff.officer, { reason: 'x' }, 'INC-2026-00001'), 400],
      ['no token', revoke(undefined, { reason: 'x' }), 401],
      ['an agent', revoke(staff.agent, { reason: 'x' }), 403],
      ['an officer of another district', revoke(neighbour, { reason: 'x' }), 403],
      [
        'malformed JSON',
        server.call('POST', `/api/certificates/${certificateId}/revoke`, {
          token: staff.officer,
          rawBody: '{"reason": ',
          headers: { 'content-type': 'application/json' },
        }),
        400,
      ],
    ];
    for (const [what, answer, status] of cases) {
      const { status: got, body } = await answer;
      expect([what, got]).toEqual([what, status]);
      expect(ErrorBodySchema.safeParse(body).success, what).toBe(true);
    }
    expect((await server.store.certificates.get(certificateId))?.certificate.status).toBe('valid');
  });

  it('when nothing changed, then the status list is served with the same bytes and ETag and a revalidation gets 304', async () => {
    const list = '/api/status-lists/AP-REV-1';
    const first = await server.call('GET', list);
    const second = await server.call('GET', list);
    expect(second.body).toEqual(first.body);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect(first.headers.get('cache-control')).toContain('public');
    expect((await server.call('GET', list, { headers: { 'if-none-match': etag } })).status).toBe(304);

    await revoke(staff.officer, { reason: 'wrong holder' });
    const changed = await server.call('GET', list, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('when a status list is unknown or its id malformed, then it answers 404 or 400 in the one error shape', async () => {
    const unknown = await server.call<ErrorBody>('GET', '/api/status-lists/AP-NOPE-1');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
    const malformed = await server.call<ErrorBody>('GET', '/api/status-lists/..%2Fetc');
    expect(malformed.status).toBe(400);
    expect(ErrorBodySchema.safeParse(malformed.body).success).toBe(true);
  });
});
