import { describe, expect, it } from 'vitest';
import { normalizeWebhook } from './inbound-webhook';

/** A webhook as the Cloud API posts it, around one message from one contact. */
function webhook(
  message: Record<string, unknown>,
  contact: Record<string, unknown> = { wa_id: '919876543210' },
): unknown {
  return {
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
              contacts: [{ profile: { name: 'Ravi' }, ...contact }],
              messages: [{ from: contact.wa_id, id: 'wamid.A1', timestamp: '1763098200', ...message }],
            },
          },
        ],
      },
    ],
  };
}

describe('normalizeWebhook', () => {
  it('reads a text message with its sender, id and time', () => {
    expect(normalizeWebhook(webhook({ type: 'text', text: { body: 'Namaskaram' } }))).toEqual({
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
        interactive: { type: 'list_reply', list_reply: { id: '5|more|', title: 'More…', description: 'Page 2 of 4' } },
      },
      { type: 'list_reply', id: '5|more|', title: 'More…', description: 'Page 2 of 4' },
    ],
    [
      { type: 'image', image: { id: 'm1', mime_type: 'image/jpeg', sha256: 'abc=', caption: 'pole' } },
      { type: 'image', mediaId: 'm1', mimeType: 'image/jpeg', sha256: 'abc=', caption: 'pole' },
    ],
    [
      { type: 'document', document: { id: 'd1', mime_type: 'application/pdf', filename: 'ration.pdf' } },
      { type: 'document', mediaId: 'd1', mimeType: 'application/pdf', filename: 'ration.pdf' },
    ],
    [
      { type: 'location', location: { latitude: 16.2378, longitude: 80.6472, name: 'Tenali' } },
      { type: 'location', latitude: 16.2378, longitude: 80.6472, name: 'Tenali' },
    ],
    [
      { type: 'audio', audio: { id: 'a1', mime_type: 'audio/ogg; codecs=opus', voice: true } },
      { type: 'audio', mediaId: 'a1', mimeType: 'audio/ogg; codecs=opus', voice: true },
    ],
    [
      { type: 'button', button: { text: 'Track', payload: 'x' } },
      { type: 'text', text: 'Track' },
    ],
    [
      { type: 'sticker', sticker: { id: 's1', mime_type: 'image/webp' } },
      { type: 'unsupported', originalType: 'sticker' },
    ],
    [
      { type: 'reaction', reaction: { message_id: 'wamid.X', emoji: '👍' } },
      { type: 'unsupported', originalType: 'reaction' },
    ],
    [
      { type: 'interactive', interactive: { type: 'nfm_reply' } },
      { type: 'unsupported', originalType: 'interactive:nfm_reply' },
    ],
    [{ type: 'image' }, { type: 'unsupported', originalType: 'image' }],
  ])('reads %j', (message, expected) => {
    expect(normalizeWebhook(webhook(message)).events[0]?.message).toEqual(expected);
  });

  it('when the citizen hides their number, then the business-scoped user id identifies them', () => {
    const payload = webhook(
      { from: undefined, from_user_id: 'IN.1648738043044942', type: 'text', text: { body: 'hi' } },
      { user_id: 'IN.1648738043044942' },
    );
    expect(normalizeWebhook(payload).events[0]?.citizenId).toBe('IN.1648738043044942');
  });

  it('when parts of a payload are unusable, then they are reported and the rest is kept', () => {
    expect(normalizeWebhook({ hello: 'world' })).toEqual({
      events: [],
      problems: ['not a WhatsApp Business Account webhook'],
    });
    const payload = webhook({ from: undefined, type: 'text', text: { body: 'hi' } }, {});
    expect(normalizeWebhook(payload)).toEqual({ events: [], problems: ['message wamid.A1 names no sender'] });
    const broken = webhook({ id: undefined, type: 'text' });
    expect(normalizeWebhook(broken).problems).toEqual(['a message without an id, a timestamp or a type']);
  });

  it('ignores delivery statuses and other fields', () => {
    const payload = {
      object: 'whatsapp_business_account',
      entry: [
        {
          changes: [
            { field: 'messages', value: { statuses: [{ id: 'wamid.B', status: 'read' }] } },
            { field: 'account_update', value: {} },
          ],
        },
      ],
    };
    expect(normalizeWebhook(payload)).toEqual({ events: [], problems: [] });
  });
});
