import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { CertificateResponse } from '../../../shared/api/certificates-api';
import type { ErrorBody } from '../../../shared/api/errors';
import { verifyCertificateQr } from '../../../shared/certificate';
import type { ServiceRequest } from '../../../shared/model/service-request';
import { validAadhaar } from '../../fixtures/answers';
import { CERTIFICATE_TEST_KIDS } from '../../fixtures/certificate-keys';
import type { CertificateDeps } from '../../../sync-server/certificates/certificate-deps';
import { issueCertificate } from '../../../sync-server/certificates/issue-certificate';
import { startIssuanceSweep } from '../../../sync-server/certificates/issuance-sweep';
import { openCertificates } from '../../../sync-server/certificates/open-certificates';
import { CatalogService } from '../../../sync-server/domain/catalog-service';
import { loadShippedGeography } from '../../../sync-server/geography/shipped-geography';
import type { Store } from '../../../sync-server/store/store';
import { fixtureKeysDir } from '../../helpers/certificate-keys-dir';
import type { TestServer } from '../../helpers/test-server';
import {
  approvedApplication,
  approveWithoutIssuing,
  decide,
  fileApplication,
  gunturStaff,
  HOME,
  rootPublicJwk,
  servedVerificationContext,
  startCertificateServer,
} from './certificate-helpers';
import { ENGINES, type FreshDatabase } from './engines';

/** The certificate machinery of a second server process on the same database and KEYS_DIR. */
async function secondProcess(store: Store, keysDir: string): Promise<CertificateDeps> {
  const now = () => new Date();
  return openCertificates({
    store,
    catalog: new CatalogService(store, { graceDays: 30, now }),
    geography: loadShippedGeography(),
    keysDir,
    now,
  });
}

/** The versions of a request in the change log that moved it to `issued`. */
async function issuedChanges(store: Store, requestId: string): Promise<number> {
  const changes = await store.readChanges({ after: 0, limit: 10_000, scope: { kind: 'all' }, entities: ['request'] });
  return changes.filter((c) => c.entityId === requestId && (c.data as ServiceRequest).status === 'issued').length;
}

