/**
 * Seva's certificates: the EU DCC (HCERT) pipeline with Seva's `SV1:` prefix, the signed trust
 * list and status lists, and the QR symbol. See README.md for the formats and the verification order.
 */
export * from './types';
export { VERDICT_REASONS, type VerdictReason } from './verdict-reasons';
export { encodeCertificateQr, type EncodeCertificateInput } from './encode-certificate';
export { verifyCertificateQr, MAX_QR_TEXT_CHARS, DEFAULT_CLOCK_SKEW_SECONDS } from './verify-certificate';
export { CertificateClaimsSchema, CLAIM_KEYS } from './certificate-claims';
export { SEVA_CLAIM_KEY, HCERT_CLAIM_KEY } from './cwt';
export {
  KID_BYTES,
  generateSigningKeyPair,
  kidOf,
  kidToBase64,
  importPublicJwk,
  importPrivateJwk,
  exportPublicJwk,
  exportPrivateJwk,
  signerFromJwk,
} from './keys';
export {
  TRUST_LIST_FORMAT,
  TrustListSchema,
  signTrustList,
  openTrustList,
  trustedKeysFromList,
  type OpenTrustListResult,
} from './trust-list';
export {
  MAX_STATUS_LIST_SIZE,
  DEFAULT_STATUS_LIST_SIZE,
  newStatusList,
  withRevoked,
  randomStatusIndex,
  verifiedStatusList,
} from './status-list';
export { STATUS_LIST_FORMAT, signStatusList, openStatusList, type OpenStatusListResult } from './status-list-document';
export { SignedDocumentSchema } from './signed-document';
export { MAX_INFLATED_CERTIFICATE_BYTES } from './zlib';
export { encodeBase45, decodeBase45 } from './base45';
export { certificateQrMatrix, MAX_CERTIFICATE_QR_VERSION, type QrMatrix } from './qr-matrix';
