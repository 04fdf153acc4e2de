import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { SendBody } from '../../whatsapp/send-body';
import { graphOutcome, type GraphOutcome } from './graph-outcome';
import { createAgents, httpRequest, type HttpRequest } from './http-request';

/** The Cloud API calls the bot makes. One implementation over HTTP; tests point it at a local server. */
export interface GraphClient {
  /** `POST /{phone-number-id}/messages`: the Cloud API's id for the message. */
  sendMessage(phoneNumberId: string, body: SendBody): Promise<GraphOutcome<{ messageId: string }>>;
  /** Marks a citizen's message read, with the typing indicator while a reply is being made. */
  markRead(phoneNumberId: string, messageId: string, typing: boolean): Promise<GraphOutcome<true>>;
  /** `GET /{media-id}`: where a citizen's file can be fetched, and what WhatsApp says about it. */
  mediaInfo(mediaId: string): Promise<GraphOutcome<MediaInfo>>;
  /**
   * `POST /{phone-number-id}/media`: uploads a file Seva sends (a certificate's PDF) as a
   * multipart form; the media id a document message then names. Safe to repeat: an upload is
   * not a message, and media nobody sends expires on its own.
   */
  uploadMedia(phoneNumberId: string, file: UploadFile): Promise<GraphOutcome<{ mediaId: string }>>;
  /** Fetches a media URL, giving up past `maxBytes`; the bytes and their SHA-256 (hex). */
  download(
    url: string,
    maxBytes: number,
  ): Promise<GraphOutcome<{ bytes: Uint8Array; sha256: string }> | { kind: 'too_large' }>;
}

export interface MediaInfo {
  url: string;
  mimeType?: string;
  sha256?: string;
  fileSize?: number;
}

export interface UploadFile {
  bytes: Uint8Array;
  mimeType: string;
  filename: string;
}

export interface GraphClientOptions {
  /** Base URL including the API version, such as `https://graph.facebook.com/v21.0`. */
  graphUrl: string;
  accessToken: string;
  timeoutMs?: number;
}

const SendResponse = z
  .object({ messages: z.array(z.object({ id: z.string() }).passthrough()).optional() })
  .passthrough();
const MediaResponse = z
  .object({
    url: z.string().url(),
    mime_type: z.string().optional(),
    sha256: z.string().optional(),
    file_size: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).optional(),
  })
  .passthrough();

const UploadResponse = z.object({ id: z.string().min(1) }).passthrough();

/** Small JSON answers only: a bigger one is not the Graph API talking. */
const JSON_LIMIT = 256 * 1024;

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const agents = createAgents();
  const base = options.graphUrl.replace(/\/+$/u, '');
  const timeoutMs = options.timeoutMs ?? 20_000;
  const authorization = `Bearer ${options.accessToken}`;

  const call = (init: Omit<HttpRequest, 'timeoutMs' | 'maxResponseBytes'> & Partial<HttpRequest>) =>
    httpRequest(agents, { timeoutMs, maxResponseBytes: JSON_LIMIT, ...init });

  const postMessages = (phoneNumberId: string, payload: object) =>
    call({
      url: new URL(`${base}/${encodeURIComponent(phoneNumberId)}/messages`),
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: Buffer.from(JSON.stringify(payload)),
    });

  return {
    async sendMessage(phoneNumberId, body) {
      const outcome = await postMessages(phoneNumberId, body);
      // A 2xx is an acceptance even if its body is odd: the message must not be sent again.
      return graphOutcome(outcome, (json) => ({
        messageId: SendResponse.safeParse(json).data?.messages?.[0]?.id ?? '',
      }));
    },

    async markRead(phoneNumberId, messageId, typing) {
      const payload = {
        messaging_product: 'whatsapp',
        status: 'read',
        message_id: messageId,
        ...(typing ? { typing_indicator: { type: 'text' } } : {}),
      };
      return graphOutcome(await postMessages(phoneNumberId, payload), () => true as const);
    },

    async mediaInfo(mediaId) {
      const outcome = await call({
        url: new URL(`${base}/${encodeURIComponent(mediaId)}`),
        method: 'GET',
        headers: { authorization },
      });
      return graphOutcome(outcome, (json) => {
        const parsed = MediaResponse.safeParse(json);
        if (!parsed.success) return undefined;
        const { url, mime_type: mimeType, sha256, file_size: fileSize } = parsed.data;
        return {
          url,
          ...(mimeType === undefined ? {} : { mimeType }),
          ...(sha256 === undefined ? {} : { sha256 }),
          ...(fileSize === undefined ? {} : { fileSize }),
        };
      });
    },

    async uploadMedia(phoneNumberId, file) {
      const { body, contentType } = await multipart(file);
      const outcome = await call({
        url: new URL(`${base}/${encodeURIComponent(phoneNumberId)}/media`),
        method: 'POST',
        headers: { authorization, 'content-type': contentType },
        body,
      });
      return graphOutcome(outcome, (json) => {
        const id = UploadResponse.safeParse(json).data?.id;
        return id === undefined ? undefined : { mediaId: id };
      });
    },

    async download(url, maxBytes) {
      const hash = createHash('sha256');
      const outcome = await call({
        url: new URL(url),
        method: 'GET',
        headers: { authorization },
        maxResponseBytes: maxBytes,
        onChunk: (chunk) => hash.update(chunk),
      });
      if (outcome.kind === 'too_large') return { kind: 'too_large' };
      return graphOutcome(outcome, () => {
        if (outcome.kind !== 'response') return undefined;
        return { bytes: new Uint8Array(outcome.body), sha256: hash.digest('hex') };
      });
    },
  };
}

/**
 * The upload form the Cloud API documents — `messaging_product`, `type` and `file` — encoded by
 * the platform's own FormData encoder (through a Request), so the boundary and escaping are right.
 */
async function multipart(file: UploadFile): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData();
  form.set('messaging_product', 'whatsapp');
  form.set('type', file.mimeType);
  form.set('file', new Blob([new Uint8Array(file.bytes)], { type: file.mimeType }), file.filename);
  const encoded = new Request('http://multipart.invalid/', { method: 'POST', body: form });
  const contentType = encoded.headers.get('content-type');
  if (!contentType) throw new Error('FormData gave no multipart content type');
  return { body: Buffer.from(await encoded.arrayBuffer()), contentType };
}
