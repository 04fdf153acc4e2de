import type { LocalizedText } from '../../../shared/i18n/languages';

/** One printed fact of a certificate type, for example annual income or the financial year. */
export interface CertificateFact {
  label: LocalizedText;
  /** As printed, for example `₹2,50,000` or `2026-27`. */
  value: string;
}

/**
 * What a certificate page prints. Only what the signed claims already carry: no Aadhaar, phone
 * number, address or photo, so the paper reveals nothing the QR does not.
 */
export interface CertificatePdfInput {
  /** For example Income Certificate / ఆదాయ ధ్రువీకరణ పత్రం. */
  title: LocalizedText;
  /** For example Revenue Department / రెవెన్యూ శాఖ. */
  department: LocalizedText;
  office: LocalizedText & { code: string };
  certificateNumber: string;
  /** The reference number of the request the certificate answers. */
  reference: string;
  /** As printed; Telugu or English. */
  holderName: string;
  guardianName?: string;
  /** YYYY-MM-DD. */
  dateOfBirth?: string;
  facts: CertificateFact[];
  /** ISO date or time; printed as the date in India. */
  issuedAt: string;
  /** ISO date or time; absent when the certificate does not expire. */
  validUntil?: string;
  /** The signed QR payload, for example `SV1:…`. */
  qrText: string;
  /** Defaults to "Scan at any Seva kiosk to verify". */
  verifyHint?: LocalizedText;
}
