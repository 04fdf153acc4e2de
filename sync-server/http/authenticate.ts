import type { Request, RequestHandler, Response } from 'express';
import type { TokenRole } from '../../shared/model/role';
import type { Store } from '../store/store';
import type { Principal } from '../auth/principal';
import { principalForToken } from '../auth/tokens';
import { AppError } from './app-error';

/**
 * Requires a valid bearer token, and one of `roles` when given: 401 without a usable token,
 * 403 for a role that may not use the route. The principal is left in `res.locals`.
 */
export function authenticate(store: Store, roles?: readonly TokenRole[]): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization');
    const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
    if (!match?.[1]) throw new AppError('unauthorized', 'this route needs an Authorization: Bearer <token> header');
    const principal = await principalForToken(store, match[1]);
    if (!principal) throw new AppError('unauthorized', 'the token is not valid or has been revoked');
    if (roles && !roles.includes(principal.role)) {
      throw new AppError('forbidden', `a ${principal.role} token cannot use this route`);
    }
    res.locals.principal = principal;
    next();
  };
}

/**
 * For public routes: no Authorization header is fine, but one that is there must be valid. A
 * kiosk that sends a mistyped token learns so at once instead of saving it.
 */
export function authenticateIfPresent(store: Store): RequestHandler {
  const required = authenticate(store);
  return async (req, res, next) => {
    if (req.get('authorization') === undefined) {
      next();
      return;
    }
    await required(req, res, next);
  };
}

/** The principal `authenticate` established for this request. */
export function principalOf(_req: Request, res: Response): Principal {
  const principal = res.locals.principal as Principal | undefined;
  if (!principal) throw new AppError('internal', 'route used without authentication');
  return principal;
}
