import type { CertificatePdfInput } from './certificate-pdf-input';
import { CERTIFICATE_LABELS } from './certificate-labels';
import { MARGIN } from './page-geometry';
import { INK, MUTED, writeText, type TextStyle } from './drawing';

/**
 * Where a paper certificate has the officer's signature and seal: the issuing office, and the
 * statement that the certificate is signed digitally, so the paper needs no ink signature and
 * the QR — not the printed text — is what a verifier trusts.
 */
export function drawIssuerBlock(
  doc: PDFKit.PDFDocument,
  office: CertificatePdfInput['office'],
  top: number,
  width: number,
): void {
  const { office: officeLabel, officeCode, digitallySigned, trustTheQr } = CERTIFICATE_LABELS;
  const at = (y: number, text: string, style: TextStyle) => writeText(doc, text, MARGIN, y, style, { width });
  let y = top;
  y += at(y, `${officeLabel.en} · ${officeLabel.te}`, { weight: 'regular', size: 9, color: MUTED });
  y += at(y, office.en, { weight: 'bold', size: 11, color: INK });
  y += at(y, office.te, { weight: 'bold', size: 11, color: INK });
  y += at(y, `${officeCode.en} · ${officeCode.te}: ${office.code}`, { weight: 'regular', size: 9, color: MUTED });
  y += 10;
  y += at(y, digitallySigned.en, { weight: 'bold', size: 10, color: INK });
  y += at(y, digitallySigned.te, { weight: 'bold', size: 10, color: INK });
  y += 6;
  y += at(y, trustTheQr.en, { weight: 'regular', size: 8.5, color: MUTED });
  at(y, trustTheQr.te, { weight: 'regular', size: 8.5, color: MUTED });
}
