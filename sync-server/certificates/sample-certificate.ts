import { randomBytes } from 'node:crypto';
import { randomStatusIndex } from '../../shared/certificate';
import { newUuidV7, referenceFromId } from '../../shared/ids';
import type { Certificate } from '../../shared/model/certificate';
import type { Service } from '../../shared/model/service';
import type { CertificateDeps } from './certificate-deps';
import { documentRuleFor } from './document-types';
import { issuerOf } from './issuers';
import { qrTextOf } from './certificate-qr';
import { wholeSeconds } from './key-ring';
import { renderCertificatePdf } from './pdf';
import { pdfInputFor } from './pdf-input';
import { financialYearOf, incomeCertificateExpiry, istDate } from './validity';

/** The office the sample is made out from: a secretariat in the shipped geography. */
const SAMPLE_OFFICE = 'GNT-01-001';

/**
 * A sample income certificate signed with this installation's Revenue key, for trying a kiosk
 * or a printer. It is stored nowhere and its number and holder say SAMPLE, so no one can pass
 * it off as a real certificate; its signature is nonetheless real.
 */
export async function sampleCertificate(
  deps: Pick<CertificateDeps, 'keys' | 'statusLists' | 'officeName' | 'now'>,
  income: Service,
  department: { name: Certificate['title'] },
): Promise<{ qr: string; pdf: Uint8Array; certificate: Certificate }> {
  const rule = documentRuleFor(income.id, income.departmentCode);
  const issuer = issuerOf(income.departmentCode);
  const { key, signer } = await deps.keys.signerFor({ issuer, name: department.name, documentTypes: [] }, rule.type);
  const issuedAt = wholeSeconds(deps.now());
  const id = newUuidV7();
  const certificate: Certificate = {
    id,
    requestId: id,
    reference: referenceFromId(id),
    serviceId: income.id,
    number: `SAMPLE-${istDate(issuedAt).year}-${randomBytes(3).toString('hex').toUpperCase()}`,
    documentType: rule.type,
    title: income.name,
    holderName: 'SAMPLE Lakshmi Devi',
    guardianName: 'Venkata Rao',
    dateOfBirth: '1990-05-15',
    claims: { annualIncome: 96_000, financialYear: financialYearOf(issuedAt) },
    officeCode: SAMPLE_OFFICE,
    issuer,
    issuedAt: issuedAt.toISOString(),
    validUntil: incomeCertificateExpiry(issuedAt).toISOString(),
    issuerKid: key.kid,
    statusListId: key.statusListId,
    statusIndex: randomStatusIndex(await deps.statusLists.sizeOf(key.statusListId)),
    status: 'valid',
  };
  const qr = await qrTextOf(certificate, signer);
  const pdf = await renderCertificatePdf(
    pdfInputFor(certificate, qr, income, {
      department: department.name,
      office: deps.officeName(SAMPLE_OFFICE) ?? { en: SAMPLE_OFFICE, te: SAMPLE_OFFICE },
    }),
  );
  return { qr, pdf, certificate };
}
