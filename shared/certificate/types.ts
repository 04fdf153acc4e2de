import type { LocalizedText } from '../i18n/languages';

/**
 * The shapes every part of Seva's certificate pipeline agrees on: the issuer (server) makes
 * QR texts and signed trust and status lists; verifiers (kiosk worker, CLI, Node) read them.
 * Format: CBOR claims in a CWT → COSE_Sign1 ES256 (kid in the protected header) → zlib →
 * Base45 → prefix, as the EU Digital COVID Certificate (HCERT) does, with Seva's own prefix.
 */

/** Seva's QR prefix (the EU pipeline uses `HC1:`). */
export const SEVA_QR_PREFIX = 'SV1:';
/** The EU DCC prefix, which the generic decoder also reads. */
export const HCERT_QR_PREFIX = 'HC1:';

/**
 * Seva's private claim, decoded to readable names. Minimal by design: no Aadhaar number,
 * phone number, address or photo ever goes into a QR.
 */
export interface CertificateClaims {
  schemaVersion: 1;
  /** Document type code, for example `income`, `caste`, `residence`, `birth`. */
  documentType: string;
  certificateNumber: string;
  /** The holder's name as printed (may be Telugu). */
  name: string;
  guardianName?: string;
  /** YYYY-MM-DD. */
  dateOfBirth?: string;
  /** Type-specific printed facts, for example `{ annualIncome: 250000, financialYear: '2026-27' }`. */
  fields?: Record<string, string | number>;
  /** The issuing office (secretariat or mandal office) code. */
  officeCode: string;
  statusListId: string;
  /** A random index into the issuer's status list (random so indices reveal nothing). */
  statusIndex: number;
}

/** The CWT's standard claims (`iss`, `iat`, `exp`). Times are Unix seconds. */
export interface CwtEnvelope {
  issuer: string;
  issuedAt: number;
  expiresAt?: number;
}

/** An issuing authority's signing key: ECDSA P-256 (ES256) and its 8-byte key id. */
export interface CertificateSigner {
  kid: Uint8Array;
  privateKey: CryptoKey;
}

export const VERDICT_STATUSES = [
  'VALID',
  'INVALID',
  'UNKNOWN_ISSUER',
  'REVOKED',
  'EXPIRED',
  'NOT_YET_VALID',
  'NOT_OURS',
] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

/** What a verifier learnt from a QR whose signature checked out. */
export interface DecodedClaims {
  issuer: string;
  /** ISO times. */
  issuedAt: string;
  expiresAt?: string;
  /** The key id from the protected header, base64. */
  kid: string;
  /** Present for Seva certificates. */
  seva?: CertificateClaims;
  /** The whole CWT payload as plain JSON (for an EU `HC1:` certificate, its `-260` claim). */
  raw: unknown;
}

/** The trusted issuer that signed a certificate, as a verifier shows it. */
export interface TrustedIssuerInfo {
  issuer: string;
  name: LocalizedText;
}

/**
 * The verdict. `claims` is present only when the signature is good (never for INVALID or
 * NOT_OURS, so an altered certificate shows nothing a forger wrote).
 */
export interface CertificateVerdict {
  status: VerdictStatus;
  /** A machine-readable reason code, for example `bad_signature`, `inflate_limit`, `key_not_allowed`. */
  reason: string;
  claims?: DecodedClaims;
  issuer?: TrustedIssuerInfo;
  /** ISO date of revocation, for REVOKED. */
  revokedAt?: string;
  /** When the status list used was last updated (ISO), so the screen can say "revocation data as of …". */
  statusAsOf?: string;
}

/** A public key a verifier trusts, with what it may sign. */
export interface TrustedKey {
  /** base64 of the 8-byte key id. */
  kid: string;
  issuer: string;
  name: LocalizedText;
  /** Document types this key may sign; `*` allows any. */
  documentTypes: readonly string[];
  /** ISO times bounding when the key may have signed (`iat` must fall inside). */
  notBefore: string;
  notAfter?: string;
  publicKey: CryptoKey;
  statusListId?: string;
}

/** A status list whose signature checked out, ready to answer "is index i revoked?". */
export interface VerifiedStatusList {
  id: string;
  issuer: string;
  /** ISO time of the list's last change. */
  updatedAt: string;
  isRevoked(index: number): boolean;
  /** ISO date the bit was set, when the list records it. */
  revokedAt(index: number): string | undefined;
}

export interface VerificationContext {
  /** The verification clock. */
  now: Date;
  /** Accepted prefixes; default `[SEVA_QR_PREFIX]`. A text with none of them is NOT_OURS. */
  prefixes?: readonly string[];
  /** Looks up a trusted key by its base64 kid. */
  keyFor(kid: string): TrustedKey | undefined;
  /** A key to use whatever the kid says (the CLI's `--key`). */
  fixedKey?: CryptoKey;
  /** The cached status list for an id, if any. */
  statusList?(id: string): VerifiedStatusList | undefined;
  /** Allowed clock difference for `iat`/`exp`, in seconds; default 300. */
  clockSkewSeconds?: number;
}

/** One entry of the trust list. */
export interface TrustListIssuer {
  /** base64 of the 8-byte key id. */
  kid: string;
  issuer: string;
  name: LocalizedText;
  documentTypes: string[];
  notBefore: string;
  notAfter?: string;
  publicKeyJwk: JsonWebKey;
  statusListId: string;
}

/** The public keys Seva's verifiers trust, signed by the root; `seq` only ever grows. */
export interface TrustList {
  seq: number;
  issuedAt: string;
  issuers: TrustListIssuer[];
}

/** A revocation status list: bit i set means the certificate with status index i is revoked. */
export interface StatusList {
  id: string;
  issuer: string;
  updatedAt: string;
  /** Number of indices (bits). */
  size: number;
  bits: Uint8Array;
  /** Revocation dates by index, for the indices that are set. */
  revokedAt: Record<number, string>;
}

/**
 * A JSON document signed with ES256: the trust list (by the root key) and each status list
 * (by its issuer's key) travel like this. `payload` is base64url of the UTF-8 JSON.
 */
export interface SignedDocument {
  format: string;
  kid: string;
  payload: string;
  /** base64url of the IEEE-P1363 (r‖s) signature over the payload bytes. */
  signature: string;
}
