import { randomStatusIndex } from '../../shared/certificate';
import { newUuidV7 } from '../../shared/ids';
import type { Certificate } from '../../shared/model/certificate';
import type { ServiceRequest } from '../../shared/model/service-request';
import type { CertificateDeps } from './certificate-deps';
import { certificateContent } from './certificate-content';
import { qrTextOf } from './certificate-qr';
import { issuingRule } from './document-types';
import { formatCertificateNumber, numberSeries } from './certificate-number';
import { issuerOf } from './issuers';
import { wholeSeconds } from './key-ring';
import { pdfInputFor } from './pdf-input';
import { issuedVersion } from './request-changes';
import { istDate } from './validity';

/** Retries when another process moved first: a taken status slot, a rotated key, a changed request. */
const MAX_ATTEMPTS = 8;

/**
 * Issues the certificate of an approved request of a service Seva issues certificates for
 * (`issuingRule`) and moves the request to `issued`, in one commit. Safe to call any number
 * of times, from any number of processes: the request's certificate is unique in the
 * database, so a second attempt finds the first's. Returns the request as it then stands
 * (unchanged when there is nothing to issue).
 */
export async function issueCertificate(deps: CertificateDeps, requestId: string): Promise<ServiceRequest | undefined> {
  let number: string | undefined;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const request = await deps.store.getRequest(requestId);
    if (request?.status !== 'approved') return request;
    const service = await deps.catalog.serviceAt(request.serviceId, request.serviceRev);
    const rule = service && issuingRule(service);
    if (!service || !rule) return request;

    const issuedAt = wholeSeconds(deps.now());
    const content = certificateContent(request, service, rule, { approvedAt: approvalTime(request), issuedAt });
    const department = (await deps.catalog.at(request.serviceRev))?.catalog.departments.find(
      (d) => d.code === service.departmentCode,
    );
    const issuer = issuerOf(service.departmentCode);
    const departmentName = department?.name ?? { en: service.departmentCode, te: service.departmentCode };
    const { key, signer } = await deps.keys.signerFor(
      { issuer, name: departmentName, documentTypes: [] },
      content.rule.type,
    );
    const year = istDate(issuedAt).year;
    number ??= formatCertificateNumber(
      content.rule.series,
      year,
      await deps.numbers.next(numberSeries(content.rule.series, year)),
    );
    const statusIndex = randomStatusIndex(await deps.statusLists.sizeOf(key.statusListId));

    const certificate: Certificate = {
      id: newUuidV7(),
      requestId: request.id,
      reference: request.reference,
      serviceId: service.id,
      number,
      documentType: content.rule.type,
      title: service.name,
      holderName: content.holderName,
      ...(content.guardianName ? { guardianName: content.guardianName } : {}),
      ...(content.dateOfBirth ? { dateOfBirth: content.dateOfBirth } : {}),
      claims: content.fields,
      officeCode: request.jurisdiction.secretariatCode,
      issuer,
      issuedAt: issuedAt.toISOString(),
      ...(content.validUntil ? { validUntil: content.validUntil.toISOString() } : {}),
      issuerKid: key.kid,
      statusListId: key.statusListId,
      statusIndex,
      status: 'valid',
    };
    const qr = await qrTextOf(certificate, signer);
    // On a render thread: the ~7 ms of a page would otherwise hold up every request this thread serves.
    const pdf = await deps.pdf.render(
      pdfInputFor(certificate, qr, service, {
        department: departmentName,
        office: deps.officeName(certificate.officeCode) ?? { en: certificate.officeCode, te: certificate.officeCode },
      }),
    );
    const issued = issuedVersion(request, certificate, certificate.issuedAt);
    const outcome = await deps.store.certificates.issue({
      stored: { certificate, qr },
      pdf,
      request: issued,
      expectedVersion: request.version,
    });
    switch (outcome.kind) {
      case 'issued':
        return issued;
      case 'exists':
        return deps.store.getRequest(requestId);
      case 'key_retired':
        deps.keys.forgetCurrent(issuer);
        continue;
      case 'slot_taken':
      case 'request_moved':
        continue;
    }
  }
  throw new Error(`could not issue the certificate of request ${requestId}: other writers kept changing it`);
}

/** When the request was approved: the last move to `approved` in its history. */
function approvalTime(request: ServiceRequest): Date {
  const approved = request.history.findLast((entry) => entry.status === 'approved');
  return new Date(approved?.at ?? request.updatedAt);
}
