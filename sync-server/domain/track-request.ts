import type { TrackResponse } from '../../shared/api/requests-api';
import { parseReference } from '../../shared/ids';
import { AppError } from '../http/app-error';
import type { Store } from '../store/store';
import type { CatalogService } from './catalog-service';

const DAY_MS = 86_400_000;

/**
 * Public tracking by reference number: the status and its dates, nothing personal, so a
 * reference read out over the phone or typed in a chat reveals nothing about the applicant.
 */
export async function trackRequest(
  deps: { store: Store; catalog: CatalogService },
  reference: string,
): Promise<TrackResponse> {
  const canonical = parseReference(reference);
  if (!canonical) {
    throw new AppError('bad_request', 'that is not a Seva reference number (it looks like ABCD-EFGH-JKMN-P)');
  }
  const request = await deps.store.getRequestByReference(canonical);
  if (!request) throw new AppError('not_found', `no application has the reference ${canonical}`);
  const service = (await deps.catalog.at(request.serviceRev))?.servicesById.get(request.serviceId);
  const slaDays = service?.slaDays ?? 0;
  return {
    reference: request.reference,
    serviceId: request.serviceId,
    serviceName: service?.name ?? { en: request.serviceId, te: request.serviceId },
    status: request.status,
    filedAt: request.filedAt,
    updatedAt: request.updatedAt,
    dueBy: new Date(Date.parse(request.createdAt) + slaDays * DAY_MS).toISOString(),
    // Amendments add versions without changing the status; a citizen sees status changes only.
    history: request.history
      .filter((entry, index, all) => index === 0 || all[index - 1]?.status !== entry.status)
      .map((entry) => ({ status: entry.status, at: entry.at })),
  };
}
