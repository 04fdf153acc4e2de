import { decideTransition } from '../../shared/lifecycle';
import type { Certificate } from '../../shared/model/certificate';
import type { Actor, RequestCertificate, ServiceRequest } from '../../shared/model/service-request';

/** The certificate as its request carries it. */
export function certificateSummary(certificate: Certificate): RequestCertificate {
  return {
    id: certificate.id,
    number: certificate.number,
    issuedAt: certificate.issuedAt,
    status: certificate.status,
    ...(certificate.revokedAt ? { revokedAt: certificate.revokedAt } : {}),
  };
}

/** The request moved `approved → issued` by Seva itself, carrying its new certificate. */
export function issuedVersion(request: ServiceRequest, certificate: Certificate, at: string): ServiceRequest {
  const decision = decideTransition(request.status, 'issued', 'system');
  if (!decision.ok) throw new Error(`request ${request.id}: ${decision.message}`);
  const version = request.version + 1;
  return {
    ...request,
    status: 'issued',
    version,
    updatedAt: at,
    certificate: certificateSummary(certificate),
    history: [
      ...request.history,
      { version, status: 'issued', at, actor: { role: 'system' }, note: `Certificate ${certificate.number} issued` },
    ],
  };
}

/**
 * The request after its certificate was revoked: still `issued` (the state machine has no way
 * back), with the revocation in its history and on its certificate, so agents' devices learn
 * of it through the same change feed.
 */
export function revokedVersion(
  request: ServiceRequest,
  certificate: Certificate,
  actor: Actor,
  at: string,
  reason: string,
): ServiceRequest {
  const version = request.version + 1;
  return {
    ...request,
    version,
    updatedAt: at,
    certificate: certificateSummary(certificate),
    history: [
      ...request.history,
      {
        version,
        status: request.status,
        at,
        actor,
        note: `Certificate ${certificate.number} revoked: ${reason}`.slice(0, 1000),
      },
    ],
  };
}
