import { z } from 'zod';
import type { HttpOutcome } from './http-request';

/** What a Graph API call came to, as the sender and the media download reason about it. */
export type GraphOutcome<T> =
  | { kind: 'ok'; value: T }
  /** A definite refusal: an HTTP error with the Graph API's error body. */
  | { kind: 'api_error'; status: number; error: GraphApiError }
  /** An HTTP error without one (a proxy's page, an empty 502): what happened upstream is not known. */
  | { kind: 'http_error'; status: number }
  | { kind: 'network'; written: boolean; message: string };

/** `{ error: { code, message, error_subcode?, error_data? } }`, as the Cloud API reports failures. */
export interface GraphApiError {
  code: number;
  message: string;
  subcode?: number;
  details?: string;
}

const ErrorBody = z.object({
  error: z
    .object({
      code: z.number().int(),
      message: z.string().optional(),
      error_subcode: z.number().int().optional(),
      error_data: z.object({ details: z.string().optional() }).passthrough().optional(),
    })
    .passthrough(),
});

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Reads an HTTP outcome: a 2xx body through `read`, an error body into `GraphApiError`. */
export function graphOutcome<T>(outcome: HttpOutcome, read: (json: unknown) => T | undefined): GraphOutcome<T> {
  switch (outcome.kind) {
    case 'network':
      return { kind: 'network', written: outcome.written, message: outcome.message };
    case 'too_large':
      return { kind: 'http_error', status: outcome.status };
    case 'response': {
      const json = parseJson(outcome.body);
      if (outcome.status >= 200 && outcome.status < 300) {
        const value = read(json);
        return value === undefined ? { kind: 'http_error', status: outcome.status } : { kind: 'ok', value };
      }
      const parsed = ErrorBody.safeParse(json);
      if (!parsed.success) return { kind: 'http_error', status: outcome.status };
      const { code, message, error_subcode: subcode, error_data: data } = parsed.data.error;
      return {
        kind: 'api_error',
        status: outcome.status,
        error: {
          code,
          message: message ?? '',
          ...(subcode === undefined ? {} : { subcode }),
          ...(data?.details === undefined ? {} : { details: data.details }),
        },
      };
    }
    default: {
      const unhandled: never = outcome;
      throw new TypeError(`unhandled HTTP outcome ${JSON.stringify(unhandled)}`);
    }
  }
}

/** A short description for logs and `lastError`. */
export function describeOutcome(outcome: Exclude<GraphOutcome<unknown>, { kind: 'ok' }>): string {
  switch (outcome.kind) {
    case 'api_error':
      return `HTTP ${outcome.status}, Graph error ${outcome.error.code}: ${outcome.error.message}`.slice(0, 500);
    case 'http_error':
      return `HTTP ${outcome.status} without a Graph error body`;
    case 'network':
      return `network: ${outcome.message}${outcome.written ? ' (after the request was written)' : ''}`;
    default: {
      const unhandled: never = outcome;
      throw new TypeError(`unhandled outcome ${JSON.stringify(unhandled)}`);
    }
  }
}
