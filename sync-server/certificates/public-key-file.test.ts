import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exportPublicJwk } from '../../shared/certificate';
import { publicKeyFromText } from './public-key-file';

describe('verification keys from files', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });

  it('reads the same key from a JWK, a PEM public key, a PEM private key and base64 DER', async () => {
    const forms = [
      JSON.stringify(jwk),
      publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    ];
    for (const text of forms) {
      expect(await exportPublicJwk(await publicKeyFromText(text))).toEqual({
        kty: 'EC',
        crv: 'P-256',
        x: jwk.x,
        y: jwk.y,
      });
    }
  });

  it('refuses text that holds no key, and keys that are not P-256', async () => {
    await expect(publicKeyFromText('not a key at all')).rejects.toThrow(/none of/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' });
    await expect(publicKeyFromText(rsa.toString())).rejects.toThrow();
  });
});
