import { randomBytes } from 'node:crypto';

/** The `error` object of a Graph API error response. */
export interface GraphError {
  message: string;
  type: string;
  code: number;
  error_subcode?: number;
  error_data?: { messaging_product: 'whatsapp'; details: string };
  fbtrace_id: string;
}

/** An HTTP status with the Graph API's error body. */
export interface GraphFailure {
  status: number;
  body: { error: GraphError };
}

interface KnownCode {
  status: number;
  title: string;
  details: string;
}

/**
 * The Cloud API error codes a sender has to tell apart, with the HTTP status Meta's error-code
 * reference gives for each. Most are 400 — rate limits included — which is why a sender must
 * decide on retrying from `error.code`, never from the HTTP status alone.
 */
const KNOWN_CODES: Record<number, KnownCode> = {
  0: { status: 401, title: 'AuthException', details: 'We were unable to authenticate the app user.' },
  3: { status: 500, title: 'API Method', details: 'Capability or permissions issue.' },
  4: { status: 400, title: 'Too many calls', details: 'The app has reached its API call rate limit.' },
  10: { status: 403, title: 'Permission denied', details: 'Permission is either not granted or has been removed.' },
  100: { status: 400, title: 'Invalid parameter', details: 'The request included one or more invalid parameters.' },
  190: { status: 401, title: 'Access token has expired', details: 'Your access token has expired.' },
  368: { status: 403, title: 'Temporarily blocked for policies violations', details: 'The account is restricted.' },
  80007: {
    status: 400,
    title: 'Rate limit issues',
    details: 'The WhatsApp Business Account has reached its rate limit.',
  },
  130429: { status: 400, title: 'Rate limit hit', details: 'Cloud API message throughput has been reached.' },
  131000: { status: 500, title: 'Something went wrong', details: 'Message failed to send due to an unknown error.' },
  131005: { status: 403, title: 'Access denied', details: 'Permission is either not granted or has been removed.' },
  131008: {
    status: 400,
    title: 'Required parameter is missing',
    details: 'The request is missing a required parameter.',
  },
  131009: { status: 400, title: 'Parameter value is not valid', details: 'One or more parameter values are invalid.' },
  131016: { status: 503, title: 'Service unavailable', details: 'A service is temporarily unavailable.' },
  131021: {
    status: 400,
    title: 'Recipient cannot be sender',
    details: 'Sender and recipient phone number is the same.',
  },
  131026: {
    status: 400,
    title: 'Message undeliverable',
    details: 'Unable to deliver message. The recipient may not be on WhatsApp or may have blocked the business.',
  },
  131031: { status: 403, title: 'Account has been locked', details: 'The business account was restricted.' },
  131047: {
    status: 400,
    title: 'Re-engagement message',
    details: 'More than 24 hours have passed since the recipient last replied to the sender number.',
  },
  131048: {
    status: 400,
    title: 'Spam rate limit hit',
    details: 'Message failed to send because there are restrictions on how many messages can be sent.',
  },
  131049: {
    status: 400,
    title: 'This message was not delivered to maintain healthy ecosystem engagement.',
    details: 'Meta chose not to deliver this message.',
  },
  131051: { status: 400, title: 'Unsupported message type', details: 'Unsupported message type.' },
  131052: { status: 400, title: 'Media download error', details: 'Unable to download the media sent by the user.' },
  131053: { status: 400, title: 'Media upload error', details: 'Unable to upload the media used in the message.' },
  131056: {
    status: 400,
    title: '(Business Account, Consumer Account) pair rate limit hit',
    details:
      'Too many messages sent from the sender phone number to the same recipient phone number in a short period.',
  },
  131057: { status: 500, title: 'Account in maintenance mode', details: 'Business Account is in maintenance mode.' },
  132000: {
    status: 400,
    title: 'Template Param Count Mismatch',
    details: 'The number of parameters does not match the expected number of params.',
  },
  132001: {
    status: 404,
    title: 'Template does not exist',
    details: 'The template does not exist in the specified language or the template has not been approved.',
  },
  132012: {
    status: 400,
    title: 'Parameter format does not match format in the created template',
    details: 'The parameters given do not match the format the template was approved with.',
  },
  133010: { status: 400, title: 'Phone number not registered', details: 'The phone number is not registered.' },
};

/** A Graph API trace id: opaque, so any unguessable token will do. */
function traceId(): string {
  return randomBytes(16).toString('base64url').slice(0, 23);
}

/**
 * The failure Meta answers for `code`, as `{ status, body }`. `details` replaces the stock
 * explanation (the fake names the limit and the JSON path that was broken); an unknown code
 * is answered with 400 and a generic title, so a test can still inject it.
 */
export function graphFailure(code: number, details?: string): GraphFailure {
  const known = KNOWN_CODES[code];
  const title = known?.title ?? 'Error';
  const message = details !== undefined && code === 100 ? `(#${code}) ${title}: ${details}` : `(#${code}) ${title}`;
  return {
    status: known?.status ?? 400,
    body: {
      error: {
        message,
        type: 'OAuthException',
        code,
        error_data: { messaging_product: 'whatsapp', details: details ?? known?.details ?? title },
        fbtrace_id: traceId(),
      },
    },
  };
}

/** 401 for a missing or wrong access token; the Graph API has no `error_data` here. */
export function invalidTokenFailure(reason: string): GraphFailure {
  return {
    status: 401,
    body: {
      error: {
        message: `Invalid OAuth access token - ${reason}`,
        type: 'OAuthException',
        code: 190,
        fbtrace_id: traceId(),
      },
    },
  };
}

/** What the Graph API says about an id that is not a node it knows (a wrong phone number or media id). */
export function unknownObjectFailure(method: 'get' | 'post' | 'delete', id: string): GraphFailure {
  return {
    status: 400,
    body: {
      error: {
        message:
          `Unsupported ${method} request. Object with ID '${id}' does not exist, cannot be loaded due to missing ` +
          'permissions, or does not support this operation.',
        type: 'GraphMethodException',
        code: 100,
        error_subcode: 33,
        fbtrace_id: traceId(),
      },
    },
  };
}