describe.each(ENGINES)('certificate issuance on $name', (engine) => {
  let database: FreshDatabase;
  let keysDir: string;
  let server: TestServer;
  let staff: { agent: string; officer: string };

  beforeEach(async () => {
    database = await engine.fresh();
    keysDir = await fixtureKeysDir();
    server = await startCertificateServer({ store: database.store, keysDir });
    staff = await gunturStaff(server);
  });
  afterEach(() => server.close());

  it('when an officer approves an income certificate application, then Seva issues it at once and its QR verifies VALID against the served lists', async () => {
    const approved = await approvedApplication(server, staff, 'rev.income-certificate', { annualIncome: 96_000 });
    expect(approved.status).toBe('issued');
    expect(approved.history.slice(-2).map((h) => [h.status, h.actor.role])).toEqual([
      ['approved', 'officer'],
      ['issued', 'system'],
    ]);
    expect(approved.certificate).toMatchObject({ number: expect.stringMatching(/^INC-\d{4}-[0-9A-Z]{5}$/) });

    const shown = await server.call<ServiceRequest>('GET', `/api/requests/${approved.id}`, { token: staff.agent });
    expect(shown.body.certificate).toEqual(approved.certificate);
    const certificate = await server.call<CertificateResponse>('GET', `/api/certificates/${approved.certificate?.id}`, {
      token: staff.agent,
    });
    expect(certificate.status).toBe(200);
    expect(certificate.body).toMatchObject({
      requestId: approved.id,
      documentType: 'income',
      issuer: 'AP-REV',
      issuerKid: CERTIFICATE_TEST_KIDS.revenueCurrent,
      officeCode: HOME,
      status: 'valid',
      claims: { annualIncome: 96_000, financialYear: expect.stringMatching(/^\d{4}-\d{2}$/) },
    });

    const context = await servedVerificationContext(server, rootPublicJwk(keysDir));
    const verdict = await verifyCertificateQr(certificate.body.qr, context);
    expect(verdict.status).toBe('VALID');
    expect(verdict.claims?.seva).toMatchObject({
      certificateNumber: approved.certificate?.number,
      name: 'Lakshmi Devi',
    });
    expect(verdict.issuer?.issuer).toBe('AP-REV');
  });

  it('when a certificate is issued, then its QR carries the name, guardian, income and year, and never the Aadhaar, phone or address', async () => {
    const approved = await approvedApplication(server, staff, 'rev.income-certificate', {
      applicantName: 'Padma Rani',
      fatherOrHusbandName: 'Suresh Babu',
      annualIncome: 1_20_000,
      aadhaar: validAadhaar(34567890123),
      mobile: '9123456780',
      pincode: '522002',
    });
    const { body } = await server.call<CertificateResponse>('GET', `/api/certificates/${approved.certificate?.id}`, {
      token: staff.officer,
    });
    const verdict = await verifyCertificateQr(body.qr, await servedVerificationContext(server, rootPublicJwk(keysDir)));
    expect(verdict.claims?.seva).toMatchObject({
      name: 'Padma Rani',
      guardianName: 'Suresh Babu',
      fields: { annualIncome: 120_000 },
    });
    const carried = JSON.stringify(verdict.claims?.raw);
    for (const secret of [validAadhaar(34567890123), '9123456780', '522002']) expect(carried).not.toContain(secret);
    expect(JSON.stringify(body)).not.toContain(validAadhaar(34567890123));
  });

  it('when a birth certificate is issued, then it names the child, never expires, and is numbered in its own series', async () => {
    const maud = await server.token({
      role: 'officer',
      name: 'Registrar',
      departmentCode: 'MAUD',
      districtCode: 'GNT',
    });
    const issued = await approvedApplication(server, { agent: staff.agent, officer: maud }, 'maud.birth-certificate', {
      childName: 'Baby Anjali',
    });
    const { body } = await server.call<CertificateResponse>('GET', `/api/certificates/${issued.certificate?.id}`, {
      token: maud,
    });
    expect(body).toMatchObject({ documentType: 'birth', issuer: 'AP-MAUD', holderName: 'Baby Anjali' });
    expect(body.number).toMatch(/^BIR-\d{4}-/);
    expect(body.validUntil).toBeUndefined();
    const verdict = await verifyCertificateQr(body.qr, await servedVerificationContext(server, rootPublicJwk(keysDir)));
    expect(verdict.status).toBe('VALID');
    expect(verdict.claims?.expiresAt).toBeUndefined();
  });

  it('when a request of a service that issues no certificate is approved, then it stays approved', async () => {
    const filed = await fileApplication(server, staff.agent, 'rev.land-mutation-passbook');
    await decide(server, staff.officer, filed.id, 'received');
    const approved = await decide(server, staff.officer, filed.id, 'approved');
    expect(approved.status).toBe('approved');
    expect(approved.certificate).toBeUndefined();
  });

  it('when two officers approve at once, then one approval wins and the request has one certificate', async () => {
    const filed = await fileApplication(server, staff.agent);
    await decide(server, staff.officer, filed.id, 'received');
    const answers = await Promise.all(
      [1, 2].map(() =>
        server.call<ServiceRequest | ErrorBody>('POST', `/api/requests/${filed.id}/transition`, {
          token: staff.officer,
          body: { to: 'approved' },
        }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect((await server.store.getRequest(filed.id))?.status).toBe('issued');
    expect(await issuedChanges(server.store, filed.id)).toBe(1);
  });

  it('when issuance is attempted again and again at once, then the request gets exactly one certificate', async () => {
    const filed = await fileApplication(server, staff.agent);
    await decide(server, staff.officer, filed.id, 'received');
    await approveWithoutIssuing(server.store, filed.id, server.clock.now);
    const deps = server.certificates;
    if (!deps) throw new Error('the test server issues certificates');
    const outcomes = await Promise.all([1, 2, 3, 4, 5, 6].map(() => issueCertificate(deps, filed.id)));
    expect(outcomes.every((request) => request?.status === 'issued')).toBe(true);
    expect(new Set(outcomes.map((request) => request?.certificate?.id)).size).toBe(1);
    expect(await issuedChanges(server.store, filed.id)).toBe(1);
  });

  // Several processes share one database only on PostgreSQL (SQLite is the one-process default).
  if (engine.name === 'PostgreSQL') {
    it('when two server processes issue for the same request at once, then it gets exactly one certificate', async () => {
      const filed = await fileApplication(server, staff.agent);
      await decide(server, staff.officer, filed.id, 'received');
      await approveWithoutIssuing(server.store, filed.id, server.clock.now);
      const other = await database.openAnother();
      try {
        const first = server.certificates;
        if (!first) throw new Error('the test server issues certificates');
        const second = await secondProcess(other, keysDir);
        const outcomes = await Promise.all(
          [first, second, first, second, first, second].map((deps) => issueCertificate(deps, filed.id)),
        );
        const ids = new Set(outcomes.map((request) => request?.certificate?.id));
        expect(outcomes.every((request) => request?.status === 'issued')).toBe(true);
        expect(ids.size).toBe(1);
        expect((await other.certificates.getByRequest(filed.id))?.certificate.id).toBe([...ids][0]);
        expect(await issuedChanges(server.store, filed.id)).toBe(1);
      } finally {
        await other.close();
      }
    });
  }

  it('when a process died between approving and issuing, then the sweep issues the certificate, once', async () => {
    const filed = await fileApplication(server, staff.agent);
    await decide(server, staff.officer, filed.id, 'received');
    await approveWithoutIssuing(server.store, filed.id, server.clock.now);
    server.clock.now = new Date(server.clock.now.getTime() + 1000);
    const deps = server.certificates;
    if (!deps) throw new Error('the test server issues certificates');
    const sweep = startIssuanceSweep(deps, { intervalMs: 3_600_000, graceMs: 0, logger: pino({ level: 'silent' }) });
    try {
      // The sweep starts with a run of its own; wait for it, then run again.
      await sweep.runOnce();
      expect(await sweep.runOnce()).toBe(0);
    } finally {
      await sweep.stop();
    }
    const request = await server.store.getRequest(filed.id);
    expect(request?.status).toBe('issued');
    expect(request?.history.at(-1)?.actor.role).toBe('system');
    expect(await issuedChanges(server.store, filed.id)).toBe(1);
  });

  it('when a request was approved moments ago, then the sweep leaves it to the process issuing it', async () => {
    const filed = await fileApplication(server, staff.agent);
    await decide(server, staff.officer, filed.id, 'received');
    await approveWithoutIssuing(server.store, filed.id, server.clock.now);
    const deps = server.certificates;
    if (!deps) throw new Error('the test server issues certificates');
    const sweep = startIssuanceSweep(deps, {
      intervalMs: 3_600_000,
      graceMs: 60_000,
      logger: pino({ level: 'silent' }),
    });
    try {
      expect(await sweep.runOnce()).toBe(0);
    } finally {
      await sweep.stop();
    }
    expect((await server.store.getRequest(filed.id))?.status).toBe('approved');
  });
});
