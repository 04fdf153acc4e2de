import { Router, type NextFunction, type Request, type Response } from 'express';
import type { ErrorBody, ErrorCode } from '../../shared/api/errors';
import { normalizeWebhook } from '../whatsapp/inbound-webhook';
import type { BotLogger } from '../runtime/logger';
import { errorFacts } from '../runtime/logger';
import type { BotStorePort, NewInbound } from '../runtime/ports';
import { BodyError, readRawBody } from './read-body';
import { constantTimeEquals, hasValidSignature } from './signature';
import { deliveryStatuses } from './statuses';

/** Where Meta delivers the webhook; the router answers this path only. */
export const WEBHOOK_PATH = '/webhooks/whatsapp';

/** Meta's webhooks are a few KB; anything near this is not one. */
const BODY_LIMIT_BYTES = 1024 * 1024;

export interface WebhookDeps {
  /** Where events and statuses become durable (the store, or a hand-off to the thread that owns it). */
  store: Pick<BotStorePort, 'addInbound' | 'recordStatuses'>;
  appSecret: string;
  verifyToken: string;
  logger: BotLogger;
  now: () => Date;
  /** Called after new events are stored, to wake the processor; never awaited. */
  onInbound?: () => void;
}

function fail(response: Response, status: number, code: ErrorCode, message: string): void {
  const body: ErrorBody = { error: { code, message } };
  response.status(status).json(body);
}

/** `GET`: Meta's subscription check — echo the challenge when the verify token matches. */
function verifySubscription(deps: WebhookDeps, request: Request, response: Response): void {
  const query = request.query;
  const mode = query['hub.mode'];
  const token = query['hub.verify_token'];
  const challenge = query['hub.challenge'];
  if (mode === 'subscribe' && typeof token === 'string' && typeof challenge === 'string') {
    if (constantTimeEquals(token, deps.verifyToken)) {
      response.status(200).type('text/plain').send(challenge);
      return;
    }
  }
  deps.logger.warn({ mode: typeof mode === 'string' ? mode : undefined }, 'webhook verification refused');
  fail(response, 403, 'forbidden', 'The verify token does not match.');
}

/** `POST`: signature on the raw bytes, then parse, store, and answer 200 at once. */
async function receive(deps: WebhookDeps, request: Request, response: Response): Promise<void> {
  let raw: Buffer;
  try {
    raw = await readRawBody(request, BODY_LIMIT_BYTES);
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    if (error.status === 413) return fail(response, 413, 'payload_too_large', 'The body is larger than 1 MB.');
    if (error.status === 415)
      return fail(response, 415, 'unsupported_media_type', 'Compressed bodies are not accepted.');
    return fail(response, 400, 'bad_request', 'The body could not be read.');
  }
  if (!hasValidSignature(raw, request.get('x-hub-signature-256'), deps.appSecret)) {
    deps.logger.warn({ bytes: raw.length }, 'webhook with a missing or wrong signature');
    return fail(response, 401, 'unauthorized', 'The X-Hub-Signature-256 header is missing or wrong.');
  }
  let payload: unknown;
  try {
    payload = JSON.parse(raw.toString('utf8'));
  } catch {
    return fail(response, 400, 'bad_request', 'The body is not JSON.');
  }
  const { events, problems } = normalizeWebhook(payload);
  if (problems.length > 0) deps.logger.warn({ problems }, 'parts of a webhook were not used');
  const receivedAt = deps.now().toISOString();
  const inbound: NewInbound[] = events.map((event) => ({
    messageId: event.messageId,
    citizenId: event.citizenId,
    receivedAt,
    event,
  }));
  const statuses = deliveryStatuses(payload);
  try {
    const added = inbound.length > 0 ? await deps.store.addInbound(inbound) : 0;
    if (statuses.length > 0) await deps.store.recordStatuses(statuses);
    // Only after the events are durable: Meta redelivers anything not answered with 200.
    response.sendStatus(200);
    if (added > 0) deps.onInbound?.();
  } catch (error) {
    deps.logger.error(errorFacts(error), 'webhook not stored; Meta will deliver it again');
    fail(response, 503, 'unavailable', 'The message could not be stored; please deliver it again.');
  }
}

/** Anything that still goes wrong on this path, in the one error shape (body errors are answered in `receive`). */
function bodyErrors(logger: BotLogger) {
  return (error: unknown, _request: Request, response: Response, next: NextFunction): void => {
    if (response.headersSent) return next(error);
    const { status, type } = (error ?? {}) as { status?: unknown; type?: unknown };
    if (status === 413 || type === 'entity.too.large') {
      return fail(response, 413, 'payload_too_large', 'The body is larger than 1 MB.');
    }
    if (status === 415 || type === 'encoding.unsupported') {
      return fail(response, 415, 'unsupported_media_type', 'Compressed bodies are not accepted.');
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return fail(response, 400, 'bad_request', 'The body could not be read.');
    }
    logger.error(errorFacts(error), 'webhook failed');
    fail(response, 500, 'internal', 'Something went wrong.');
  };
}

/**
 * The WhatsApp webhook as an Express router for `/webhooks/whatsapp`. It reads the raw body
 * itself (the signature is over the exact bytes), so the host's JSON parser must skip this path.
 * The answer never waits for processing: events go to the durable inbox, the runtime does the rest.
 */
export function createWebhookRouter(deps: WebhookDeps): Router {
  const router = Router();
  router.get(WEBHOOK_PATH, (request, response) => verifySubscription(deps, request, response));
  // Every content type is read: a signed body is checked whatever it claims to be. Not inflated,
  // so the bytes checked are the bytes Meta signed.
  router.post(WEBHOOK_PATH, (request, response) => receive(deps, request, response));
  router.all(WEBHOOK_PATH, (_request, response) => {
    fail(response, 405, 'bad_request', 'Only GET and POST are answered here.');
  });
  router.use(WEBHOOK_PATH, bodyErrors(deps.logger));
  return router;
}
