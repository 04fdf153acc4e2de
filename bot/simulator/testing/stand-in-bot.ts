import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import express, { Router } from 'express';
import { buttonsMessage, documentMessage, listMessage, textMessage } from '../../whatsapp/outbound-builders';
import type { WireMessage } from '../../whatsapp/outbound-types';
import { normalizeWebhook } from '../../whatsapp/inbound-webhook';
import type { MessageEvent } from '../../whatsapp/inbound-types';
import { toSendBody } from '../../whatsapp/send-body';

/** What "certificate" is answered with: a PDF as far as anyone reading its first bytes can tell. */
export const SAMPLE_PDF = new TextEncoder().encode('%PDF-1.7\n% a sample certificate\n%%EOF\n');

export interface StandInBotOptions {
  /** The Graph API base with its version, e.g. `http://127.0.0.1:1234/graph/v21.0`. */
  graphUrl: string;
  accessToken: string;
  phoneNumberId: string;
  appSecret: string;
}

export interface StandInBot {
  router: Router;
  /** Every webhook body that passed the signature check, parsed. */
  payloads: unknown[];
  /** The citizen messages among them, as the bot reads them. */
  events: MessageEvent[];
  /** The `statuses[]` entries among them. */
  statuses: Array<Record<string, unknown>>;
}

/**
 * A few lines standing in for the bot behind `/webhooks/whatsapp`: it checks the signature as
 * the real webhook must, reads messages with the bot's own `normalizeWebhook`, and answers
 * through the fake Graph API — "menu" with a list, "buttons" with reply buttons, a tap with
 * "You chose <id>", a photo by downloading it, "certificate" with an uploaded PDF, "bad" with
 * a message Meta would refuse, and "fail" with HTTP 500. It answers the webhook only after replying, so tests need not wait.
 */
export function createStandInBot(options: StandInBotOptions): StandInBot {
  const payloads: unknown[] = [];
  const events: MessageEvent[] = [];
  const statuses: Array<Record<string, unknown>> = [];
  const auth = { authorization: `Bearer ${options.accessToken}` };

  async function send(citizen: string, message: WireMessage): Promise<void> {
    await fetch(`${options.graphUrl}/${options.phoneNumberId}/messages`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(toSendBody(citizen, message)),
    });
  }

  /** Uploads a file as the bot uploads a certificate: `POST /{phone-number-id}/media`, multipart. */
  async function upload(bytes: Uint8Array, type: string, filename: string): Promise<string> {
    const form = new FormData();
    form.set('messaging_product', 'whatsapp');
    form.set('type', type);
    form.set('file', new Blob([new Uint8Array(bytes)], { type }), filename);
    const response = await fetch(`${options.graphUrl}/${options.phoneNumberId}/media`, {
      method: 'POST',
      headers: auth,
      body: form,
    });
    return ((await response.json()) as { id: string }).id;
  }

  async function download(mediaId: string): Promise<Buffer> {
    const described = (await (await fetch(`${options.graphUrl}/${mediaId}`, { headers: auth })).json()) as {
      url: string;
    };
    return Buffer.from(await (await fetch(described.url, { headers: auth })).arrayBuffer());
  }

  async function reply(event: MessageEvent): Promise<void> {
    const { message, citizenId } = event;
    switch (message.type) {
      case 'text':
        if (message.text === 'menu') {
          const rows = [1, 2, 3].map((n) => ({ id: `row-${n}`, title: `Option ${n}`, description: `Row ${n}` }));
          return send(citizenId, listMessage('Choose one', 'Options', rows));
        }
        if (message.text === 'buttons') {
          const buttons = ['yes', 'no', 'later'].map((id) => ({ id, title: id[0]?.toUpperCase() + id.slice(1) }));
          return send(citizenId, buttonsMessage('Shall we?', buttons));
        }
        if (message.text === 'certificate') {
          const mediaId = await upload(SAMPLE_PDF, 'application/pdf', 'INC-2025-00001.pdf');
          return send(
            citizenId,
            documentMessage({ mediaId }, { filename: 'INC-2025-00001.pdf', caption: 'Income Certificate' }),
          );
        }
        if (message.text === 'bad') {
          return send(
            citizenId,
            listMessage('Too long', 'Options', [{ id: 'x', title: 'A row title over the limit' }]),
          );
        }
        return send(citizenId, textMessage(`You said: ${message.text}`));
      case 'button_reply':
      case 'list_reply':
        return send(citizenId, textMessage(`You chose ${message.id}`));
      case 'image': {
        const bytes = await download(message.mediaId);
        const intact = createHash('sha256').update(bytes).digest('base64') === message.sha256;
        return send(citizenId, textMessage(`Photo of ${bytes.length} bytes, ${intact ? 'intact' : 'damaged'}`));
      }
      case 'document':
      case 'location':
      case 'audio':
      case 'unsupported':
        return send(citizenId, textMessage(`Got ${message.type}`));
    }
  }

  const router = Router();
  router.post('/', express.raw({ type: 'application/json' }), async (req, res) => {
    const body = req.body as Buffer;
    const expected = Buffer.from(`sha256=${createHmac('sha256', options.appSecret).update(body).digest('hex')}`);
    const given = Buffer.from(req.get('x-hub-signature-256') ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      res.sendStatus(401);
      return;
    }
    const payload = JSON.parse(body.toString('utf8')) as {
      entry: Array<{ changes: Array<{ value: { statuses?: Array<Record<string, unknown>> } }> }>;
    };
    payloads.push(payload);
    statuses.push(...payload.entry.flatMap((entry) => entry.changes.flatMap((change) => change.value.statuses ?? [])));
    const normalized = normalizeWebhook(payload).events;
    events.push(...normalized);
    if (normalized.some((event) => event.message.type === 'text' && event.message.text === 'fail')) {
      res.sendStatus(500);
      return;
    }
    for (const event of normalized) await reply(event);
    res.sendStatus(200);
  });
  return { router, payloads, events, statuses };
}
