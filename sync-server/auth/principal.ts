import type { TokenRole } from '../../shared/model/role';
import type { ServiceRequest } from '../../shared/model/service-request';
import type { Scope } from '../store/store';
import { AppError } from '../http/app-error';

/** Who is calling, as established from a valid bearer token. */
export interface Principal {
  tokenId: string;
  role: TokenRole;
  name: string;
  secretariatCode: string | null;
  departmentCode: string | null;
  districtCode: string | null;
  /** Set for tokens issued to one device by enrollment. */
  deviceId: string | null;
}

/**
 * The slice of the request queue a principal may see: an agent its secretariat, an officer
 * its department in its district, an admin everything. Kiosks see no requests.
 */
export function scopeOf(principal: Principal): Scope {
  switch (principal.role) {
    case 'agent':
      if (principal.secretariatCode) return { kind: 'secretariat', secretariatCode: principal.secretariatCode };
      break;
    case 'officer':
      if (principal.departmentCode && principal.districtCode) {
        return { kind: 'desk', departmentCode: principal.departmentCode, districtCode: principal.districtCode };
      }
      break;
    case 'admin':
      return { kind: 'all' };
    case 'kiosk':
      break;
  }
  throw new AppError('forbidden', `a ${principal.role} token cannot see applications`);
}

/** Whether `request` lies inside `scope`. */
export function inScope(scope: Scope, request: Pick<ServiceRequest, 'departmentCode' | 'jurisdiction'>): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'secretariat':
      return request.jurisdiction.secretariatCode === scope.secretariatCode;
    case 'desk':
      return (
        request.departmentCode === scope.departmentCode && request.jurisdiction.districtCode === scope.districtCode
      );
  }
}

/** Throws 403 unless the principal's jurisdiction covers the request. */
export function assertCanSee(
  principal: Principal,
  request: Pick<ServiceRequest, 'departmentCode' | 'jurisdiction'>,
): void {
  if (!inScope(scopeOf(principal), request)) {
    throw new AppError('forbidden', 'this application is outside your jurisdiction');
  }
}
