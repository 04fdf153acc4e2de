import { createPublicKey, X509Certificate, type KeyObject } from 'node:crypto';
import { importPublicJwk } from '../../shared/certificate';

/**
 * A verification key from a file's text, in whichever form an issuer hands it out: a JWK, a
 * PEM public key (or a PEM private key, whose public half is taken), a PEM X.509 certificate,
 * or an X.509 certificate as base64 DER (as EU DCC trust lists carry them). Throws naming the
 * forms when the text is none of them.
 */
export async function publicKeyFromText(text: string): Promise<CryptoKey> {
  const key = keyObjectOf(text.trim());
  return importPublicJwk(key.export({ format: 'jwk' }));
}

function keyObjectOf(text: string): KeyObject {
  if (text.startsWith('{')) {
    const { kty, crv, x, y } = JSON.parse(text) as JsonWebKey;
    return createPublicKey({ key: { kty: kty ?? '', crv: crv ?? '', x: x ?? '', y: y ?? '' }, format: 'jwk' });
  }
  if (text.includes('-----BEGIN CERTIFICATE-----')) return new X509Certificate(text).publicKey;
  if (text.includes('-----BEGIN')) return createPublicKey(text);
  const der = Buffer.from(text.replace(/\s+/g, ''), 'base64');
  try {
    return new X509Certificate(der).publicKey;
  } catch {
    try {
      return createPublicKey({ key: der, format: 'der', type: 'spki' });
    } catch {
      throw new Error(
        'the key is none of: a JWK, a PEM public key, a PEM certificate, a base64 DER certificate or public key',
      );
    }
  }
}
