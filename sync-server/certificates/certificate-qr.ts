import {
  encodeCertificateQr,
  type CertificateClaims,
  type CertificateSigner,
  type CwtEnvelope,
} from '../../shared/certificate';
import type { Certificate } from '../../shared/model/certificate';

/** The signed QR text of a certificate record: its minimal claims, signed by `signer`. */
export function qrTextOf(certificate: Certificate, signer: CertificateSigner): Promise<string> {
  return encodeCertificateQr({ envelope: envelopeOf(certificate), claims: claimsOf(certificate), signer });
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
