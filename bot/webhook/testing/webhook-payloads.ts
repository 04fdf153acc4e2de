import { createHmac } from 'node:crypto';

/** Webhook bodies and signatures as Meta sends them, for tests. */

export const APP_SECRET = 'test-app-secret';
export const VERIFY_TOKEN = 'test-verify-token';

export function sign(raw: string, secret = APP_SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
}

function envelope(value: object): object {
  return {
    object: 'whatsapp_business_account',
    entry: [{ id: '102290129340398', changes: [{ field: 'messages', value }] }],
  };
}

const METADATA = { display_phone_number: '918001234567', phone_number_id: '106540352242922' };

export function textWebhook(from: string, id: string, text: string, at = new Date('2025-11-14T05:30:00Z')): string {
  return JSON.stringify(
    envelope({
      messaging_product: 'whatsapp',
      metadata: METADATA,
      contacts: [{ profile: { name: 'Ravi' }, wa_id: from }],
      messages: [{ from, id, timestamp: String(Math.floor(at.getTime() / 1000)), type: 'text', text: { body: text } }],
    }),
  );
}

export function statusWebhook(messageId: string, status: string, recipient: string): string {
  return JSON.stringify(
    envelope({
      messaging_product: 'whatsapp',
      metadata: METADATA,
      statuses: [{ id: messageId, status, timestamp: '1763098200', recipient_id: recipient }],
    }),
  );
}
