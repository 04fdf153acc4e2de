import type { Logger } from 'pino';
import type { ServiceRequest } from '../../shared/model/service-request';
import type { CertificateDeps } from './certificate-deps';
import { issueCertificate } from './issue-certificate';

/**
 * The hook run after an officer's approval commits: issues the certificate at once, so the
 * officer's answer already shows the request `issued`. The approval stands whatever happens
 * here; if issuing fails, the request stays `approved` and the issuance sweep retries it.
 */
export function issueOnApproval(
  deps: CertificateDeps,
  logger: Logger,
): (approved: ServiceRequest) => Promise<ServiceRequest> {
  return async (approved) => {
    try {
      return (await issueCertificate(deps, approved.id)) ?? approved;
    } catch (error) {
      logger.error({ err: error, requestId: approved.id }, 'certificate issuance failed; the sweep will retry');
      return approved;
    }
  };
}
