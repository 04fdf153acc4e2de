import { beforeAll, describe, expect, it } from 'vitest';
import {
  CLAIM_KEYS,
  HCERT_QR_PREFIX,
  SEVA_CLAIM_KEY,
  kidToBase64,
  newStatusList,
  verifiedStatusList,
  verifyCertificateQr,
  withRevoked,
  type CertificateSigner,
  type TrustedKey,
  type VerificationContext,
} from './index';
import { encodeCbor, decodePlainCbor } from './cbor';
import { encodeCoseSign1 } from './cose-sign1';
import { CERTIFICATE_TEST_KIDS } from '../../test/fixtures/certificate-keys';
import { GOLDEN_CERTIFICATES, GOLDEN_INCOME, GOLDEN_RESIDENCE } from '../../test/fixtures/certificate-vectors';
import {
  FIXED_NOW,
  REVENUE_CURRENT_ENTRY,
  testContext,
  testPublicKey,
  testSigner,
  testTrustedKeys,
  trustedKey,
} from '../../test/fixtures/certificate-trust';
import { coseParts, issueTestCertificate, qrAround, seconds } from '../../test/fixtures/certificate-issue';

let keys: Map<string, TrustedKey>;
let revenue: CertificateSigner;
let revenuePrevious: CertificateSigner;
let health: CertificateSigner;
const income = GOLDEN_INCOME;
const residence = GOLDEN_RESIDENCE;

beforeAll(async () => {
  keys = await testTrustedKeys();
  [revenue, revenuePrevious, health] = await Promise.all([
    testSigner('revenueCurrent'),
    testSigner('revenuePrevious'),
    testSigner('healthCurrent'),
  ]);
});

const at = (iso: string, overrides: Partial<VerificationContext> = {}) =>
  testContext(keys, { now: new Date(iso), ...overrides });

describe('golden vectors', () => {
  it.each(GOLDEN_CERTIFICATES)(
    'when $description is scanned, then it is VALID with exactly its claims',
    async (golden) => {
      const verdict = await verifyCertificateQr(golden.text, testContext(keys));
      expect(verdict.status).toBe('VALID');
      expect(verdict.reason).toBe('valid');
      expect(verdict.claims?.seva).toEqual(golden.claims);
      expect(verdict.claims?.issuer).toBe(golden.envelope.issuer);
      expect(verdict.claims?.issuedAt).toBe(new Date(golden.envelope.issuedAt * 1000).toISOString());
      expect(verdict.claims?.expiresAt).toBe(new Date(golden.envelope.expiresAt * 1000).toISOString());
      expect(verdict.claims?.kid).toBe(CERTIFICATE_TEST_KIDS[golden.signedBy]);
      expect(verdict.issuer).toEqual({ issuer: 'ap-revenue', name: REVENUE_CURRENT_ENTRY.name });
    },
  );

  it('when a certificate is issued and scanned, then the verifier reads back exactly what was signed', async () => {
    const claims = { ...income.claims, certificateNumber: 'INC/2026/0000001', fields: { annualIncome: 1.5e5 } };
    const text = await issueTestCertificate(revenue, { claims });
    const verdict = await verifyCertificateQr(text, testContext(keys));
    expect(verdict).toMatchObject({ status: 'VALID', claims: { seva: claims } });
    expect(verdict.claims?.seva).toEqual(claims);
  });
});

describe('CERT-V7 altered certificates', () => {
  it('when any one Base45 character is changed, then the certificate is never VALID and shows no claims', async () => {
    const body = income.text.slice(4);
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
    for (let i = 0; i < body.length; i++) {
      const replacement = alphabet.charAt((alphabet.indexOf(body.charAt(i)) + 1 + (i % 44)) % 45);
      const altered = `SV1:${body.slice(0, i)}${replacement}${body.slice(i + 1)}`;
      const verdict = await verifyCertificateQr(altered, testContext(keys));
      expect(verdict.status, `character ${i}`).toMatch(/^(INVALID|UNKNOWN_ISSUER)$/);
      expect(verdict.claims).toBeUndefined();
    }
  });

  it('when a claim is changed and re-encoded under the old signature, then it is INVALID bad_signature', async () => {
    const { protectedBytes, payload, signature } = coseParts(income.text);
    const cwt = decodePlainCbor(payload) as Map<number, Map<number, unknown>>;
    cwt.get(SEVA_CLAIM_KEY)?.set(CLAIM_KEYS.name, 'Someone Else');
    const forged = qrAround(encodeCoseSign1(protectedBytes, encodeCbor(cwt), signature));
    expect(await verifyCertificateQr(forged, testContext(keys))).toEqual({
      status: 'INVALID',
      reason: 'bad_signature',
    });
  });

  it('when another key signs under the revenue kid, then it is INVALID bad_signature', async () => {
    const impostor = { kid: revenue.kid, privateKey: health.privateKey };
    const text = await issueTestCertificate(impostor);
    expect(await verifyCertificateQr(text, testContext(keys))).toEqual({ status: 'INVALID', reason: 'bad_signature' });
  });

  it('when a fixed key is given that did not sign, then it is INVALID bad_signature', async () => {
    const verdict = await verifyCertificateQr(
      income.text,
      testContext(keys, { fixedKey: await testPublicKey('root') }),
    );
    expect(verdict).toEqual({ status: 'INVALID', reason: 'bad_signature' });
  });

  it('when a fixed key is given that did sign, then it overrides the kid lookup', async () => {
    const verdict = await verifyCertificateQr(income.text, {
      now: FIXED_NOW,
      keyFor: () => undefined,
      fixedKey: await testPublicKey('revenueCurrent'),
    });
    expect(verdict.status).toBe('VALID');
    expect(verdict.issuer).toBeUndefined();
  });
});

