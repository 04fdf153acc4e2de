import type { RequestStatus } from '../../shared/lifecycle';
import type { ApplicantAnswers } from '../../shared/model/form-field';
import type { ServiceRequest } from '../../shared/model/service-request';
import type { Principal } from '../auth/principal';

/**
 * The next version of a request: one more version, a history entry saying who did what,
 * and the new status and answers when they change. Every change to a request goes through
 * here, so history and version never drift apart.
 */
export function nextVersion(
  current: ServiceRequest,
  change: { status?: RequestStatus; applicant?: ApplicantAnswers; note?: string | undefined },
  principal: Pick<Principal, 'role' | 'tokenId' | 'name'>,
  at: string,
): ServiceRequest {
  const version = current.version + 1;
  const status = change.status ?? current.status;
  return {
    ...current,
    status,
    applicant: change.applicant ?? current.applicant,
    version,
    updatedAt: at,
    history: [
      ...current.history,
      {
        version,
        status,
        at,
        actor: { role: principal.role, id: principal.tokenId, name: principal.name },
        ...(change.note ? { note: change.note } : {}),
      },
    ],
  };
}
