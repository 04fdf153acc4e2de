import { describe, expect, it } from 'vitest';
import { templateMessage, textMessage, windowDependentMessage } from './outbound-builders';
import { isWindowOpen, resolveForWindow, toSendBody } from './send-body';

describe('sending', () => {
  it('addresses a phone number with `to` and a business-scoped user id with `recipient`', () => {
    expect(toSendBody('919876543210', textMessage('hi'))).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '919876543210',
      type: 'text',
      text: { body: 'hi' },
    });
    expect(toSendBody('IN.1648738043044942', textMessage('hi'))).toMatchObject({ recipient: 'IN.1648738043044942' });
  });

  it("sends the text of a notification within 24 hours of the citizen's last message, and the template after", () => {
    const now = new Date('2025-11-14T12:00:00.000Z');
    expect(isWindowOpen('2025-11-13T12:00:01.000Z', now)).toBe(true);
    expect(isWindowOpen('2025-11-13T12:00:00.000Z', now)).toBe(false);
    expect(isWindowOpen(undefined, now)).toBe(false);
    const text = textMessage('Update');
    const template = templateMessage('seva_status_update', 'en', ['A', 'B', 'C']);
    const notification = windowDependentMessage(text, template);
    expect(resolveForWindow(notification, true)).toBe(text);
    expect(resolveForWindow(notification, false)).toBe(template);
    expect(resolveForWindow(text, false)).toBe(text);
  });
});