describe('CERT-V6 unknown issuers', () => {
  it('when the kid is on no trust list, then it is UNKNOWN_ISSUER and shows no claims', async () => {
    const verdict = await verifyCertificateQr(income.text, testContext(new Map()));
    expect(verdict).toEqual({ status: 'UNKNOWN_ISSUER', reason: 'unknown_kid' });
  });
});

describe('CERT-V10 validity dates', () => {
  const expiresAt = new Date(income.envelope.expiresAt * 1000);
  const issuedAt = new Date(income.envelope.issuedAt * 1000);
  const plus = (date: Date, s: number) => new Date(date.getTime() + s * 1000).toISOString();

  it('when scanned after its expiry, then it is EXPIRED and still shows its claims', async () => {
    const verdict = await verifyCertificateQr(income.text, at('2027-06-01T00:00:00Z'));
    expect(verdict.status).toBe('EXPIRED');
    expect(verdict.reason).toBe('expired');
    expect(verdict.claims?.seva).toEqual(income.claims);
  });

  it('when scanned within the clock skew after expiry, then it is still VALID', async () => {
    expect((await verifyCertificateQr(income.text, at(plus(expiresAt, 300)))).status).toBe('VALID');
    expect((await verifyCertificateQr(income.text, at(plus(expiresAt, 301)))).status).toBe('EXPIRED');
  });

  it('when scanned before it was issued, beyond the clock skew, then it is NOT_YET_VALID with its claims', async () => {
    const verdict = await verifyCertificateQr(income.text, at(plus(issuedAt, -301)));
    expect(verdict).toMatchObject({
      status: 'NOT_YET_VALID',
      reason: 'not_yet_valid',
      claims: { seva: income.claims },
    });
    expect((await verifyCertificateQr(income.text, at(plus(issuedAt, -300)))).status).toBe('VALID');
  });

  it('when the context sets no clock skew, then one second early is NOT_YET_VALID', async () => {
    const verdict = await verifyCertificateQr(income.text, at(plus(issuedAt, -1), { clockSkewSeconds: 0 }));
    expect(verdict.status).toBe('NOT_YET_VALID');
  });

  it('when the clock is not a valid date, then the verdict is INVALID rather than a guess', async () => {
    expect(await verifyCertificateQr(income.text, at('not a date'))).toEqual({
      status: 'INVALID',
      reason: 'invalid_clock',
    });
  });
});

describe('CERT-V9 keys allowed', () => {
  it('when an issuer key signs a document type it is not listed for, then it is INVALID key_not_allowed', async () => {
    const text = await issueTestCertificate(revenue, { claims: { documentType: 'birth' } });
    expect(await verifyCertificateQr(text, testContext(keys))).toEqual({
      status: 'INVALID',
      reason: 'key_not_allowed',
    });
  });

  it('when the previous key signs after its notAfter, then it is INVALID key_not_allowed', async () => {
    const text = await issueTestCertificate(revenuePrevious, {
      envelope: { issuedAt: seconds('2026-01-05T00:00:00Z') },
    });
    expect(await verifyCertificateQr(text, testContext(keys))).toEqual({
      status: 'INVALID',
      reason: 'key_not_allowed',
    });
  });

  it('when the current key claims to have signed before its notBefore, then it is INVALID key_not_allowed', async () => {
    const text = await issueTestCertificate(revenue, { envelope: { issuedAt: seconds('2025-12-15T00:00:00Z') } });
    expect(await verifyCertificateQr(text, testContext(keys))).toEqual({
      status: 'INVALID',
      reason: 'key_not_allowed',
    });
  });

  it('when a key signs in the name of another issuer, then it is INVALID issuer_mismatch', async () => {
    const text = await issueTestCertificate(revenue, { envelope: { issuer: 'ap-health' } });
    expect(await verifyCertificateQr(text, testContext(keys))).toEqual({
      status: 'INVALID',
      reason: 'issuer_mismatch',
    });
  });

  it('when a key is listed for every document type, then any type verifies', async () => {
    const text = await issueTestCertificate(revenue, { claims: { documentType: 'birth' } });
    const key = trustedKey(keys, 'revenueCurrent');
    const anyType = new Map([[key.kid, { ...key, documentTypes: ['*'] }]]);
    expect((await verifyCertificateQr(text, testContext(anyType))).status).toBe('VALID');
  });
});

