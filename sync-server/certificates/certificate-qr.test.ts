import { describe, expect, it } from 'vitest';
import { certificateQrMatrix, importPublicJwk, signerFromJwk, verifyCertificateQr } from '../../shared/certificate';
import type { Certificate } from '../../shared/model/certificate';
import { CERTIFICATE_TEST_KEYS, publicTestJwk } from '../../test/fixtures/certificate-keys';
import { qrTextOf } from './certificate-qr';

const base: Certificate = {
  id: '01936b2e-7c3a-7000-8000-000000000001',
  requestId: '01936b2e-7c3a-7000-8000-000000000002',
  reference: 'A1B2C3D4E5F6G',
  serviceId: 'rev.income-certificate',
  number: 'INC-2026-0000A',
  documentType: 'income',
  title: { en: 'Income Certificate', te: 'ఆదాయ ధ్రువీకరణ పత్రం' },
  holderName: 'వెంకట సత్య నాగ లక్ష్మీ నరసింహ మూర్తి',
  guardianName: 'సత్యనారాయణ మూర్తి',
  dateOfBirth: '1990-05-15',
  claims: { annualIncome: 250000, financialYear: '2026-27' },
  officeCode: 'GNT-01-001',
  issuer: 'AP-REV',
  issuedAt: '2026-11-22T06:00:00.000Z',
  validUntil: '2027-11-21T18:29:59.000Z',
  issuerKid: 'AAAAAAAAAAA=',
  statusListId: 'AP-REV-1',
  statusIndex: 123_456,
  status: 'valid',
};

async function decoded(text: string) {
  const publicKey = await importPublicJwk(publicTestJwk('revenueCurrent'));
  const verdict = await verifyCertificateQr(text, {
    now: new Date('2026-12-01T00:00:00Z'),
    keyFor: () => undefined,
    fixedKey: publicKey,
  });
  return verdict.claims?.seva;
}

describe('the QR text of a certificate', () => {
  it('carries every claim when they fit', async () => {
    const signer = await signerFromJwk(CERTIFICATE_TEST_KEYS.revenueCurrent);
    const text = await qrTextOf(base, signer);
    expect(certificateQrMatrix(text).version).toBeLessThanOrEqual(15);
    expect(await decoded(text)).toMatchObject({
      name: base.holderName,
      guardianName: base.guardianName,
      dateOfBirth: '1990-05-15',
    });
  });

  it('leaves out the date of birth, then the guardian, when a very long Telugu name would not fit', async () => {
    const signer = await signerFromJwk(CERTIFICATE_TEST_KEYS.revenueCurrent);
    const long = {
      ...base,
      holderName: 'కొండపల్లి వెంకట సుబ్రహ్మణ్య శాస్త్రి లక్ష్మీ నరసింహ',
      guardianName: 'కొండపల్లి రామచంద్ర శాస్త్రి వెంకటేశ్వర',
    };
    const text = await qrTextOf(long, signer);
    expect(certificateQrMatrix(text).version).toBeLessThanOrEqual(15);
    const claims = await decoded(text);
    expect(claims?.name).toBe(long.holderName);
    expect(claims?.dateOfBirth).toBeUndefined();
    expect(claims).toMatchObject({ certificateNumber: base.number, fields: base.claims });
  });

  it('refuses a certificate whose essential claims alone do not fit', async () => {
    const signer = await signerFromJwk(CERTIFICATE_TEST_KEYS.revenueCurrent);
    // Varied text, so compression cannot shrink it: 400 characters of facts.
    const varied = (length: number, seed: number) => {
      let state = seed;
      return Array.from({ length }, () => {
        state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
        return 'abcdefghijklmnopqrstuvwxyz0123456789'[state % 36];
      }).join('');
    };
    const huge = { ...base, claims: { note: varied(200, 1), more: varied(200, 2) } };
    await expect(qrTextOf(huge, signer)).rejects.toThrow(RangeError);
  });
});
