import type { IncomingMessage } from 'node:http';

/** Why a body could not be read, as the HTTP status it earns. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = 'BodyError';
  }
}

/**
 * The request's exact bytes, at most `limit` of them. Written for the webhook's hot path in
 * place of a general body parser: the signature is over these bytes, so they are never inflated
 * (a compressed body is refused), and a body announced or found larger than the limit is
 * refused without being kept.
 */
export function readRawBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const encoding = (request.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') return Promise.reject(new BodyError(415, 'compressed bodies are not accepted'));
  const announced = Number(request.headers['content-length']);
  if (announced > limit) return Promise.reject(new BodyError(413, 'the body is too large'));
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const fail = (error: BodyError) => {
      request.off('data', onData);
      // Drained, not kept: the answer can still go out on this connection.
      request.resume();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) return fail(new BodyError(413, 'the body is too large'));
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => {
      if (received > limit) return;
      resolve(chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, received));
    });
    request.once('aborted', () => fail(new BodyError(400, 'the body was cut off')));
    request.once('error', () => fail(new BodyError(400, 'the body could not be read')));
  });
}
