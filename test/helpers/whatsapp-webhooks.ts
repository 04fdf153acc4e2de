import { createHmac, randomBytes } from 'node:crypto';

/**
 * WhatsApp Cloud API webhook payloads (`object: whatsapp_business_account`, `field: messages`)
 * in the exact shape of Meta's documented examples: one message of each kind a citizen can send
 * (text, a tap on a reply button or a list row, image, document, location, audio and voice,
 * sticker) and the statuses of a message the business sent (sent, delivered, read, failed).
 * Signed and posted the way Meta posts them: `X-Hub-Signature-256` over the exact bytes.
 */

export interface WebhookBusiness {
  /** `entry[].id`: the WhatsApp Business Account id. */
  accountId: string;
  phoneNumberId: string;
  displayPhoneNumber: string;
}

export interface WebhookCitizen {
  /** The citizen's phone number, digits only (`wa_id`, `from`). */
  phone: string;
  /** The WhatsApp profile name. */
  name: string;
}

export interface WebhookPayload {
  object: 'whatsapp_business_account';
  entry: Array<{
    id: string;
    changes: Array<{ value: Record<string, unknown>; field: 'messages' }>;
  }>;
}

interface MediaObject {
  mime_type: string;
  sha256: string;
  id: string;
}

/** The message object's own part, by type, as Meta documents it. */
export type MessageContent =
  | { type: 'text'; text: { body: string } }
  | { type: 'interactive'; interactive: { type: 'button_reply'; button_reply: { id: string; title: string } } }
  | {
      type: 'interactive';
      interactive: { type: 'list_reply'; list_reply: { id: string; title: string; description?: string } };
    }
  | { type: 'image'; image: MediaObject & { caption?: string } }
  | { type: 'document'; document: MediaObject & { caption?: string; filename: string } }
  | { type: 'location'; location: { latitude: number; longitude: number; name?: string; address?: string } }
  | { type: 'audio'; audio: MediaObject & { voice: boolean } }
  | { type: 'sticker'; sticker: MediaObject & { animated: boolean } };

export const TEST_BUSINESS: Omit<WebhookBusiness, 'phoneNumberId'> = {
  accountId: '102290129340398',
  displayPhoneNumber: '15550783881',
};

/** A fresh message id in WhatsApp's format (`wamid.` and base64). */
export function newWamid(): string {
  return `wamid.${randomBytes(30).toString('base64')}`;
}

/** A file WhatsApp holds for the business: its media id and SHA-256 (base64, as in the webhook). */
export interface WebhookMedia {
  id: string;
  sha256: string;
  mimeType?: string;
}

/** A media reference for a file nobody will download (a sticker, a voice note). */
export function unfetchedMedia(): WebhookMedia {
  return {
    id: String(1_000_000_000_000 + Math.floor(Math.random() * 1e12)),
    sha256: randomBytes(32).toString('base64'),
  };
}

/** Webhook timestamps are Unix seconds, as strings. */
function seconds(at: Date): string {
  return String(Math.floor(at.getTime() / 1000));
}

function envelope(business: WebhookBusiness, value: Record<string, unknown>): WebhookPayload {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: business.accountId,
        changes: [
          {
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: business.displayPhoneNumber, phone_number_id: business.phoneNumberId },
              ...value,
            },
            field: 'messages',
          },
        ],
      },
    ],
  };
}

/** A citizen's message. `context` names the business message a tap answered (Meta adds it to replies). */
export function messageWebhook(
  business: WebhookBusiness,
  citizen: WebhookCitizen,
  content: MessageContent,
  options: { id?: string; at?: Date; context?: string } = {},
): { id: string; payload: WebhookPayload } {
  const id = options.id ?? newWamid();
  const payload = envelope(business, {
    contacts: [{ profile: { name: citizen.name }, wa_id: citizen.phone }],
    messages: [
      {
        ...(options.context === undefined
          ? {}
          : { context: { from: business.displayPhoneNumber, id: options.context } }),
        from: citizen.phone,
        id,
        timestamp: seconds(options.at ?? new Date()),
        ...content,
      },
    ],
  });
  return { id, payload };
}

