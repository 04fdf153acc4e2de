import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newUuidV7 } from '../../../shared/ids';
import type { Certificate } from '../../../shared/model/certificate';
import type { ServiceRequest } from '../../../shared/model/service-request';
import type { SigningKeyRecord } from '../../../sync-server/store/certificate-store';
import type { Store } from '../../../sync-server/store/store';
import { makeRequest } from '../../fixtures/requests';
import { ENGINES } from './engines';

const AT = '2026-06-01T06:00:00.000Z';

const key = (kid: string, notAfter: string | null = null): SigningKeyRecord => ({
  kid,
  issuer: 'AP-REV',
  name: { en: 'Revenue', te: 'రెవెన్యూ' },
  documentTypes: ['income'],
  publicJwk: { kty: 'EC', crv: 'P-256', x: kid, y: kid },
  statusListId: 'AP-REV-1',
  notBefore: '2026-01-01T00:00:00.000Z',
  notAfter,
  createdAt: '2026-01-01T00:00:00.000Z',
});

function certificateFor(request: ServiceRequest, overrides: Partial<Certificate> = {}): Certificate {
  return {
    id: newUuidV7(),
    requestId: request.id,
    reference: request.reference,
    serviceId: request.serviceId,
    number: `INC-2026-${String(Math.floor(Math.random() * 90_000) + 10_000)}`,
    documentType: 'income',
    title: { en: 'Income Certificate', te: 'ఆదాయ ధ్రువీకరణ పత్రం' },
    holderName: 'Lakshmi Devi',
    claims: { annualIncome: 96_000 },
    officeCode: request.jurisdiction.secretariatCode,
    issuer: 'AP-REV',
    issuedAt: AT,
    issuerKid: 'current',
    statusListId: 'AP-REV-1',
    statusIndex: Math.floor(Math.random() * 131_072),
    status: 'valid',
    ...overrides,
  };
}

/** The request at `status`, one version on. */
function moved(request: ServiceRequest, status: ServiceRequest['status']): ServiceRequest {
  const version = request.version + 1;
  return {
    ...request,
    status,
    version,
    history: [...request.history, { version, status, at: AT, actor: { role: 'system' } }],
  };
}

