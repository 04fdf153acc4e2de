import type { CertificateResponse } from '../../shared/api/certificates-api';
import type { Actor } from '../../shared/model/service-request';
import { AppError } from '../http/app-error';
import type { CertificateDeps } from './certificate-deps';
import { revokedVersion } from './request-changes';

/**
 * Revokes a certificate: records who, when and why, sets its bit in the issuer's status list
 * and notes it on the request — once; revoking again changes nothing and answers the same.
 * The status list is signed again at once, so the next kiosk refresh sees the revocation.
 */
export async function revokeCertificate(
  deps: Pick<CertificateDeps, 'store' | 'statusLists' | 'now'>,
  actor: Actor,
  id: string,
  reason: string,
): Promise<CertificateResponse> {
  const at = deps.now().toISOString();
  const outcome = await deps.store.certificates.revoke({
    id,
    reason,
    at,
    nextRequest: (request, revoked) => revokedVersion(request, revoked, actor, at, reason),
  });
  if (outcome.kind === 'not_found') throw new AppError('not_found', `there is no certificate ${id}`);
  if (outcome.kind === 'revoked') await deps.statusLists.signed(outcome.certificate.statusListId);
  const stored = await deps.store.certificates.get(id);
  if (!stored) throw new AppError('not_found', `there is no certificate ${id}`);
  return { ...stored.certificate, qr: stored.qr };
}
