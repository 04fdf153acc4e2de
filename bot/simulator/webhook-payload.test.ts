import { createHmac, timingSafeEqual } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { normalizeWebhook } from '../whatsapp/inbound-webhook';
import { businessScopedIdFor } from './citizen-ids';
import { messageWebhook, signatureHeader, statusWebhook, type BusinessIdentity } from './webhook-payload';

const BUSINESS: BusinessIdentity = {
  accountId: '102290129340398',
  phoneNumberId: '106540352242922',
  displayPhoneNumber: '918000000000',
};
const RAVI = { id: '919876543210', name: 'Ravi' };
const ANITHA = { id: 'IN.1648738043044942', name: 'Anitha' };
const AT = new Date('2025-11-14T05:30:00.000Z');

const valueOf = (payload: ReturnType<typeof messageWebhook>) => payload.entry[0]?.changes[0]?.value;

describe('messageWebhook', () => {
  it('when a citizen with a phone number writes, then the payload has the documented shape and the bot reads it', () => {
    const payload = messageWebhook(BUSINESS, RAVI, {
      id: 'wamid.A1',
      at: AT,
      content: { type: 'text', text: { body: 'Namaskaram' } },
    });
    const scopedId = businessScopedIdFor(RAVI.id);
    expect(scopedId).toMatch(/^IN\.\d{16}$/);
    expect(payload).toEqual({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '102290129340398',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: '918000000000', phone_number_id: '106540352242922' },
                contacts: [{ profile: { name: 'Ravi' }, wa_id: '919876543210', user_id: scopedId }],
                messages: [
                  {
                    from: '919876543210',
                    from_user_id: scopedId,
                    id: 'wamid.A1',
                    timestamp: '1763098200',
                    type: 'text',
                    text: { body: 'Namaskaram' },
                  },
                ],
              },
            },
          ],
        },
      ],
    });
    expect(normalizeWebhook(payload)).toEqual({
      events: [
        {
          kind: 'message',
          citizenId: '919876543210',
          messageId: 'wamid.A1',
          timestamp: '2025-11-14T05:30:00.000Z',
          message: { type: 'text', text: 'Namaskaram' },
        },
      ],
      problems: [],
    });
  });

  it.each([
    [
      { type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: '4|apply|x', title: 'Apply' } } },
      { type: 'button_reply', id: '4|apply|x', title: 'Apply' },
    ],
    [
      {
        type: 'interactive',
        interactive: { type: 'list_reply', list_reply: { id: '5|svc|7', title: 'Income', description: 'Revenue' } },
      },
      { type: 'list_reply', id: '5|svc|7', title: 'Income', description: 'Revenue' },
    ],
    [
      { type: 'image', image: { caption: 'pole', mime_type: 'image/jpeg', sha256: 'abc=', id: '1200000000000001' } },
      { type: 'image', mediaId: '1200000000000001', mimeType: 'image/jpeg', sha256: 'abc=', caption: 'pole' },
    ],
    [
      {
        type: 'document',
        document: { filename: 'ration.pdf', mime_type: 'application/pdf', sha256: 'def=', id: '1200000000000002' },
      },
      {
        type: 'document',
        mediaId: '1200000000000002',
        mimeType: 'application/pdf',
        sha256: 'def=',
        filename: 'ration.pdf',
      },
    ],
    [
      { type: 'location', location: { latitude: 16.2378, longitude: 80.6472, name: 'Tenali' } },
      { type: 'location', latitude: 16.2378, longitude: 80.6472, name: 'Tenali' },
    ],
  ] as const)('the bot reads %j as %j', (content, expected) => {
    const payload = messageWebhook(BUSINESS, RAVI, { id: 'wamid.A2', at: AT, content });
    expect(normalizeWebhook(payload).events[0]?.message).toEqual(expected);
  });

  it('when a citizen taps a button, then the message quotes the one it answers', () => {
    const payload = messageWebhook(BUSINESS, RAVI, {
      id: 'wamid.A3',
      at: AT,
      replyTo: 'wamid.MENU',
      content: {
        type: 'interactive',
        interactive: { type: 'button_reply', button_reply: { id: 'yes', title: 'Yes' } },
      },
    });
    expect(valueOf(payload)?.messages).toMatchObject([{ context: { from: '918000000000', id: 'wamid.MENU' } }]);
  });

  it('when the citizen hides their number, then only the business-scoped ids and a username are given', () => {
    const payload = messageWebhook(BUSINESS, ANITHA, {
      id: 'wamid.B1',
      at: AT,
      content: { type: 'text', text: { body: 'hi' } },
    });
    const value = valueOf(payload);
    expect(value?.contacts).toEqual([{ profile: { name: 'Anitha', username: '@citizen4942' }, user_id: ANITHA.id }]);
    expect(value?.messages).toEqual([
      { from_user_id: ANITHA.id, id: 'wamid.B1', timestamp: '1763098200', type: 'text', text: { body: 'hi' } },
    ]);
    expect(normalizeWebhook(payload).events[0]?.citizenId).toBe(ANITHA.id);
  });
});

describe('statusWebhook', () => {
  it('reports a free service reply as sent, with pricing', () => {
    const payload = statusWebhook(BUSINESS, RAVI, { messageId: 'wamid.R1', status: 'sent', at: AT, template: false });
    expect(valueOf(payload)).toEqual({
      messaging_product: 'whatsapp',
      metadata: { display_phone_number: '918000000000', phone_number_id: '106540352242922' },
      contacts: [{ wa_id: RAVI.id, user_id: businessScopedIdFor(RAVI.id) }],
      statuses: [
        {
          id: 'wamid.R1',
          status: 'sent',
          timestamp: '1763098200',
          recipient_id: RAVI.id,
          recipient_user_id: businessScopedIdFor(RAVI.id),
          pricing: { billable: false, pricing_model: 'PMP', category: 'service', type: 'free_customer_service' },
        },
      ],
    });
    expect(normalizeWebhook(payload)).toEqual({ events: [], problems: [] });
  });

  it('reports a read template to a citizen without a number by their scoped id alone, without pricing', () => {
    const payload = statusWebhook(BUSINESS, ANITHA, { messageId: 'wamid.R2', status: 'read', at: AT, template: true });
    expect(valueOf(payload)).toMatchObject({
      contacts: [{ profile: { username: '@citizen4942' }, user_id: ANITHA.id }],
      statuses: [{ id: 'wamid.R2', status: 'read', timestamp: '1763098200', recipient_user_id: ANITHA.id }],
    });
    const [status] = (valueOf(payload)?.statuses ?? []) as Array<Record<string, unknown>>;
    expect(status).not.toHaveProperty('recipient_id');
    expect(status).not.toHaveProperty('pricing');
  });
});

describe('signatureHeader', () => {
  it('signs the exact bytes so that the receiver can verify them with the app secret', () => {
    const body = Buffer.from(
      JSON.stringify(
        messageWebhook(BUSINESS, RAVI, {
          id: 'wamid.S1',
          at: AT,
          content: { type: 'text', text: { body: 'నమస్కారం' } },
        }),
      ),
    );
    const header = signatureHeader('app-secret', body);
    const expected = `sha256=${createHmac('sha256', 'app-secret').update(body).digest('hex')}`;
    expect(header).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(timingSafeEqual(Buffer.from(header), Buffer.from(expected))).toBe(true);

    const tampered = Buffer.from(body);
    tampered[tampered.length - 3] = 0x20;
    expect(signatureHeader('app-secret', tampered)).not.toBe(header);
    expect(signatureHeader('another-secret', body)).not.toBe(header);
  });
});