describe('CERT-V6 key rotation', () => {
  it('when the previous key is still on the trust list, then what it signed still verifies', async () => {
    expect((await verifyCertificateQr(residence.text, testContext(keys))).status).toBe('VALID');
  });

  it('when the previous key leaves the trust list, then what it signed becomes UNKNOWN_ISSUER', async () => {
    const withoutPrevious = new Map(keys);
    withoutPrevious.delete(CERTIFICATE_TEST_KIDS.revenuePrevious);
    const verdict = await verifyCertificateQr(residence.text, testContext(withoutPrevious));
    expect(verdict.status).toBe('UNKNOWN_ISSUER');
    expect((await verifyCertificateQr(income.text, testContext(withoutPrevious))).status).toBe('VALID');
  });
});

describe('CERT-V11 status lists', () => {
  const listAt = new Date('2026-03-10T08:00:00.000Z');
  const emptyList = newStatusList('ap-revenue-1', 'ap-revenue', 131_072, listAt);

  it('when the certificate bit is set, then it is REVOKED with the revocation date and list date', async () => {
    const revokedAt = new Date('2026-03-12T11:30:00.000Z');
    const list = verifiedStatusList(withRevoked(emptyList, income.claims.statusIndex, revokedAt));
    const verdict = await verifyCertificateQr(income.text, testContext(keys, { statusList: () => list }));
    expect(verdict).toMatchObject({
      status: 'REVOKED',
      reason: 'revoked',
      revokedAt: revokedAt.toISOString(),
      statusAsOf: revokedAt.toISOString(),
      claims: { seva: income.claims },
    });
  });

  it('when the certificate bit is clear, then it is VALID and says how fresh the list was', async () => {
    const list = verifiedStatusList(withRevoked(emptyList, income.claims.statusIndex + 1, listAt));
    const verdict = await verifyCertificateQr(income.text, testContext(keys, { statusList: () => list }));
    expect(verdict).toMatchObject({ status: 'VALID', statusAsOf: listAt.toISOString() });
  });

  it('when the verifier holds no list for the certificate, then it is VALID without a status date', async () => {
    const verdict = await verifyCertificateQr(income.text, testContext(keys, { statusList: () => undefined }));
    expect(verdict.status).toBe('VALID');
    expect(verdict.statusAsOf).toBeUndefined();
  });

  it('when the only list offered belongs to another issuer, then it is not consulted', async () => {
    const foreign = newStatusList('ap-revenue-1', 'ap-health', 131_072, listAt);
    const list = verifiedStatusList(withRevoked(foreign, income.claims.statusIndex, listAt));
    const verdict = await verifyCertificateQr(income.text, testContext(keys, { statusList: () => list }));
    expect(verdict.status).toBe('VALID');
    expect(verdict.statusAsOf).toBeUndefined();
  });

  it('when a certificate is both expired and revoked, then the dates are judged first', async () => {
    const list = verifiedStatusList(withRevoked(emptyList, income.claims.statusIndex, listAt));
    const verdict = await verifyCertificateQr(income.text, at('2027-06-01T00:00:00Z', { statusList: () => list }));
    expect(verdict.status).toBe('EXPIRED');
  });
});

describe('CERT-V1 prefixes', () => {
  it('when a text has none of the accepted prefixes, then it is NOT_OURS', async () => {
    for (const text of ['', 'hello', 'HC1:NCFOXN%TS3DH', 'sv1:' + income.text.slice(4), income.text.slice(1)]) {
      expect(await verifyCertificateQr(text, testContext(keys))).toEqual({
        status: 'NOT_OURS',
        reason: 'unknown_prefix',
      });
    }
  });

  it('when the verifier accepts only HC1:, then a Seva certificate is NOT_OURS', async () => {
    const verdict = await verifyCertificateQr(income.text, testContext(keys, { prefixes: [HCERT_QR_PREFIX] }));
    expect(verdict.status).toBe('NOT_OURS');
  });

  it('when a certificate is made with another prefix, then a verifier accepting it reads it', async () => {
    const text = await issueTestCertificate(revenue, { prefix: 'SV9:' });
    expect(text.startsWith('SV9:')).toBe(true);
    expect((await verifyCertificateQr(text, testContext(keys, { prefixes: ['SV9:'] }))).status).toBe('VALID');
  });
});

describe('CERT-V3 to V5 truncated certificates', () => {
  it('when a certificate is cut short at any length, then it is INVALID or NOT_OURS and never throws', async () => {
    for (let length = 0; length < income.text.length; length++) {
      const verdict = await verifyCertificateQr(income.text.slice(0, length), testContext(keys));
      expect(verdict.status, `length ${length}`).toBe(length < 4 ? 'NOT_OURS' : 'INVALID');
    }
  });
});

describe('kids', () => {
  it('when a verdict names the kid, then it is the base64 of the protected-header kid', async () => {
    const verdict = await verifyCertificateQr(income.text, testContext(keys));
    expect(verdict.claims?.kid).toBe(kidToBase64(coseParts(income.text).kid));
  });
});
