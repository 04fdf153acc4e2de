import { z } from 'zod';
import type { CertificateSigner } from './types';
import { bytesToBase64 } from './base64';
import { ECDSA_P256 } from './es256';

/**
 * Signing keys: ECDSA P-256 pairs, stored as JWKs, named by an 8-byte key id.
 *
 * The kid is the first 8 bytes of SHA-256 over the public key's SubjectPublicKeyInfo DER. (The
 * EU DCC hashes the X.509 certificate instead; Seva's keys have no certificates, so the SPKI
 * is the stable thing to name.)
 */

export const KID_BYTES = 8;

const base64UrlCoordinate = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a P-256 coordinate is 32 bytes of base64url');

/** The public half of a P-256 JWK, and nothing more. */
export const PublicP256JwkSchema = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: base64UrlCoordinate,
  y: base64UrlCoordinate,
});
const PrivateP256JwkSchema = PublicP256JwkSchema.extend({ d: base64UrlCoordinate });

function parseJwk<T>(schema: z.ZodType<T>, jwk: unknown, what: string): T {
  const parsed = schema.safeParse(jwk);
  if (!parsed.success) throw new TypeError(`not a ${what} P-256 JWK: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/** A new ES256 key pair, extractable so the server can keep it as a JWK. */
export async function generateSigningKeyPair(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ECDSA_P256, true, ['sign', 'verify']);
}

/** The 8-byte key id: SHA-256 of the SubjectPublicKeyInfo DER, truncated. */
export async function kidOf(publicKey: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  const spki = await crypto.subtle.exportKey('spki', publicKey);
  return new Uint8Array(await crypto.subtle.digest('SHA-256', spki)).slice(0, KID_BYTES);
}

/** A kid as the trust list and verdicts write it: standard base64 (12 characters for 8 bytes). */
export function kidToBase64(kid: Uint8Array): string {
  return bytesToBase64(kid);
}

/** Imports a public P-256 JWK for verifying. Refuses anything else, including a private JWK. */
export async function importPublicJwk(jwk: JsonWebKey): Promise<CryptoKey> {
  const { kty, crv, x, y } = parseJwk(PublicP256JwkSchema.strict(), jwk, 'public');
  return crypto.subtle.importKey('jwk', { kty, crv, x, y }, ECDSA_P256, true, ['verify']);
}

/** Imports a private P-256 JWK for signing; the imported key cannot be exported again. */
export async function importPrivateJwk(jwk: JsonWebKey): Promise<CryptoKey> {
  const { kty, crv, x, y, d } = parseJwk(PrivateP256JwkSchema, jwk, 'private');
  return crypto.subtle.importKey('jwk', { kty, crv, x, y, d }, ECDSA_P256, false, ['sign']);
}

/** The public JWK with only `kty`, `crv`, `x`, `y` — the form the trust list carries. */
export async function exportPublicJwk(key: CryptoKey): Promise<JsonWebKey> {
  const { kty, crv, x, y } = parseJwk(PublicP256JwkSchema, await crypto.subtle.exportKey('jwk', key), 'public');
  return { kty, crv, x, y };
}

/** The private JWK (`kty`, `crv`, `x`, `y`, `d`) of an extractable private key. */
export async function exportPrivateJwk(key: CryptoKey): Promise<JsonWebKey> {
  const { kty, crv, x, y, d } = parseJwk(PrivateP256JwkSchema, await crypto.subtle.exportKey('jwk', key), 'private');
  return { kty, crv, x, y, d };
}

/** A signer from a stored private JWK, its kid computed from the public half. */
export async function signerFromJwk(privateJwk: JsonWebKey): Promise<CertificateSigner> {
  const { kty, crv, x, y } = parseJwk(PrivateP256JwkSchema, privateJwk, 'private');
  const [privateKey, publicKey] = await Promise.all([
    importPrivateJwk(privateJwk),
    importPublicJwk({ kty, crv, x, y }),
  ]);
  return { kid: await kidOf(publicKey), privateKey };
}
