/**
 * ES256 (ECDSA on P-256 with SHA-256) through WebCrypto, which reads and writes signatures as
 * IEEE P1363 r‖s (64 bytes) in browsers and in Node alike — the form COSE and JWS use, never DER.
 */

export const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' } as const;
/** r‖s, 32 bytes each. */
export const ES256_SIGNATURE_BYTES = 64;

/** WebCrypto wants buffers it can be sure are not shared; copies only when needed. */
export function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

export async function signEs256(privateKey: CryptoKey, data: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.sign(ECDSA_SHA256, privateKey, ownBytes(data)));
}

/**
 * True only for a good 64-byte signature by `publicKey`. A key of the wrong kind (RSA, a
 * private key) counts as a bad signature rather than an error.
 */
export async function verifyEs256(publicKey: CryptoKey, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  if (signature.length !== ES256_SIGNATURE_BYTES) return false;
  try {
    return await crypto.subtle.verify(ECDSA_SHA256, publicKey, ownBytes(signature), ownBytes(data));
  } catch {
    return false;
  }
}
