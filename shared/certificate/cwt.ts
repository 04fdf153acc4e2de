import { z } from 'zod';
import type { CertificateClaims, CwtEnvelope } from './types';
import { decodePlainCbor, encodeCbor, type CborValue } from './cbor';
import { cborToJson, type JsonValue } from './cbor-json';
import { CertificateClaimsSchema, claimsFromCbor, claimsToCbor } from './certificate-claims';

/**
 * The CWT (RFC 8392) inside the COSE message: `{1: iss, 4: exp, 6: iat, -65537: claims}`.
 *
 * Seva's claims live under -65537, the first key of the CWT registry's private-use range
 * (below -65536), so they can never collide with a registered claim or with HCERT's -260.
 */

export const CWT_ISSUER = 1;
export const CWT_EXPIRES_AT = 4;
export const CWT_ISSUED_AT = 6;
export const SEVA_CLAIM_KEY = -65537;
export const HCERT_CLAIM_KEY = -260;

/** 9999-12-31T23:59:59Z: later NumericDates cannot be shown as ISO dates. */
const MAX_NUMERIC_DATE = 253_402_300_799;
const numericDate = z.number().int().min(0).max(MAX_NUMERIC_DATE);

export const CwtEnvelopeSchema = z
  .strictObject({
    issuer: z.string().min(1).max(64),
    issuedAt: numericDate,
    expiresAt: numericDate.optional(),
  })
  .refine((envelope) => envelope.expiresAt === undefined || envelope.expiresAt > envelope.issuedAt, {
    message: 'expiresAt must come after issuedAt',
  }) satisfies z.ZodType<CwtEnvelope>;

/** The CBOR-encoded CWT for a Seva certificate. Throws when the envelope or claims break their schemas. */
export function encodeCwt(envelope: CwtEnvelope, claims: CertificateClaims): Uint8Array<ArrayBuffer> {
  const { issuer, issuedAt, expiresAt } = CwtEnvelopeSchema.parse(envelope);
  const cwt = new Map<number, unknown>([[CWT_ISSUER, issuer]]);
  if (expiresAt !== undefined) cwt.set(CWT_EXPIRES_AT, expiresAt);
  cwt.set(CWT_ISSUED_AT, issuedAt);
  cwt.set(SEVA_CLAIM_KEY, claimsToCbor(CertificateClaimsSchema.parse(claims)));
  return encodeCbor(cwt);
}

export interface DecodedCwt {
  envelope: CwtEnvelope;
  /** Present when the CWT carries Seva's private claim. */
  seva?: CertificateClaims;
  /** The whole payload as JSON, keys as strings. */
  raw: JsonValue;
}

function readNumericDate(value: CborValue): number | undefined {
  // CWT allows fractional NumericDates; a verifier only needs whole seconds.
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const seconds = Math.floor(value);
  return seconds >= 0 && seconds <= MAX_NUMERIC_DATE ? seconds : undefined;
}

/**
 * Reads a signed CWT payload. `iss` (text) and `iat` are required, `exp` optional; Seva's
 * claim, when present, must match its schema exactly. `undefined` when any of that fails.
 */
export function decodeCwt(payload: Uint8Array): DecodedCwt | undefined {
  const cwt = decodePlainCbor(payload);
  if (!(cwt instanceof Map)) return undefined;
  const issuer = cwt.get(CWT_ISSUER);
  const issuedAt = readNumericDate(cwt.get(CWT_ISSUED_AT));
  const expiresAtValue = cwt.get(CWT_EXPIRES_AT);
  const expiresAt = expiresAtValue === undefined ? undefined : readNumericDate(expiresAtValue);
  if (typeof issuer !== 'string' || issuer.length === 0 || issuedAt === undefined) return undefined;
  if (expiresAtValue !== undefined && expiresAt === undefined) return undefined;
  const envelope: CwtEnvelope = { issuer, issuedAt };
  if (expiresAt !== undefined) envelope.expiresAt = expiresAt;
  const decoded: DecodedCwt = { envelope, raw: cborToJson(cwt) };
  if (cwt.has(SEVA_CLAIM_KEY)) {
    const seva = claimsFromCbor(cwt.get(SEVA_CLAIM_KEY));
    if (!seva) return undefined;
    decoded.seva = seva;
  }
  return decoded;
}