describe.each(ENGINES)('certificate store contract on $name', (engine) => {
  let store: Store;
  let approved: ServiceRequest;

  beforeEach(async () => {
    store = (await engine.fresh()).store;
    await store.certificates.changeTrust(async () => ({
      keys: [key('current'), key('retired', '2026-03-01T00:00:00.000Z')],
      statusLists: [{ id: 'AP-REV-1', issuer: 'AP-REV', size: 131_072 }],
      trustList: { seq: 1, issuedAt: AT, rootKid: 'root', document: '{}' },
    }));
    const submitted = makeRequest();
    approved = moved(submitted, 'approved');
    await store.insertRequests([submitted]);
    expect(await store.updateRequest(approved, 1)).toBe(true);
  });
  afterEach(() => store.close());

  const issue = (certificate: Certificate, expectedVersion = approved.version) =>
    store.certificates.issue({
      stored: { certificate, qr: 'SV1:TEST' },
      pdf: new Uint8Array([37, 80, 68, 70]),
      request: {
        ...moved(approved, 'issued'),
        certificate: { id: certificate.id, number: certificate.number, issuedAt: AT, status: 'valid' },
      },
      expectedVersion,
    });

  it('when a request is issued twice, then the second attempt finds the first certificate and writes nothing', async () => {
    const first = certificateFor(approved);
    expect(await issue(first)).toEqual({ kind: 'issued' });
    const second = await issue(certificateFor(approved));
    expect(second).toEqual({ kind: 'exists', certificate: { certificate: first, qr: 'SV1:TEST' } });
    expect((await store.getRequest(approved.id))?.certificate?.id).toBe(first.id);
    expect(await store.certificates.pdf(first.id)).toEqual(new Uint8Array([37, 80, 68, 70]));
  });

  it('when the status slot is taken, the key was retired before the issue time, or the request moved, then nothing is written', async () => {
    const otherSubmitted = makeRequest();
    const other = moved(otherSubmitted, 'approved');
    await store.insertRequests([otherSubmitted]);
    await store.updateRequest(other, 1);
    const holder = certificateFor(other, { statusIndex: 7 });
    await store.certificates.issue({
      stored: { certificate: holder, qr: 'SV1:OTHER' },
      pdf: new Uint8Array([1]),
      request: moved(other, 'issued'),
      expectedVersion: other.version,
    });

    expect(await issue(certificateFor(approved, { statusIndex: 7 }))).toEqual({ kind: 'slot_taken' });
    expect(await issue(certificateFor(approved, { issuerKid: 'retired' }))).toEqual({ kind: 'key_retired' });
    expect(await issue(certificateFor(approved), approved.version - 1)).toEqual({ kind: 'request_moved' });
    expect(await store.certificates.getByRequest(approved.id)).toBeUndefined();
    expect((await store.getRequest(approved.id))?.status).toBe('approved');
  });

  it('when a certificate is revoked, then its status list changes once, and a second revocation changes nothing', async () => {
    const certificate = certificateFor(approved);
    await issue(certificate);
    const revoke = (reason: string, at: string) =>
      store.certificates.revoke({ id: certificate.id, reason, at, nextRequest: (current) => moved(current, 'issued') });
    const listBefore = await store.certificates.getStatusList('AP-REV-1');

    expect(await revoke('forged proof', '2026-06-02T00:00:00.000Z')).toMatchObject({
      kind: 'revoked',
      certificate: { status: 'revoked', revokedAt: '2026-06-02T00:00:00.000Z', revocationReason: 'forged proof' },
    });
    expect(await revoke('again', '2026-06-03T00:00:00.000Z')).toMatchObject({
      kind: 'already_revoked',
      certificate: { revocationReason: 'forged proof' },
    });
    expect(await store.certificates.revokedSlots('AP-REV-1')).toEqual([
      { index: certificate.statusIndex, revokedAt: '2026-06-02T00:00:00.000Z' },
    ]);
    expect((await store.certificates.getStatusList('AP-REV-1'))?.version).toBe((listBefore?.version ?? 0) + 1);
    expect(
      await store.certificates.revoke({ id: newUuidV7(), reason: 'x', at: AT, nextRequest: (current) => current }),
    ).toEqual({ kind: 'not_found' });
  });

  it('a signed status list is kept only for the version it was signed at', async () => {
    const list = await store.certificates.getStatusList('AP-REV-1');
    expect(await store.certificates.saveSignedStatusList('AP-REV-1', (list?.version ?? 0) + 1, 'stale')).toBe(false);
    expect(await store.certificates.saveSignedStatusList('AP-REV-1', list?.version ?? 0, 'signed')).toBe(true);
    expect(await store.certificates.getStatusList('AP-REV-1')).toMatchObject({ signedDocument: 'signed' });
  });

  it('numbers are reserved in blocks that count up per series, each from 1, and never overlap', async () => {
    const reserved = await Promise.all([1, 2, 3, 4].map(() => store.certificates.reserveNumbers('INC-2026', 16)));
    expect(reserved.sort((a, b) => a - b)).toEqual([16, 32, 48, 64]);
    expect(await store.certificates.reserveNumbers('BIR-2026', 1)).toBe(1);
  });

  it('finds approved requests of the given services that have no certificate and were changed before a time', async () => {
    const later = new Date(Date.parse(approved.updatedAt) + 1000).toISOString();
    expect(await store.certificates.approvedWithoutCertificate([approved.serviceId], later, 10)).toEqual([approved.id]);
    expect(await store.certificates.approvedWithoutCertificate([approved.serviceId], approved.updatedAt, 10)).toEqual(
      [],
    );
    expect(await store.certificates.approvedWithoutCertificate(['rev.other-service'], later, 10)).toEqual([]);
    await issue(certificateFor(approved));
    expect(await store.certificates.approvedWithoutCertificate([approved.serviceId], later, 10)).toEqual([]);
  });
});