/** The content of each message type, with Meta's example values where the bot does not care. */
export const content = {
  text: (body: string): MessageContent => ({ type: 'text', text: { body } }),
  buttonReply: (id: string, title: string): MessageContent => ({
    type: 'interactive',
    interactive: { type: 'button_reply', button_reply: { id, title } },
  }),
  listReply: (id: string, title: string, description?: string): MessageContent => ({
    type: 'interactive',
    interactive: {
      type: 'list_reply',
      list_reply: description === undefined ? { id, title } : { id, title, description },
    },
  }),
  image: (media: WebhookMedia, caption?: string): MessageContent => ({
    type: 'image',
    image: {
      ...(caption === undefined ? {} : { caption }),
      mime_type: media.mimeType ?? 'image/jpeg',
      sha256: media.sha256,
      id: media.id,
    },
  }),
  document: (media: WebhookMedia, filename = 'income-proof.pdf', caption?: string): MessageContent => ({
    type: 'document',
    document: {
      ...(caption === undefined ? {} : { caption }),
      filename,
      mime_type: media.mimeType ?? 'application/pdf',
      sha256: media.sha256,
      id: media.id,
    },
  }),
  location: (latitude: number, longitude: number, name?: string, address?: string): MessageContent => ({
    type: 'location',
    location: {
      latitude,
      longitude,
      ...(name === undefined ? {} : { name }),
      ...(address === undefined ? {} : { address }),
    },
  }),
  /** A voice note (`voice: true`) or an audio file; both arrive as `type: audio`. */
  audio: (media: WebhookMedia, voice: boolean): MessageContent => ({
    type: 'audio',
    audio: {
      mime_type: media.mimeType ?? (voice ? 'audio/ogg; codecs=opus' : 'audio/mpeg'),
      sha256: media.sha256,
      id: media.id,
      voice,
    },
  }),
  sticker: (media: WebhookMedia): MessageContent => ({
    type: 'sticker',
    sticker: { mime_type: media.mimeType ?? 'image/webp', sha256: media.sha256, id: media.id, animated: false },
  }),
} as const;

export type DeliveryState = 'sent' | 'delivered' | 'read' | 'failed';

/**
 * The status of a message the business sent. Sent and delivered carry the conversation and
 * pricing of a service conversation; failed carries Meta's error object.
 */
export function statusWebhook(
  business: WebhookBusiness,
  citizen: WebhookCitizen,
  status: { messageId: string; state: DeliveryState; at?: Date },
): WebhookPayload {
  const at = status.at ?? new Date();
  const billing =
    status.state === 'sent' || status.state === 'delivered'
      ? {
          conversation: {
            id: randomBytes(16).toString('hex'),
            ...(status.state === 'sent' ? { expiration_timestamp: seconds(new Date(at.getTime() + 86_400_000)) } : {}),
            origin: { type: 'service' },
          },
          pricing: { billable: true, pricing_model: 'CBP', category: 'service' },
        }
      : {};
  const errors =
    status.state === 'failed'
      ? {
          errors: [
            {
              code: 131026,
              title: 'Message undeliverable',
              message: 'Message undeliverable',
              error_data: { details: 'Message Undeliverable.' },
              href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
            },
          ],
        }
      : {};
  return envelope(business, {
    statuses: [
      {
        id: status.messageId,
        status: status.state,
        timestamp: seconds(at),
        recipient_id: citizen.phone,
        ...billing,
        ...errors,
      },
    ],
  });
}

/** `sha256=` and the hex HMAC-SHA256 of the exact bytes, keyed with the app secret. */
export function signatureOf(appSecret: string, body: Uint8Array | string): string {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}

export interface WebhookResponse {
  status: number;
  body: string;
}

/**
 * Posts `payload` to the webhook as Meta does. `signature: 'wrong'` signs with another secret,
 * `'missing'` leaves the header out.
 */
export async function postWebhook(
  url: string,
  appSecret: string,
  payload: WebhookPayload,
  options: { signature?: 'valid' | 'wrong' | 'missing' } = {},
): Promise<WebhookResponse> {
  const body = Buffer.from(JSON.stringify(payload), 'utf8');
  const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'facebookexternalua' };
  const signature = options.signature ?? 'valid';
  if (signature !== 'missing') {
    headers['x-hub-signature-256'] = signatureOf(signature === 'valid' ? appSecret : `${appSecret}-not`, body);
  }
  const response = await fetch(`${url}/webhooks/whatsapp`, { method: 'POST', headers, body });
  return { status: response.status, body: await response.text() };
}
