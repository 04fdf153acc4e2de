import type {
  CitizenRequestSummary,
  QueueOutcome,
  RequestQueuePort,
  StatusChange,
} from '../../shared/ports/bot-host-ports';
import { referenceFromId } from '../../shared/ids';
import type { Geography } from '../../shared/model/geography';
import type { Grievance } from '../../shared/model/grievance';
import type { Actor, CitizenContact, ServiceRequest } from '../../shared/model/service-request';
import type { CertificateDesk } from '../certificates/certificate-desk';
import { AppError } from '../http/app-error';
import type { Store } from '../store/store';
import type { CatalogService } from './catalog-service';
import { assembleRequest, type SecretariatLookup } from './file-requests';
import { trackRequest } from './track-request';

const DAY_MS = 86_400_000;

export interface CitizenQueueDeps {
  store: Store;
  catalog: CatalogService;
  geography: Geography;
  places: SecretariatLookup;
  /** The citizens' certificates: listed and sent as PDFs on WhatsApp. */
  certificates: CertificateDesk;
  now: () => Date;
}

/** The citizen as the actor of what they file over WhatsApp. */
function citizenActor(contact: CitizenContact): Actor {
  return {
    role: 'citizen',
    ...((contact.whatsappId ?? contact.mobile) ? { id: contact.whatsappId ?? contact.mobile } : {}),
  };
}

function failure<T>(error: unknown): QueueOutcome<T> {
  if (error instanceof AppError) return { ok: false, code: error.code, message: error.message };
  throw error;
}

/**
 * The shared request queue as the WhatsApp bot sees it (RequestQueuePort): what a citizen
 * files there is the same record agents and officers work on, with channel `whatsapp`.
 */
export function createCitizenQueue(deps: CitizenQueueDeps): RequestQueuePort {
  const dueBy = async (request: ServiceRequest) => {
    const service = await deps.catalog.serviceAt(request.serviceId, request.serviceRev);
    return new Date(Date.parse(request.createdAt) + (service?.slaDays ?? 0) * DAY_MS).toISOString();
  };

  return {
    async catalog() {
      const { catalog } = await deps.catalog.latest();
      return { rev: catalog.rev, departments: catalog.departments };
    },

    geography: () => deps.geography,

    async fileRequest(input) {
      try {
        const existing = await deps.store.getRequest(input.id);
        if (existing) return await sameCitizenOrRefuse(existing, input.contact, dueBy);
        const { service } = await deps.catalog.resolveService(input.serviceId, input.serviceRev);
        const place = deps.places.secretariat(input.secretariatCode);
        if (!place) throw new AppError('unknown_secretariat', `there is no secretariat ${input.secretariatCode}`);
        const request = assembleRequest({
          id: input.id,
          service,
          serviceRev: input.serviceRev,
          channel: 'whatsapp',
          jurisdiction: place.jurisdiction,
          applicant: input.applicant,
          contact: input.contact,
          actor: citizenActor(input.contact),
          filedAt: input.filedAt,
          now: deps.now(),
        });
        const [outcome] = await deps.store.insertRequests([request]);
        if (outcome?.kind === 'inserted')
          return { ok: true, value: { reference: request.reference, dueBy: await dueBy(request) } };
        if (outcome?.kind === 'existing') return await sameCitizenOrRefuse(outcome.request, input.contact, dueBy);
        return { ok: false, code: 'conflict', message: 'the reference number this id gives is taken' };
      } catch (error) {
        return failure(error);
      }
    },

    async fileGrievance(input) {
      try {
        const place = deps.places.secretariat(input.secretariatCode);
        if (!place) throw new AppError('unknown_secretariat', `there is no secretariat ${input.secretariatCode}`);
        const [existing] = await deps.store.getGrievances([input.id]);
        if (existing) return { ok: true, value: { reference: existing.reference } };
        const at = deps.now().toISOString();
        const grievance: Grievance = {
          id: input.id,
          reference: referenceFromId(input.id),
          channel: 'whatsapp',
          category: input.category,
          description: input.photo ? `${input.description}\n[photo ${input.photo.sha256}]` : input.description,
          contact: input.contact,
          jurisdiction: place.jurisdiction,
          status: 'open',
          version: 1,
          history: [{ version: 1, status: 'open', at, actor: citizenActor(input.contact) }],
          filedAt: input.filedAt,
          createdAt: at,
          updatedAt: at,
        };
        if (!(await deps.store.insertGrievance(grievance))) {
          return { ok: false, code: 'conflict', message: 'a grievance with this id or reference already exists' };
        }
        return { ok: true, value: { reference: grievance.reference } };
      } catch (error) {
        return failure(error);
      }
    },

    async track(reference) {
      try {
        return await trackRequest(deps, reference);
      } catch (error) {
        if (error instanceof AppError && (error.code === 'not_found' || error.code === 'bad_request')) return undefined;
        throw error;
      }
    },

    async requestsOf(contact, limit) {
      if (!contact.whatsappId) return [];
      const requests = await deps.store.listRequestsByCitizen(contact.whatsappId, limit);
      return Promise.all(
        requests.map(async (request): Promise<CitizenRequestSummary> => {
          const service = await deps.catalog.serviceAt(request.serviceId, request.serviceRev);
          return {
            reference: request.reference,
            serviceName: service?.name ?? { en: request.serviceId, te: request.serviceId },
            status: request.status,
            filedAt: request.filedAt,
          };
        }),
      );
    },

    async certificatesOf(contact) {
      const listed = await deps.certificates.listForContact(contact);
      return listed.map(({ certificateId, number, title, issuedAt, status }) => ({
        id: certificateId,
        number,
        title,
        issuedAt,
        status,
      }));
    },

    async certificatePdf(contact, certificateId) {
      // The desk hands out any PDF by id: only one this contact's own list shows is theirs.
      const mine = await deps.certificates.listForContact(contact);
      if (!mine.some((certificate) => certificate.certificateId === certificateId)) return undefined;
      return deps.certificates.pdf(certificateId);
    },

    async statusChangesSince(cursor, limit) {
      const rows = await deps.store.readChanges({
        after: cursor,
        limit,
        scope: { kind: 'all' },
        entities: ['request'],
      });
      const changes: StatusChange[] = [];
      for (const row of rows) {
        const request = row.data as ServiceRequest;
        const change = await statusChangeOf(row.seq, request, deps);
        if (change) changes.push(change);
      }
      return { changes, nextCursor: rows.at(-1)?.seq ?? cursor };
    },
  };
}

