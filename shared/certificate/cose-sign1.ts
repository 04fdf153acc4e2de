import { encodeCbor, decodePlainCbor, decodeTaggedCbor, CborTag } from './cbor';

/**
 * COSE_Sign1 (RFC 9052 §4.2) with ES256, the envelope HCERT puts around a CWT:
 * `18([protected: bstr .cbor {1: -7, 4: kid}, unprotected: {}, payload: bstr, signature: bstr])`,
 * signed over `Sig_structure = ["Signature1", protected, h'', payload]`.
 */

export const COSE_SIGN1_TAG = 18;
const HEADER_ALG = 1;
const HEADER_KID = 4;
/** ES256 in the COSE algorithms registry. */
export const COSE_ALG_ES256 = -7;
const MAX_KID_BYTES = 64;

/** A parsed COSE_Sign1 whose signature has not been checked yet. */
export interface UnverifiedCoseSign1 {
  /** The protected header exactly as sent: the signature covers these bytes, not a re-encoding. */
  protectedBytes: Uint8Array;
  kid: Uint8Array;
  payload: Uint8Array;
  signature: Uint8Array;
}

export type CoseParseResult =
  | { ok: true; message: UnverifiedCoseSign1 }
  | { ok: false; reason: 'cose_malformed' | 'unsupported_algorithm' | 'kid_missing' };

/** The bytes ES256 signs and verifies for a COSE_Sign1 message. */
export function sigStructure(protectedBytes: Uint8Array, payload: Uint8Array): Uint8Array<ArrayBuffer> {
  return encodeCbor(['Signature1', protectedBytes, new Uint8Array(0), payload]);
}

/** The protected header Seva writes: algorithm ES256 and the signer's key id. */
export function es256ProtectedHeader(kid: Uint8Array): Uint8Array<ArrayBuffer> {
  return encodeCbor(
    new Map<number, unknown>([
      [HEADER_ALG, COSE_ALG_ES256],
      [HEADER_KID, kid],
    ]),
  );
}

/** A tagged COSE_Sign1 message with an empty unprotected header. */
export function encodeCoseSign1(protectedBytes: Uint8Array, payload: Uint8Array, signature: Uint8Array): Uint8Array {
  return encodeCbor(new CborTag([protectedBytes, new Map(), payload, signature], COSE_SIGN1_TAG));
}

function headerMap(bytes: Uint8Array): Map<unknown, unknown> | undefined {
  if (bytes.length === 0) return new Map();
  const header = decodePlainCbor(bytes);
  return header instanceof Map ? header : undefined;
}

/**
 * Reads a COSE_Sign1 message (tagged 18, or untagged as some EU issuers send it). The kid is
 * taken from the protected header, else from the unprotected one as the DCC specification
 * allows; the algorithm must be ES256 and protected. Anything else is refused with a reason.
 */
export function parseCoseSign1(bytes: Uint8Array): CoseParseResult {
  const decoded = decodeTaggedCbor(bytes);
  if (!decoded || (decoded.tag !== undefined && decoded.tag !== COSE_SIGN1_TAG)) {
    return { ok: false, reason: 'cose_malformed' };
  }
  const parts = decoded.content;
  if (!Array.isArray(parts) || parts.length !== 4) return { ok: false, reason: 'cose_malformed' };
  const [protectedBytes, unprotected, payload, signature] = parts;
  if (
    !(protectedBytes instanceof Uint8Array) ||
    !(unprotected instanceof Map) ||
    !(payload instanceof Uint8Array) ||
    !(signature instanceof Uint8Array)
  ) {
    return { ok: false, reason: 'cose_malformed' };
  }
  const protectedHeader = headerMap(protectedBytes);
  if (!protectedHeader) return { ok: false, reason: 'cose_malformed' };
  if (protectedHeader.get(HEADER_ALG) !== COSE_ALG_ES256) return { ok: false, reason: 'unsupported_algorithm' };
  const kid = protectedHeader.get(HEADER_KID) ?? unprotected.get(HEADER_KID);
  if (!(kid instanceof Uint8Array) || kid.length === 0 || kid.length > MAX_KID_BYTES) {
    return { ok: false, reason: 'kid_missing' };
  }
  return { ok: true, message: { protectedBytes, kid, payload, signature } };
}
