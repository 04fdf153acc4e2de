import { createHash } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny stand-in for the Graph API on 127.0.0.1, for the runtime's tests: it records every
 * request, answers sends with message ids, serves media, and fails on demand — with an error
 * body, or by hanging up after reading the request (the "did it arrive?" case).
 */

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  /** A JSON body, parsed. */
  body: Record<string, unknown> | undefined;
  /** A multipart upload (`POST /{phone-number-id}/media`), its fields and file read. */
  upload?: RecordedUpload;
}

export interface RecordedUpload {
  fields: Record<string, string>;
  file?: { name: string; type: string; bytes: Uint8Array };
}

export type ScriptedAnswer =
  | { status: number; body?: unknown }
  /** Reads the whole request, then drops the connection without a word. */
  | { hangUp: true };

interface Script {
  when: (request: RecordedRequest) => boolean;
  answer: ScriptedAnswer;
}

export const VERSION = 'v21.0';
export const TOKEN = 'test-access-token';

/** A Cloud API error answer. */
export function graphError(code: number, status = 400): ScriptedAnswer {
  return { status, body: { error: { code, message: `error ${code}`, type: 'OAuthException', fbtrace_id: 'x' } } };
}

export class FakeGraphServer {
  readonly requests: RecordedRequest[] = [];
  private readonly scripts: Script[] = [];
  private readonly media = new Map<string, { bytes: Buffer; mimeType: string; sha256?: string; fileSize?: number }>();
  private sent = 0;

  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<FakeGraphServer> {
    const server = http.createServer();
    const fake = new FakeGraphServer(server);
    server.on('request', (request, response) => void fake.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get origin(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** The base URL the bot is configured with, version included. */
  get url(): string {
    return `${this.origin}/${VERSION}`;
  }

  /** Answers the next `times` requests matching `when` with `answer`. */
  script(answer: ScriptedAnswer, options: { times?: number; when?: (request: RecordedRequest) => boolean } = {}): void {
    const when = options.when ?? ((request) => isMessage(request));
    for (let index = 0; index < (options.times ?? 1); index += 1) this.scripts.push({ when, answer });
  }

  /** A file a citizen sent; `reported` overrides what the media lookup says about it. */
  addMedia(id: string, bytes: Buffer, mimeType: string, reported: { sha256?: string; fileSize?: number } = {}): void {
    this.media.set(id, { bytes, mimeType, ...reported });
  }

  /** Media uploads, in the order they arrived. */
  uploads(): RecordedUpload[] {
    return this.requests.flatMap((request) => (request.upload ? [request.upload] : []));
  }

  /** Message sends (not read receipts), in the order they arrived. */
  messages(): Array<Record<string, unknown>> {
    return this.requests.filter(isMessage).map((request) => request.body ?? {});
  }

  readReceipts(): Array<Record<string, unknown>> {
    return this.requests.filter((request) => request.body?.status === 'read').map((request) => request.body ?? {});
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const contentType = request.headers['content-type'] ?? '';
    const multipart = contentType.startsWith('multipart/form-data');
    const recorded: RecordedRequest = {
      method: request.method ?? '',
      path: request.url ?? '',
      authorization: request.headers.authorization,
      body: !multipart && raw.length > 0 ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : undefined,
      ...(multipart ? { upload: await readUpload(raw, contentType) } : {}),
    };
    this.requests.push(recorded);
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (recorded.authorization !== `Bearer ${TOKEN}`) return reply(401, { error: { code: 190, message: 'Bad token' } });
    const index = this.scripts.findIndex((script) => script.when(recorded));
    if (index >= 0) {
      const [script] = this.scripts.splice(index, 1);
      const answer = script?.answer;
      if (answer && 'hangUp' in answer) {
        request.socket.destroy();
        return;
      }
      if (answer) return reply(answer.status, answer.body ?? {});
    }
    this.answer(recorded, response, reply);
  }

  private answer(recorded: RecordedRequest, response: ServerResponse, reply: (status: number, body: unknown) => void) {
    const [, version, first] = recorded.path.split('/');
    if (recorded.method === 'POST' && version === VERSION && recorded.path.endsWith('/messages')) {
      if (recorded.body?.status === 'read') return reply(200, { success: true });
      this.sent += 1;
      const to = recorded.body?.to ?? recorded.body?.recipient;
      return reply(200, {
        messaging_product: 'whatsapp',
        contacts: [{ input: to, wa_id: to }],
        messages: [{ id: `wamid.out.${this.sent}` }],
      });
    }
    if (recorded.method === 'POST' && version === VERSION && recorded.path.endsWith('/media') && recorded.upload) {
      return reply(200, { id: `media.up.${this.uploads().length}` });
    }
    if (recorded.method === 'GET' && version === VERSION && first) {
      const file = this.media.get(first);
      if (!file) return reply(404, { error: { code: 100, message: 'Unknown media' } });
      return reply(200, {
        messaging_product: 'whatsapp',
        id: first,
        url: `${this.origin}/files/${first}`,
        mime_type: file.mimeType,
        sha256: file.sha256 ?? createHash('sha256').update(file.bytes).digest('hex'),
        file_size: file.fileSize ?? file.bytes.length,
      });
    }
    if (recorded.method === 'GET' && version === 'files' && first && this.media.has(first)) {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(this.media.get(first)?.bytes);
      return;
    }
    reply(404, { error: { code: 100, message: 'Unknown path' } });
  }
}

function isMessage(request: RecordedRequest): boolean {
  return request.method === 'POST' && request.path.endsWith('/messages') && request.body?.status !== 'read';
}

/** The fields and file of a multipart body, read by the platform's own parser. */
async function readUpload(raw: Buffer, contentType: string): Promise<RecordedUpload> {
  const form = await new Request('http://graph.invalid/', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: new Uint8Array(raw),
  }).formData();
  const upload: RecordedUpload = { fields: {} };
  for (const [name, value] of form) {
    if (typeof value === 'string') upload.fields[name] = value;
    else upload.file = { name: value.name, type: value.type, bytes: new Uint8Array(await value.arrayBuffer()) };
  }
  return upload;
}
