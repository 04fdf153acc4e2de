import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { AppError } from './app-error';

/** Any route nobody answered. */
export const notFound: RequestHandler = (req) => {
  throw new AppError('not_found', `no route for ${req.method} ${req.path}`);
};

/** Errors raised by body-parser carry `type` and `status`; map the ones a client can cause. */
function fromBodyParser(error: unknown): AppError | undefined {
  if (typeof error !== 'object' || error === null || !('type' in error)) return undefined;
  switch ((error as { type: unknown }).type) {
    case 'entity.parse.failed':
      return new AppError('bad_request', 'the request body is not valid JSON');
    case 'entity.too.large':
      return new AppError('payload_too_large', 'the request body is too large');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('unsupported_media_type', 'the request body encoding is not supported');
    case 'request.aborted':
      return new AppError('bad_request', 'the request was aborted');
    default:
      return undefined;
  }
}

/**
 * Mounted last: every failure leaves as `{ "error": { "code", "message" } }`. Unexpected
 * errors are logged in full and answered with a bare 500 that leaks nothing.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const known = error instanceof AppError ? error : fromBodyParser(error);
    const appError = known ?? new AppError('internal', 'something went wrong on our side; please try again');
    if (!known) logger.error({ err: error, method: req.method, url: req.originalUrl }, 'unhandled error');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.status(appError.status).json(appError.toBody());
  };
}
