import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';

/**
 * One HTTP exchange with the Graph API, over node:http so the sender can tell the two kinds of
 * network failure apart: before the request could reach the server (nothing was sent, safe to
 * try again) and after (the server may have acted on it: the outcome is unknown).
 */

export interface HttpRequest {
  url: URL;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: Buffer;
  timeoutMs: number;
  /** The response body is cut off (and the exchange reported `too_large`) past this many bytes. */
  maxResponseBytes: number;
  /** Sees each piece of the response body as it arrives (to hash a download while it streams). */
  onChunk?: (chunk: Buffer) => void;
}

export type HttpOutcome =
  | { kind: 'response'; status: number; headers: IncomingHttpHeaders; body: Buffer }
  | { kind: 'too_large'; status: number }
  /**
   * No answer. `written` is false only when the connection never opened, so not one byte of
   * the request left this machine; true whenever the server may have received it.
   */
  | { kind: 'network'; written: boolean; code?: string; message: string };

/** Keep-alive agents whose idle connections close before a server's usual idle timeout (5 s), so a request is rarely written to a connection the server is closing. */
export function createAgents(): { http: http.Agent; https: https.Agent } {
  const options = { keepAlive: true, maxSockets: 64, timeout: 4_000 };
  return { http: new http.Agent(options), https: new https.Agent(options) };
}

export function httpRequest(
  agents: { http: http.Agent; https: https.Agent },
  request: HttpRequest,
): Promise<HttpOutcome> {
  const { url, body } = request;
  const secure = url.protocol === 'https:';
  return new Promise((resolve) => {
    let settled = false;
    let written = false;
    const finish = (outcome: HttpOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    const headers = body ? { ...request.headers, 'content-length': String(body.length) } : request.headers;
    const send = secure ? https.request : http.request;
    const req = send(url, { method: request.method, headers, agent: secure ? agents.https : agents.http });
    req.on('socket', (socket) => {
      // A pooled connection is already open: whatever is written to it may reach the server.
      if (!socket.connecting) written = true;
      else socket.once(secure ? 'secureConnect' : 'connect', () => (written = true));
    });
    req.setTimeout(request.timeoutMs, () => req.destroy(new Error(`no answer within ${request.timeoutMs} ms`)));
    req.on('error', (error: NodeJS.ErrnoException) => {
      finish({ kind: 'network', written, message: error.message, ...(error.code ? { code: error.code } : {}) });
    });
    req.on('response', (response) => {
      const status = response.statusCode ?? 0;
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > request.maxResponseBytes) {
          finish({ kind: 'too_large', status });
          req.destroy();
          return;
        }
        request.onChunk?.(chunk);
        chunks.push(chunk);
      });
      response.on('end', () =>
        finish({ kind: 'response', status, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', (error) => finish({ kind: 'network', written: true, message: error.message }));
      response.on('aborted', () => finish({ kind: 'network', written: true, message: 'response aborted' }));
    });
    req.end(body);
  });
}