/** A filing retried with the same id is the same filing only when it is the same citizen's. */
async function sameCitizenOrRefuse(
  request: ServiceRequest,
  contact: CitizenContact,
  dueBy: (request: ServiceRequest) => Promise<string>,
): Promise<QueueOutcome<{ reference: string; dueBy: string }>> {
  const sameCitizen = request.channel === 'whatsapp' && request.contact?.whatsappId === contact.whatsappId;
  if (!sameCitizen) return { ok: false, code: 'conflict', message: 'another application already has this id' };
  return { ok: true, value: { reference: request.reference, dueBy: await dueBy(request) } };
}

/** A version that changed the status of a request filed over WhatsApp, as a notification. */
async function statusChangeOf(
  seq: number,
  request: ServiceRequest,
  deps: CitizenQueueDeps,
): Promise<StatusChange | undefined> {
  if (request.channel !== 'whatsapp' || !request.contact?.whatsappId || request.version < 2) return undefined;
  const last = request.history.at(-1);
  const before = request.history.at(-2);
  if (!last || !before || last.status === before.status) return undefined;
  const service = await deps.catalog.serviceAt(request.serviceId, request.serviceRev);
  return {
    seq,
    requestId: request.id,
    reference: request.reference,
    serviceName: service?.name ?? { en: request.serviceId, te: request.serviceId },
    status: request.status,
    at: last.at,
    // An officer's note is for the citizen; Seva's own notes ("Certificate … issued") are a
    // record for the office, in English, and the message already says what happened.
    ...(last.note && last.actor.role === 'officer' ? { note: last.note } : {}),
    contact: request.contact,
    // The issue and the move to `issued` are one commit, so this version carries its certificate.
    ...(request.status === 'issued' && request.certificate
      ? { certificate: { id: request.certificate.id, number: request.certificate.number } }
      : {}),
  };
}
