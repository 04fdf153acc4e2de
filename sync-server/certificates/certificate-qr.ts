import {
  certificateQrMatrix,
  encodeCertificateQr,
  type CertificateClaims,
  type CertificateSigner,
  type CwtEnvelope,
} from '../../shared/certificate';
import type { Certificate } from '../../shared/model/certificate';

/**
 * The signed QR text of a certificate record: its minimal claims, signed by `signer`. When they
 * would not fit the largest QR a cheap webcam reads reliably (version 15 at error correction Q;
 * very long Telugu names), the date of birth goes, then the guardian's name: the page still
 * prints them, and the QR keeps what identifies the holder and the document.
 */
export async function qrTextOf(certificate: Certificate, signer: CertificateSigner): Promise<string> {
  const envelope = envelopeOf(certificate);
  const full = claimsOf(certificate);
  const { dateOfBirth: _birth, ...withoutBirth } = full;
  const { guardianName: _guardian, ...essential } = withoutBirth;
  for (const claims of [full, withoutBirth, essential]) {
    const text = await encodeCertificateQr({ envelope, claims, signer });
    if (fitsQr(text)) return text;
  }
  throw new RangeError(`certificate ${certificate.number} does not fit a QR code even with only its essential claims`);
}

function fitsQr(text: string): boolean {
  try {
    certificateQrMatrix(text);
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

/** The CWT's standard claims. */
export function envelopeOf(certificate: Certificate): CwtEnvelope {
  const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
  return {
    issuer: certificate.issuer,
    issuedAt: seconds(certificate.issuedAt),
    ...(certificate.validUntil ? { expiresAt: seconds(certificate.validUntil) } : {}),
  };
}

/** What the QR carries: the record's minimal claims and nothing else. */
export function claimsOf(certificate: Certificate): CertificateClaims {
  return {
    schemaVersion: 1,
    documentType: certificate.documentType,
    certificateNumber: certificate.number,
    name: certificate.holderName,
    ...(certificate.guardianName ? { guardianName: certificate.guardianName } : {}),
    ...(certificate.dateOfBirth ? { dateOfBirth: certificate.dateOfBirth } : {}),
    ...(Object.keys(certificate.claims).length > 0 ? { fields: certificate.claims } : {}),
    officeCode: certificate.officeCode,
    statusListId: certificate.statusListId,
    statusIndex: certificate.statusIndex,
  };
}
