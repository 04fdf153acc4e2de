import { createHmac } from 'node:crypto';
import { businessScopedIdFor, isPhoneNumber } from './citizen-ids';
import type { DeliveryStatus } from './simulator-events';

/**
 * Cloud API webhook payloads (`object: whatsapp_business_account`, `field: messages`) as Meta
 * posts them: a citizen's message, and the `sent` / `delivered` / `read` statuses of a message
 * the business sent. Every user carries a business-scoped user id (`user_id`,
 * `from_user_id`, `recipient_user_id`); the phone number (`wa_id`, `from`, `recipient_id`) is
 * there only when the citizen shares it.
 */

export interface BusinessIdentity {
  /** The WhatsApp Business Account id (`entry[].id`). */
  accountId: string;
  phoneNumberId: string;
  displayPhoneNumber: string;
}

export interface SimulatedCitizen {
  /** A phone number (digits) or, for a citizen who hides it, a business-scoped user id. */
  id: string;
  name: string;
}

/** The message object's content, by type, as the webhook spells it. */
export type CitizenContent =
  | { type: 'text'; text: { body: string } }
  | {
      type: 'interactive';
      interactive:
        | { type: 'button_reply'; button_reply: { id: string; title: string } }
        | { type: 'list_reply'; list_reply: { id: string; title: string; description?: string } };
    }
  | { type: 'image'; image: { caption?: string; mime_type: string; sha256: string; id: string } }
  | {
      type: 'document';
      document: { caption?: string; filename: string; mime_type: string; sha256: string; id: string };
    }
  | { type: 'location'; location: { latitude: number; longitude: number; name?: string; address?: string } };

export interface CitizenMessage {
  /** `wamid.…` */
  id: string;
  at: Date;
  content: CitizenContent;
  /** The business message this one answers (a tap on its button or row). */
  replyTo?: string;
}

export type { DeliveryStatus };

export interface WebhookPayload {
  object: 'whatsapp_business_account';
  entry: Array<{ id: string; changes: Array<{ field: 'messages'; value: Record<string, unknown> }> }>;
}

/** Unix seconds, as a string, as every webhook timestamp is. */
function seconds(at: Date): string {
  return String(Math.floor(at.getTime() / 1000));
}

function envelope(business: BusinessIdentity, value: Record<string, unknown>): WebhookPayload {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: business.accountId,
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: business.displayPhoneNumber, phone_number_id: business.phoneNumberId },
              ...value,
            },
          },
        ],
      },
    ],
  };
}

/** The identifiers WhatsApp shares for `citizen`: always the scoped id, the number only if they share it. */
function identifiers(citizen: string): { phone?: string; userId: string } {
  return isPhoneNumber(citizen) ? { phone: citizen, userId: businessScopedIdFor(citizen) } : { userId: citizen };
}

/** A citizen who hides their number has a username instead; the simulator makes one up. */
function usernameOf(citizen: SimulatedCitizen): string | undefined {
  return isPhoneNumber(citizen.id) ? undefined : `@citizen${citizen.id.slice(-4)}`;
}

export function messageWebhook(
  business: BusinessIdentity,
  citizen: SimulatedCitizen,
  message: CitizenMessage,
): WebhookPayload {
  const { phone, userId } = identifiers(citizen.id);
  const username = usernameOf(citizen);
  const contact = {
    profile: username === undefined ? { name: citizen.name } : { name: citizen.name, username },
    ...(phone === undefined ? {} : { wa_id: phone }),
    user_id: userId,
  };
  return envelope(business, {
    contacts: [contact],
    messages: [
      {
        ...(phone === undefined ? {} : { from: phone }),
        from_user_id: userId,
        id: message.id,
        timestamp: seconds(message.at),
        ...(message.replyTo === undefined
          ? {}
          : { context: { from: business.displayPhoneNumber, id: message.replyTo } }),
        ...message.content,
      },
    ],
  });
}

/**
 * A status of a message the business sent. Sent and delivered statuses carry pricing (a reply
 * inside the customer-service window is free; a template is a billable utility message).
 */
export function statusWebhook(
  business: BusinessIdentity,
  citizen: SimulatedCitizen,
  status: { messageId: string; status: DeliveryStatus; at: Date; template: boolean },
): WebhookPayload {
  const { phone, userId } = identifiers(citizen.id);
  const username = usernameOf(citizen);
  const pricing = status.template
    ? { billable: true, pricing_model: 'PMP', category: 'utility', type: 'regular' }
    : { billable: false, pricing_model: 'PMP', category: 'service', type: 'free_customer_service' };
  return envelope(business, {
    contacts: [
      {
        // The username is left out of `sent` statuses.
        ...(username === undefined || status.status === 'sent' ? {} : { profile: { username } }),
        ...(phone === undefined ? {} : { wa_id: phone }),
        user_id: userId,
      },
    ],
    statuses: [
      {
        id: status.messageId,
        status: status.status,
        timestamp: seconds(status.at),
        ...(phone === undefined ? {} : { recipient_id: phone }),
        recipient_user_id: userId,
        ...(status.status === 'read' ? {} : { pricing }),
      },
    ],
  });
}

/** `X-Hub-Signature-256`: `sha256=` and the hex HMAC-SHA256 of the exact bytes posted, keyed with the app secret. */
export function signatureHeader(appSecret: string, body: Uint8Array | string): string {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}
