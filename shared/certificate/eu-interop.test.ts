import { beforeAll, describe, expect, it } from 'vitest';
import { HCERT_QR_PREFIX, importPublicJwk, verifyCertificateQr, type TrustedKey } from './index';
import { EU_DCC_VECTOR } from '../../test/fixtures/certificate-eu-vector';

/** The generic decoder against a real EU DCC test vector (see the fixture for its source). */

let signerKey: CryptoKey;
beforeAll(async () => {
  signerKey = await importPublicJwk(EU_DCC_VECTOR.signerJwk);
});

const euContext = (now: Date, lookup: Record<string, TrustedKey> = {}) => ({
  now,
  prefixes: [HCERT_QR_PREFIX],
  keyFor: (kid: string) => lookup[kid],
});

describe('EU DCC interoperability', () => {
  it('when an EU HC1 certificate is verified with its signer key at its validation clock, then it is VALID', async () => {
    const verdict = await verifyCertificateQr(EU_DCC_VECTOR.text, {
      ...euContext(EU_DCC_VECTOR.validationClock),
      fixedKey: signerKey,
    });
    expect(verdict.status).toBe('VALID');
    expect(verdict.claims).toMatchObject({
      issuer: EU_DCC_VECTOR.issuer,
      issuedAt: EU_DCC_VECTOR.issuedAt,
      expiresAt: EU_DCC_VECTOR.expiresAt,
      kid: EU_DCC_VECTOR.kid,
    });
  });

  it('when an EU certificate is decoded, then its -260 claim is exposed in raw and no Seva claims are invented', async () => {
    const verdict = await verifyCertificateQr(EU_DCC_VECTOR.text, {
      ...euContext(EU_DCC_VECTOR.validationClock),
      fixedKey: signerKey,
    });
    expect(verdict.claims?.seva).toBeUndefined();
    expect((verdict.claims?.raw as Record<string, unknown>)['-260']).toEqual({ 1: EU_DCC_VECTOR.dcc });
  });

  it('when the EU signer is found by the kid in the QR, then the trust-list path verifies it too', async () => {
    const key: TrustedKey = {
      kid: EU_DCC_VECTOR.kid,
      issuer: EU_DCC_VECTOR.issuer,
      name: { en: 'Austria (test)', te: 'ఆస్ట్రియా (పరీక్ష)' },
      documentTypes: ['*'],
      notBefore: '2021-05-05T12:41:06.000Z',
      notAfter: '2023-05-05T12:41:06.000Z',
      publicKey: signerKey,
    };
    const verdict = await verifyCertificateQr(
      EU_DCC_VECTOR.text,
      euContext(EU_DCC_VECTOR.validationClock, { [EU_DCC_VECTOR.kid]: key }),
    );
    expect(verdict).toMatchObject({ status: 'VALID', issuer: { issuer: 'AT' } });
  });

  it('when the same EU certificate is scanned today, then it is EXPIRED', async () => {
    const verdict = await verifyCertificateQr(EU_DCC_VECTOR.text, { ...euContext(new Date()), fixedKey: signerKey });
    expect(verdict.status).toBe('EXPIRED');
  });

  it('when a verifier accepts only Seva prefixes, then the EU certificate is NOT_OURS', async () => {
    const verdict = await verifyCertificateQr(EU_DCC_VECTOR.text, { now: new Date(), keyFor: () => undefined });
    expect(verdict.status).toBe('NOT_OURS');
  });

  it('when the EU certificate meets the wrong key, then it is INVALID bad_signature', async () => {
    const other = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const verdict = await verifyCertificateQr(EU_DCC_VECTOR.text, {
      ...euContext(EU_DCC_VECTOR.validationClock),
      fixedKey: other.publicKey,
    });
    expect(verdict).toEqual({ status: 'INVALID', reason: 'bad_signature' });
  });
});
