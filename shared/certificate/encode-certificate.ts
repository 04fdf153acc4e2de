import { SEVA_QR_PREFIX, type CertificateClaims, type CertificateSigner, type CwtEnvelope } from './types';
import { encodeCwt } from './cwt';
import { encodeCoseSign1, es256ProtectedHeader, sigStructure } from './cose-sign1';
import { signEs256 } from './es256';
import { zlibCompress } from './zlib';
import { encodeBase45 } from './base45';
import { KID_BYTES } from './keys';

export interface EncodeCertificateInput {
  envelope: CwtEnvelope;
  claims: CertificateClaims;
  signer: CertificateSigner;
  /** Default `SV1:`. */
  prefix?: string;
}

/**
 * The QR text of a certificate: CWT → COSE_Sign1 ES256 → zlib → Base45 → prefix. Throws when
 * the claims or envelope break their schemas or the signer's kid is not 8 bytes — mistakes of
 * the issuing code, never of a citizen.
 */
export async function encodeCertificateQr({
  envelope,
  claims,
  signer,
  prefix = SEVA_QR_PREFIX,
}: EncodeCertificateInput): Promise<string> {
  if (signer.kid.length !== KID_BYTES)
    throw new RangeError(`a signer's kid is ${KID_BYTES} bytes, not ${signer.kid.length}`);
  const payload = encodeCwt(envelope, claims);
  const protectedHeader = es256ProtectedHeader(signer.kid);
  const signature = await signEs256(signer.privateKey, sigStructure(protectedHeader, payload));
  return prefix + encodeBase45(zlibCompress(encodeCoseSign1(protectedHeader, payload, signature)));
}
