import type { TrackResponse } from '../../../shared/api/requests-api';
import { referenceFromId } from '../../../shared/ids';
import type { RequestStatus } from '../../../shared/lifecycle';
import type { Geography } from '../../../shared/model/geography';
import type { PublishedCatalog } from '../../../shared/model/catalog';
import { buildTestCatalog } from '../../conversation/testing/test-catalog';
import { TEST_GEOGRAPHY } from '../../conversation/testing/test-geography';
import type {
  CertificatePdf,
  CitizenCertificate,
  CitizenRequestSummary,
  QueueOutcome,
  RequestQueuePort,
  StatusChange,
} from '../ports';

type FileRequestInput = Parameters<RequestQueuePort['fileRequest']>[0];
type FileGrievanceInput = Parameters<RequestQueuePort['fileGrievance']>[0];

interface StoredRequest {
  input: FileRequestInput;
  reference: string;
  dueBy: string;
  status: RequestStatus;
  updatedAt: string;
}

interface StoredCertificate {
  certificate: CitizenCertificate;
  whatsappId: string | undefined;
  pdf: CertificatePdf;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A small stand-in for a certificate's PDF: what matters to the bot is that it is a PDF. */
function fakePdf(number: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.7\n% certificate ${number}\n%%EOF\n`);
}

/**
 * `RequestQueuePort` in memory, for tests: filings idempotent on id (a second call with the
 * same id returns the first request and files nothing), every call recorded, status changes
 * fed by `changeStatus`, certificates by `issueCertificate` and `revokeCertificate`, refusals
 * injected with `refuseNext`. Like the real queue, it hands a PDF only to its holder.
 */
export class MemoryRequestQueue implements RequestQueuePort {
  readonly requests = new Map<string, StoredRequest>();
  readonly grievances = new Map<string, { input: FileGrievanceInput; reference: string }>();
  readonly fileRequestCalls: FileRequestInput[] = [];
  readonly fileGrievanceCalls: FileGrievanceInput[] = [];
  readonly certificates = new Map<string, StoredCertificate>();
  /** Every PDF handed out, by certificate id. */
  readonly pdfsGiven: string[] = [];
  private readonly changes: StatusChange[] = [];
  private readonly published: PublishedCatalog = buildTestCatalog();
  private refusal: Extract<QueueOutcome<never>, { ok: false }> | undefined;

  constructor(private readonly places: Geography = TEST_GEOGRAPHY) {}

  /** The next filing is refused with `code`. */
  refuseNext(code: string): void {
    this.refusal = { ok: false, code, message: `refused: ${code}` };
  }

  private takeRefusal() {
    const refusal = this.refusal;
    this.refusal = undefined;
    return refusal;
  }

  async catalog() {
    return { rev: this.published.rev, departments: this.published.departments };
  }

  geography(): Geography {
    return this.places;
  }

  async fileRequest(input: FileRequestInput): Promise<QueueOutcome<{ reference: string; dueBy: string }>> {
    this.fileRequestCalls.push(structuredClone(input));
    const refusal = this.takeRefusal();
    if (refusal) return refusal;
    let stored = this.requests.get(input.id);
    if (!stored) {
      const dueBy = new Date(Date.parse(input.filedAt) + 7 * DAY_MS).toISOString();
      stored = { input, reference: referenceFromId(input.id), dueBy, status: 'submitted', updatedAt: input.filedAt };
      this.requests.set(input.id, stored);
    }
    return { ok: true, value: { reference: stored.reference, dueBy: stored.dueBy } };
  }

  async fileGrievance(input: FileGrievanceInput): Promise<QueueOutcome<{ reference: string }>> {
    this.fileGrievanceCalls.push(structuredClone(input));
    const refusal = this.takeRefusal();
    if (refusal) return refusal;
    const stored = this.grievances.get(input.id) ?? { input, reference: referenceFromId(input.id) };
    this.grievances.set(input.id, stored);
    return { ok: true, value: { reference: stored.reference } };
  }

  private serviceName(serviceId: string) {
    for (const department of this.published.departments) {
      const service = department.services.find((candidate) => candidate.id === serviceId);
      if (service) return service.name;
    }
    return { en: serviceId, te: serviceId };
  }

  async track(reference: string): Promise<TrackResponse | undefined> {
    const stored = [...this.requests.values()].find((request) => request.reference === reference);
    if (!stored) return undefined;
    return {
      reference,
      serviceId: stored.input.serviceId,
      serviceName: this.serviceName(stored.input.serviceId),
      status: stored.status,
      filedAt: stored.input.filedAt,
      updatedAt: stored.updatedAt,
      dueBy: stored.dueBy,
      history: [{ status: stored.status, at: stored.updatedAt }],
    };
  }

  async requestsOf(contact: { whatsappId?: string }, limit: number): Promise<CitizenRequestSummary[]> {
    return [...this.requests.values()]
      .filter((request) => request.input.contact.whatsappId === contact.whatsappId)
      .slice(0, limit)
      .map((request) => ({
        reference: request.reference,
        serviceName: this.serviceName(request.input.serviceId),
        status: request.status,
        filedAt: request.input.filedAt,
      }));
  }

  /** An officer moves a request on: a change the bot should tell the citizen about. */
  changeStatus(requestId: string, status: RequestStatus, at: string, note?: string): StatusChange {
    return this.record(requestId, status, at, note === undefined ? {} : { note });
  }

  /**
   * The request's certificate is issued, moving it to `issued` in the same change, which
   * carries the certificate (as the server's issuance does).
   */
  issueCertificate(requestId: string, at: string): CitizenCertificate {
    const stored = this.requests.get(requestId);
    if (!stored) throw new Error(`no request ${requestId}`);
    const sequence = this.certificates.size + 1;
    const number = `INC-2025-${String(sequence).padStart(5, '0')}`;
    const certificate: CitizenCertificate = {
      id: `019a8000-0000-7000-8000-00000000c${String(sequence).padStart(3, '0')}`,
      number,
      title: this.serviceName(stored.input.serviceId),
      issuedAt: at,
      status: 'valid',
    };
    this.certificates.set(certificate.id, {
      certificate,
      whatsappId: stored.input.contact.whatsappId,
      pdf: { filename: `${number}.pdf`, bytes: fakePdf(number) },
    });
    this.record(requestId, 'issued', at, { certificate: { id: certificate.id, number } });
    return certificate;
  }

  revokeCertificate(certificateId: string): void {
    const stored = this.certificates.get(certificateId);
    if (!stored) throw new Error(`no certificate ${certificateId}`);
    stored.certificate = { ...stored.certificate, status: 'revoked' };
  }

  private record(
    requestId: string,
    status: RequestStatus,
    at: string,
    extra: Pick<StatusChange, 'note' | 'certificate'>,
  ): StatusChange {
    const stored = this.requests.get(requestId);
    if (!stored) throw new Error(`no request ${requestId}`);
    stored.status = status;
    stored.updatedAt = at;
    const change: StatusChange = {
      seq: this.changes.length + 1,
      requestId,
      reference: stored.reference,
      serviceName: this.serviceName(stored.input.serviceId),
      status,
      at,
      contact: stored.input.contact,
      ...extra,
    };
    this.changes.push(change);
    return change;
  }

  async certificatesOf(contact: { whatsappId?: string }): Promise<CitizenCertificate[]> {
    if (!contact.whatsappId) return [];
    return [...this.certificates.values()]
      .filter((stored) => stored.whatsappId === contact.whatsappId)
      .map((stored) => stored.certificate)
      .reverse();
  }

  async certificatePdf(contact: { whatsappId?: string }, certificateId: string): Promise<CertificatePdf | undefined> {
    const stored = this.certificates.get(certificateId);
    if (!stored || !contact.whatsappId || stored.whatsappId !== contact.whatsappId) return undefined;
    this.pdfsGiven.push(certificateId);
    return stored.pdf;
  }

  async statusChangesSince(cursor: number, limit: number) {
    const changes = this.changes.filter((change) => change.seq > cursor).slice(0, limit);
    return { changes, nextCursor: changes.at(-1)?.seq ?? cursor };
  }
}
