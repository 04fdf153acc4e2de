import type { TrackResponse } from '../../../shared/api/requests-api';
import { referenceFromId } from '../../../shared/ids';
import type { RequestStatus } from '../../../shared/lifecycle';
import type { Geography } from '../../../shared/model/geography';
import type { PublishedCatalog } from '../../../shared/model/catalog';
import { buildTestCatalog } from '../../conversation/testing/test-catalog';
import { TEST_GEOGRAPHY } from '../../conversation/testing/test-geography';
import type { CitizenRequestSummary, QueueOutcome, RequestQueuePort, StatusChange } from '../ports';

type FileRequestInput = Parameters<RequestQueuePort['fileRequest']>[0];
type FileGrievanceInput = Parameters<RequestQueuePort['fileGrievance']>[0];

interface StoredRequest {
  input: FileRequestInput;
  reference: string;
  dueBy: string;
  status: RequestStatus;
  updatedAt: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `RequestQueuePort` in memory, for tests: filings idempotent on id (a second call with the
 * same id returns the first request and files nothing), every call recorded, status changes
 * fed by `changeStatus`, refusals injected with `refuseNext`.
 */
export class MemoryRequestQueue implements RequestQueuePort {
  readonly requests = new Map<string, StoredRequest>();
  readonly grievances = new Map<string, { input: FileGrievanceInput; reference: string }>();
  readonly fileRequestCalls: FileRequestInput[] = [];
  readonly fileGrievanceCalls: FileGrievanceInput[] = [];
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
      ...(note === undefined ? {} : { note }),
    };
    this.changes.push(change);
    return change;
  }

  async statusChangesSince(cursor: number, limit: number) {
    const changes = this.changes.filter((change) => change.seq > cursor).slice(0, limit);
    return { changes, nextCursor: changes.at(-1)?.seq ?? cursor };
  }
}
