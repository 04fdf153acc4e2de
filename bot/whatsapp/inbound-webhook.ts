import { z } from 'zod';
import type { InboundMessage, MessageEvent } from './inbound-types';

/**
 * Cloud API webhook payloads (`field: "messages"`) to the engine's `MessageEvent`s. The payload
 * is untrusted: it is parsed leniently (unknown fields pass, unknown message types become
 * `unsupported`) and whatever cannot be used is reported, never thrown.
 *
 * Citizens are identified by their phone number (`wa_id` / `from`) when WhatsApp gives one, and
 * otherwise by their business-scoped user id (`user_id` / `from_user_id`), which is all that
 * arrives for a citizen who hides their number behind a username.
 */

const Media = z.object({
  id: z.string().min(1),
  mime_type: z.string().min(1),
  sha256: z.string().optional(),
  caption: z.string().optional(),
  filename: z.string().optional(),
  voice: z.boolean().optional(),
});

const Message = z
  .object({
    id: z.string().min(1),
    from: z.string().optional(),
    from_user_id: z.string().optional(),
    timestamp: z.string().regex(/^\d+$/),
    type: z.string(),
    text: z.object({ body: z.string() }).optional(),
    interactive: z
      .object({
        type: z.string(),
        button_reply: z.object({ id: z.string(), title: z.string() }).optional(),
        list_reply: z.object({ id: z.string(), title: z.string(), description: z.string().optional() }).optional(),
      })
      .optional(),
    /** A tap on a template's quick-reply button. */
    button: z.object({ text: z.string(), payload: z.string().optional() }).optional(),
    image: Media.optional(),
    document: Media.optional(),
    audio: Media.optional(),
    voice: Media.optional(),
    location: z
      .object({
        latitude: z.number(),
        longitude: z.number(),
        name: z.string().optional(),
        address: z.string().optional(),
      })
      .optional(),
  })
  .passthrough();
type WebhookMessage = z.infer<typeof Message>;

const Contact = z.object({ wa_id: z.string().optional(), user_id: z.string().optional() }).passthrough();

const Value = z
  .object({ contacts: z.array(Contact).optional(), messages: z.array(z.unknown()).optional() })
  .passthrough();

const Webhook = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(z.object({ changes: z.array(z.object({ field: z.string(), value: z.unknown() })) })),
});

function media(from: z.infer<typeof Media>): Omit<Extract<InboundMessage, { type: 'image' }>, 'type'> {
  return {
    mediaId: from.id,
    mimeType: from.mime_type,
    ...(from.sha256 === undefined ? {} : { sha256: from.sha256 }),
    ...(from.caption === undefined ? {} : { caption: from.caption }),
    ...(from.filename === undefined ? {} : { filename: from.filename }),
  };
}

/** What the message carries, or `unsupported` when Seva does not read that kind (or it is incomplete). */
function content(message: WebhookMessage): InboundMessage {
  const unsupported: InboundMessage = { type: 'unsupported', originalType: message.type };
  switch (message.type) {
    case 'text':
      return message.text ? { type: 'text', text: message.text.body } : unsupported;
    case 'button':
      return message.button ? { type: 'text', text: message.button.text } : unsupported;
    case 'interactive': {
      const { button_reply: button, list_reply: row } = message.interactive ?? {};
      if (button) return { type: 'button_reply', id: button.id, title: button.title };
      if (row) {
        return row.description === undefined
          ? { type: 'list_reply', id: row.id, title: row.title }
          : { type: 'list_reply', id: row.id, title: row.title, description: row.description };
      }
      return { type: 'unsupported', originalType: `interactive:${message.interactive?.type ?? 'unknown'}` };
    }
    case 'image':
      return message.image ? { type: 'image', ...media(message.image) } : unsupported;
    case 'document':
      return message.document ? { type: 'document', ...media(message.document) } : unsupported;
    case 'audio':
    case 'voice': {
      const audio = message.audio ?? message.voice;
      if (!audio) return unsupported;
      return {
        type: 'audio',
        mediaId: audio.id,
        mimeType: audio.mime_type,
        voice: message.type === 'voice' || audio.voice === true,
      };
    }
    case 'location': {
      const location = message.location;
      if (!location) return unsupported;
      return {
        type: 'location',
        latitude: location.latitude,
        longitude: location.longitude,
        ...(location.name === undefined ? {} : { name: location.name }),
        ...(location.address === undefined ? {} : { address: location.address }),
      };
    }
    default:
      return unsupported;
  }
}

export interface NormalizedWebhook {
  events: MessageEvent[];
  /** Why parts of the payload were left out, for the log. */
  problems: string[];
}

/** The citizen messages in a webhook payload, in the order WhatsApp listed them. */
export function normalizeWebhook(payload: unknown): NormalizedWebhook {
  const events: MessageEvent[] = [];
  const problems: string[] = [];
  const webhook = Webhook.safeParse(payload);
  if (!webhook.success) return { events, problems: ['not a WhatsApp Business Account webhook'] };
  for (const entry of webhook.data.entry) {
    for (const change of entry.changes) {
      if (change.field !== 'messages') continue;
      const value = Value.safeParse(change.value);
      if (!value.success) {
        problems.push('a messages change without a readable value');
        continue;
      }
      const [contact] = value.data.contacts ?? [];
      for (const raw of value.data.messages ?? []) {
        const parsed = Message.safeParse(raw);
        if (!parsed.success) {
          problems.push('a message without an id, a timestamp or a type');
          continue;
        }
        const message = parsed.data;
        const citizenId = message.from ?? contact?.wa_id ?? message.from_user_id ?? contact?.user_id;
        if (!citizenId) {
          problems.push(`message ${message.id} names no sender`);
          continue;
        }
        const timestamp = new Date(Number(message.timestamp) * 1000).toISOString();
        events.push({ kind: 'message', citizenId, messageId: message.id, timestamp, message: content(message) });
      }
    }
  }
  return { events, problems };
}
