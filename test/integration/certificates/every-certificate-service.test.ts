import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CertificateResponse } from '../../../shared/api/certificates-api';
import { verifyCertificateQr } from '../../../shared/certificate';
import { issuingRule } from '../../../sync-server/certificates/document-types';
import { fixtureKeysDir } from '../../helpers/certificate-keys-dir';
import type { TestServer } from '../../helpers/test-server';
import {
  approvedApplication,
  HOME,
  rootPublicJwk,
  servedVerificationContext,
  startCertificateServer,
} from './certificate-helpers';

describe('every certificate service of the shipped catalog', () => {
  let server: TestServer;
  let keysDir: string;
  let agent: string;
  beforeAll(async () => {
    keysDir = await fixtureKeysDir();
    server = await startCertificateServer({ keysDir });
    agent = await server.token({ role: 'agent', name: 'Ravi', secretariatCode: HOME });
  });
  afterAll(() => server.close());

  it('when any service Seva issues certificates for is approved, then its one-page certificate verifies VALID under its department', async () => {
    const departments = (await server.store.getCatalog())?.departments ?? [];
    const issued: { serviceId: string; qr: string; issuer: string }[] = [];
    for (const department of departments) {
      const services = department.services.filter((service) => issuingRule(service));
      if (services.length === 0) continue;
      const officer = await server.token({
        role: 'officer',
        name: 'Officer',
        departmentCode: department.code,
        districtCode: 'GNT',
      });
      for (const service of services) {
        const request = await approvedApplication(server, { agent, officer }, service.id);
        expect([service.id, request.status]).toEqual([service.id, 'issued']);
        const { body } = await server.call<CertificateResponse>('GET', `/api/certificates/${request.certificate?.id}`, {
          token: officer,
        });
        issued.push({ serviceId: service.id, qr: body.qr, issuer: `AP-${department.code}` });
      }
    }
    expect(issued.length).toBeGreaterThan(25);
    const context = await servedVerificationContext(server, rootPublicJwk(keysDir));
    for (const { serviceId, qr, issuer } of issued) {
      const verdict = await verifyCertificateQr(qr, context);
      expect([serviceId, verdict.status, verdict.issuer?.issuer]).toEqual([serviceId, 'VALID', issuer]);
    }
  });

  it('when a download-only certificate service (a hall ticket) is approved, then it stays approved for the office to deliver', async () => {
    const officer = await server.token({ role: 'officer', name: 'DEO', departmentCode: 'SCHEDU', districtCode: 'GNT' });
    const request = await approvedApplication(server, { agent, officer }, 'schedu.ssc-hall-ticket');
    expect(request.status).toBe('approved');
    expect(request.certificate).toBeUndefined();
  });
});
