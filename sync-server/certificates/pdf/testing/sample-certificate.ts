import { issueTestCertificate } from '../../../../test/fixtures/certificate-issue';
import { testSigner } from '../../../../test/fixtures/certificate-trust';
import type { CertificatePdfInput } from '../certificate-pdf-input';

/** A real signed `SV1:` text from the test issuer's key: the sample income certificate's QR. */
export async function sampleQrText(): Promise<string> {
  return issueTestCertificate(await testSigner('revenueCurrent'));
}

/** The sample income certificate as the issuing code hands it to the renderer. */
export function sampleCertificate(qrText: string, overrides: Partial<CertificatePdfInput> = {}): CertificatePdfInput {
  return {
    title: { en: 'Income Certificate', te: 'ఆదాయ ధ్రువీకరణ పత్రం' },
    department: { en: 'Revenue Department', te: 'రెవెన్యూ శాఖ' },
    office: { en: 'Ward Secretariat 12, Guntur', te: 'వార్డు సచివాలయం 12, గుంటూరు', code: 'SEC-0312' },
    certificateNumber: 'INC/2026/0009001',
    reference: 'APR-00412345',
    holderName: 'Ravi Kumar Gorle',
    guardianName: 'Gorle Appa Rao',
    dateOfBirth: '1979-01-30',
    facts: [
      { label: { en: 'Annual income', te: 'వార్షిక ఆదాయం' }, value: '₹96,000' },
      { label: { en: 'Financial year', te: 'ఆర్థిక సంవత్సరం' }, value: '2025-26' },
    ],
    issuedAt: '2026-03-10T10:00:00.000Z',
    validUntil: '2027-03-10T10:00:00.000Z',
    qrText,
    ...overrides,
  };
}
