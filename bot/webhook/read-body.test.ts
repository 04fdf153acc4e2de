import { once } from 'node:events';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BodyError, readRawBody } from './read-body';

/** A server answering with what readRawBody made of the request: the bytes' hex, or the error's status. */
let server: Server;
let port: number;
const LIMIT = 16;

beforeAll(async () => {
  server = createServer((req, res) => {
    readRawBody(req, LIMIT).then(
      (body) => res.end(`ok ${body.toString('hex')}`),
      (error: unknown) => res.end(error instanceof BodyError ? `refused ${error.status}` : 'other'),
    );
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends `chunks` one by one (chunked encoding unless a length is given). */
function send(chunks: Buffer[], headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ port, host: '127.0.0.1', method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve(text));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('reading a webhook body', () => {
  it('keeps the exact bytes, across chunks', async () => {
    const bytes = [Buffer.from([0, 1, 2, 255]), Buffer.from('é€', 'utf8')];
    expect(await send(bytes)).toBe(`ok ${Buffer.concat(bytes).toString('hex')}`);
  });

  it('refuses a body announced larger than the limit', async () => {
    const body = Buffer.alloc(LIMIT + 1, 1);
    expect(await send([body], { 'content-length': String(body.length) })).toBe('refused 413');
  });

  it('refuses a body that turns out larger than the limit', async () => {
    expect(await send([Buffer.alloc(10, 1), Buffer.alloc(10, 2)])).toBe('refused 413');
  });

  it('refuses a compressed body: the signature is over the bytes as sent', async () => {
    expect(await send([Buffer.from('x')], { 'content-encoding': 'gzip' })).toBe('refused 415');
  });
});
