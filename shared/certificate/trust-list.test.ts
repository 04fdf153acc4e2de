import { beforeAll, describe, expect, it } from 'vitest';
import { openTrustList, signTrustList, trustedKeysFromList, TRUST_LIST_FORMAT } from './trust-list';
import type { CertificateSigner, SignedDocument, TrustList } from './types';
import { base64UrlToBytes, bytesToBase64Url } from './base64';
import { signJsonDocument } from './signed-document';
import { CERTIFICATE_TEST_KIDS } from '../../test/fixtures/certificate-keys';
import {
  REVENUE_CURRENT_ENTRY,
  TEST_TRUST_LIST,
  testPublicKey,
  testSigner,
  trustedKey,
} from '../../test/fixtures/certificate-trust';

let root: CertificateSigner;
let rootKey: CryptoKey;
let impostor: CertificateSigner;
let signed: SignedDocument;

beforeAll(async () => {
  [root, rootKey, impostor] = await Promise.all([
    testSigner('root'),
    testPublicKey('root'),
    testSigner('healthCurrent'),
  ]);
  signed = await signTrustList(TEST_TRUST_LIST, root);
});

const payloadOf = (doc: SignedDocument) =>
  JSON.parse(new TextDecoder().decode(base64UrlToBytes(doc.payload))) as TrustList;

describe('trust lists', () => {
  it('when the root signs a list and a verifier opens it, then the verifier gets the same list', async () => {
    expect(signed.format).toBe(TRUST_LIST_FORMAT);
    expect(signed.kid).toBe(CERTIFICATE_TEST_KIDS.root);
    expect(await openTrustList(signed, [rootKey])).toEqual({ ok: true, list: TEST_TRUST_LIST });
  });

  it('when one of several pinned roots signed the list, then it opens', async () => {
    const otherRoot = await testPublicKey('revenueCurrent');
    expect((await openTrustList(signed, [otherRoot, rootKey])).ok).toBe(true);
  });

  it('CERT-T1: when a list is signed by a key that is not a pinned root, then it is refused as bad_signature', async () => {
    const forged = await signJsonDocument(TRUST_LIST_FORMAT, TEST_TRUST_LIST, impostor);
    expect(await openTrustList(forged, [rootKey])).toEqual({ ok: false, reason: 'bad_signature' });
    expect(await openTrustList(signed, [])).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('CERT-T1: when the payload is changed after signing, then it is refused as bad_signature', async () => {
    const widened = {
      ...payloadOf(signed),
      issuers: payloadOf(signed).issuers.map((i) => ({ ...i, documentTypes: ['*'] })),
    };
    const payload = bytesToBase64Url(new TextEncoder().encode(JSON.stringify(widened)));
    expect(await openTrustList({ ...signed, payload }, [rootKey])).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('CERT-T3: when the list is older than the one the verifier holds, then it is refused as rollback', async () => {
    expect(await openTrustList(signed, [rootKey], { notOlderThanSeq: 8 })).toEqual({ ok: false, reason: 'rollback' });
  });

  it('CERT-T3: when the list has the same seq as the one held, then it is accepted (a re-download)', async () => {
    expect((await openTrustList(signed, [rootKey], { notOlderThanSeq: 7 })).ok).toBe(true);
  });

  it('when the document is not a signed trust list, then it is refused as malformed', async () => {
    const statusFormat = { ...signed, format: 'seva-status-list/1' };
    const extraField = { ...signed, note: 'hi' };
    for (const doc of [null, 'text', {}, statusFormat, extraField, { ...signed, signature: 'short' }]) {
      expect(await openTrustList(doc, [rootKey])).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('CERT-T2: when a root-signed payload breaks the schema or a kid does not match its key, then it is refused as malformed', async () => {
    const broken: unknown[] = [
      { ...TEST_TRUST_LIST, seq: -1 },
      { ...TEST_TRUST_LIST, issuers: [{ ...REVENUE_CURRENT_ENTRY, publicKeyJwk: { kty: 'EC' } }] },
      { ...TEST_TRUST_LIST, issuers: [{ ...REVENUE_CURRENT_ENTRY, kid: CERTIFICATE_TEST_KIDS.healthCurrent }] },
      { ...TEST_TRUST_LIST, issuers: [REVENUE_CURRENT_ENTRY, REVENUE_CURRENT_ENTRY] },
    ];
    for (const payload of broken) {
      const doc = await signJsonDocument(TRUST_LIST_FORMAT, payload, root);
      expect(await openTrustList(doc, [rootKey])).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('when a list is opened, then its keys are ready for kid lookup with their permissions', async () => {
    const keys = await trustedKeysFromList(TEST_TRUST_LIST);
    expect([...keys.keys()]).toEqual([
      CERTIFICATE_TEST_KIDS.revenueCurrent,
      CERTIFICATE_TEST_KIDS.revenuePrevious,
      CERTIFICATE_TEST_KIDS.healthCurrent,
    ]);
    const previous = trustedKey(keys, 'revenuePrevious');
    expect(previous).toMatchObject({
      issuer: 'ap-revenue',
      documentTypes: ['income', 'caste', 'residence'],
      notAfter: '2025-12-31T23:59:59.000Z',
      statusListId: 'ap-revenue-1',
    });
    expect(previous.publicKey.type).toBe('public');
    expect('notAfter' in trustedKey(keys, 'revenueCurrent')).toBe(false);
  });

  it('when the issuing side hands over a list that breaks the schema, then signing throws', async () => {
    await expect(signTrustList({ ...TEST_TRUST_LIST, issuedAt: 'yesterday' }, root)).rejects.toThrow();
  });
});
