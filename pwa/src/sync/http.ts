/**
 * The worker's HTTP calls to the sync server, with every failure sorted into what the client
 * does about it (SYNC-CLIENT-1..3). Parsing is passed in, so this file needs no schema library.
 */

export type HttpFailure =
  /** No answer at all: offline, DNS, reset, timeout. Retried with backoff. */
  | { kind: 'network'; detail: string }
  /** 5xx: retried with backoff. */
  | { kind: 'server'; status: number; detail: string }
  /** SYNC-CLIENT-2: the token is no good; keep the queue, enroll again. */
  | { kind: 'unauthorized'; detail: string }
  /** SYNC-AUTH-2: this device id belongs to another token. */
  | { kind: 'forbidden'; detail: string }
  /** SYNC-CLIENT-3: keep the queue, update the app. */
  | { kind: 'protocol_mismatch'; detail: string }
  /** Any other refusal, including an answer the app cannot read: retrying as is will not help. */
  | { kind: 'refused'; status: number; code: string | undefined; detail: string };

/** Thrown by a parser when an answer is in another protocol version (SYNC-VER-1). */
export class ProtocolMismatchError extends Error {
  override name = 'ProtocolMismatchError';
}

export type HttpResult<T> = { ok: true; value: T } | { ok: false; failure: HttpFailure };

/** Reads the one error body `{ error: { code, message } }`, tolerating anything else. */
function errorOf(body: unknown): { code: string | undefined; message: string } {
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error !== 'object' || error === null) return { code: undefined, message: '' };
  const { code, message } = error as { code?: unknown; message?: unknown };
  return { code: typeof code === 'string' ? code : undefined, message: typeof message === 'string' ? message : '' };
}

/** What a non-2xx answer means for the client. */
export function classifyFailure(status: number, body: unknown): HttpFailure {
  const { code, message } = errorOf(body);
  const detail = `${status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}`;
  if (status >= 500) return { kind: 'server', status, detail };
  if (status === 401) return { kind: 'unauthorized', detail };
  if (status === 403) return { kind: 'forbidden', detail };
  if (status === 409 && code === 'protocol_mismatch') return { kind: 'protocol_mismatch', detail };
  return { kind: 'refused', status, code, detail };
}

/** Whether SYNC-CLIENT-1 retries after this failure. */
export function isRetryable(failure: { kind: string }): boolean {
  return failure.kind === 'network' || failure.kind === 'server';
}

/** Gzips a request body where the platform can (SYNC-PUSH-1 accepts `Content-Encoding: gzip`). */
export async function gzip(text: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (typeof CompressionStream === 'undefined') return undefined;
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Bodies smaller than this are not worth compressing. */
const GZIP_FROM_BYTES = 1024;

/** A JSON request body ready to send, with the headers that describe it. */
export interface EncodedBody {
  body: BodyInit;
  headers: Record<string, string>;
}

/** Serialises (and, when large enough, gzips) a request body; done ahead of the call when it may overlap other work. */
export async function encodeJson(value: unknown): Promise<EncodedBody> {
  const json = JSON.stringify(value);
  const zipped = json.length >= GZIP_FROM_BYTES ? await gzip(json) : undefined;
  return zipped
    ? { body: zipped, headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' } }
    : { body: json, headers: { 'Content-Type': 'application/json' } };
}

export interface HttpCall<T> {
  method: 'GET' | 'POST';
  path: string;
  token?: string;
  body?: unknown;
  /** A body already encoded with {@link encodeJson}; takes the place of `body`. */
  encoded?: EncodedBody;
  /** Turns the parsed JSON of a 2xx answer into a typed value, throwing when it does not fit. */
  parse: (json: unknown) => T;
  timeoutMs?: number;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Makes one call; never throws. */
export async function callJson<T>(fetchFn: FetchLike, call: HttpCall<T>): Promise<HttpResult<T>> {
  const encoded = call.encoded ?? (call.body === undefined ? undefined : await encodeJson(call.body));
  const headers: Record<string, string> = { Accept: 'application/json', ...encoded?.headers };
  if (call.token) headers.Authorization = `Bearer ${call.token}`;
  const body = encoded?.body;
  let response: Response;
  try {
    response = await fetchFn(call.path, {
      method: call.method,
      headers,
      body,
      cache: 'no-store',
      signal: AbortSignal.timeout(call.timeoutMs ?? 60_000),
    });
  } catch (error) {
    return { ok: false, failure: { kind: 'network', detail: error instanceof Error ? error.message : String(error) } };
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    // A cut-off body is a network failure; a 2xx that is not JSON is a server we cannot read.
    if (!response.ok) return { ok: false, failure: classifyFailure(response.status, undefined) };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { kind: 'network', detail: `unreadable answer: ${detail}` } };
  }
  if (!response.ok) return { ok: false, failure: classifyFailure(response.status, json) };
  try {
    return { ok: true, value: call.parse(json) };
  } catch (error) {
    if (error instanceof ProtocolMismatchError) {
      return { ok: false, failure: { kind: 'protocol_mismatch', detail: error.message } };
    }
    const detail = error instanceof Error ? error.message.slice(0, 300) : String(error);
    return { ok: false, failure: { kind: 'refused', status: response.status, code: 'unreadable', detail } };
  }
}
