import type { LocalizedText } from '../../../shared/i18n/languages';
import type { CertificatePdfInput } from './certificate-pdf-input';
import { CERTIFICATE_LABELS } from './certificate-labels';
import { printedDate } from './printed-date';

/** One row of the certificate's table: a bilingual label and the value printed beside it. */
export interface CertificateRow {
  label: LocalizedText;
  value: string;
  /** The holder's name stands out; everything else reads as plain detail. */
  emphasis?: boolean;
}

/**
 * The certificate's numbers and dates, printed in a band under the title: what an officer
 * looks up and a holder quotes.
 */
export function referenceCells(input: CertificatePdfInput): CertificateRow[] {
  const labels = CERTIFICATE_LABELS;
  const validity = input.validUntil ? printedDate(input.validUntil) : `${labels.noExpiry.en} / ${labels.noExpiry.te}`;
  return [
    { label: labels.certificateNumber, value: input.certificateNumber },
    { label: labels.reference, value: input.reference },
    { label: labels.issuedOn, value: printedDate(input.issuedAt) },
    { label: labels.validUntil, value: validity },
  ];
}

/**
 * The table: who the certificate is about, then what it certifies. Optional identity fields
 * print only when the claims carry them. The issuing office signs off below, beside the QR.
 */
export function certificateRows(input: CertificatePdfInput): CertificateRow[] {
  const labels = CERTIFICATE_LABELS;
  const rows: CertificateRow[] = [{ label: labels.holderName, value: input.holderName, emphasis: true }];
  if (input.guardianName) rows.push({ label: labels.guardianName, value: input.guardianName });
  if (input.dateOfBirth) rows.push({ label: labels.dateOfBirth, value: printedDate(input.dateOfBirth) });
  rows.push(...input.facts.map((fact) => ({ label: fact.label, value: fact.value })));
  return rows;
}
