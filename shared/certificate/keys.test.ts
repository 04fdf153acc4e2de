import { describe, expect, it } from 'vitest';
import {
  exportPrivateJwk,
  exportPublicJwk,
  generateSigningKeyPair,
  importPrivateJwk,
  importPublicJwk,
  kidOf,
  kidToBase64,
  signerFromJwk,
} from './keys';
import { signEs256, verifyEs256 } from './es256';
import { CERTIFICATE_TEST_KEYS, CERTIFICATE_TEST_KIDS, publicTestJwk } from '../../test/fixtures/certificate-keys';

const data = new TextEncoder().encode('signed bytes');

describe('signing keys', () => {
  it('when a kid is computed, then it is the first 8 bytes of SHA-256 over the SPKI DER', async () => {
    const { publicKey } = await generateSigningKeyPair();
    const spki = await crypto.subtle.exportKey('spki', publicKey);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', spki));
    expect(await kidOf(publicKey)).toEqual(digest.slice(0, 8));
  });

  it('when the fixed test keys are loaded, then their kids are the ones the fixtures record', async () => {
    for (const name of Object.keys(CERTIFICATE_TEST_KEYS) as (keyof typeof CERTIFICATE_TEST_KEYS)[]) {
      const signer = await signerFromJwk(CERTIFICATE_TEST_KEYS[name]);
      expect(kidToBase64(signer.kid)).toBe(CERTIFICATE_TEST_KIDS[name]);
      expect(kidToBase64(await kidOf(await importPublicJwk(publicTestJwk(name))))).toBe(CERTIFICATE_TEST_KIDS[name]);
    }
  });

  it('when a generated pair is exported and imported again, then the imported keys sign and verify', async () => {
    const pair = await generateSigningKeyPair();
    const privateJwk = await exportPrivateJwk(pair.privateKey);
    const publicJwk = await exportPublicJwk(pair.publicKey);
    expect(Object.keys(publicJwk).sort()).toEqual(['crv', 'kty', 'x', 'y']);
    expect(Object.keys(privateJwk).sort()).toEqual(['crv', 'd', 'kty', 'x', 'y']);
    const signature = await signEs256(await importPrivateJwk(privateJwk), data);
    expect(await verifyEs256(await importPublicJwk(publicJwk), signature, data)).toBe(true);
    expect((await signerFromJwk(privateJwk)).kid).toEqual(await kidOf(pair.publicKey));
  });

  it('when ES256 signs, then the signature is 64 bytes of r‖s, not DER', async () => {
    const pair = await generateSigningKeyPair();
    const signature = await signEs256(pair.privateKey, data);
    expect(signature).toHaveLength(64);
    expect(await verifyEs256(pair.publicKey, signature, data)).toBe(true);
    expect(await verifyEs256(pair.publicKey, signature, new TextEncoder().encode('other bytes'))).toBe(false);
    expect(await verifyEs256(pair.publicKey, signature.subarray(0, 63), data)).toBe(false);
  });

  it('when a private key is offered where a verifying key belongs, then verification says false, not throw', async () => {
    const pair = await generateSigningKeyPair();
    const signature = await signEs256(pair.privateKey, data);
    expect(await verifyEs256(pair.privateKey, signature, data)).toBe(false);
  });

  it('when a JWK is not a P-256 key of the right kind, then importing it throws a clear error', async () => {
    await expect(importPublicJwk(CERTIFICATE_TEST_KEYS.root)).rejects.toThrow(/public P-256 JWK/);
    await expect(importPublicJwk({ ...publicTestJwk('root'), crv: 'P-384' })).rejects.toThrow(TypeError);
    await expect(importPrivateJwk(publicTestJwk('root'))).rejects.toThrow(/private P-256 JWK/);
  });
});
