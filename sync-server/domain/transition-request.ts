import type { TransitionBody } from '../../shared/api/requests-api';
import { decideTransition } from '../../shared/lifecycle';
import type { ServiceRequest } from '../../shared/model/service-request';
import type { Principal } from '../auth/principal';
import { assertCanSee } from '../auth/principal';
import { AppError } from '../http/app-error';
import { nextVersion } from './request-versions';
import type { Store } from '../store/store';

/** Attempts before giving up when other writers keep changing the same request. */
const MAX_ATTEMPTS = 5;

export interface TransitionDeps {
  store: Store;
  now: () => Date;
  /**
   * Runs once a move to `approved` is committed and returns the request as it then stands:
   * for a certificate service, issued with its certificate.
   */
  onApproved?: (approved: ServiceRequest) => Promise<ServiceRequest>;
}

/**
 * Moves a request to `body.to` if the state machine allows it for the principal's role.
 * Without `expectedVersion` a concurrent change is retried against the fresh copy (the state
 * machine decides again); with it, any change since that version is a 409.
 */
export async function transitionRequest(
  deps: TransitionDeps,
  principal: Principal,
  id: string,
  body: TransitionBody,
): Promise<ServiceRequest> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await deps.store.getRequest(id);
    if (!current) throw new AppError('not_found', `there is no application ${id}`);
    assertCanSee(principal, current);
    if (body.expectedVersion !== undefined && body.expectedVersion !== current.version) {
      throw new AppError(
        'version_conflict',
        `the application is at version ${current.version}, not ${body.expectedVersion}; reload it and decide again`,
        { current },
      );
    }
    const decision = decideTransition(current.status, body.to, principal.role);
    if (!decision.ok) {
      throw decision.reason === 'role_not_allowed'
        ? new AppError('forbidden', decision.message)
        : new AppError('illegal_transition', decision.message, { status: current.status, to: body.to });
    }
    const next = nextVersion(current, { status: body.to, note: body.note }, principal, deps.now().toISOString());
    if (await deps.store.updateRequest(next, current.version)) {
      return next.status === 'approved' && deps.onApproved ? deps.onApproved(next) : next;
    }
    if (body.expectedVersion !== undefined) {
      throw new AppError(
        'version_conflict',
        'the application changed while you were deciding; reload it and decide again',
      );
    }
  }
  throw new AppError('conflict', 'the application keeps changing; try again in a moment');
}
