import type { OutboundMessage, WireMessage } from './outbound-types';

/** What the sender needs around the engine's messages: addressing and the 24-hour window. */

/** A `POST /{phone-number-id}/messages` body. */
export type SendBody = WireMessage & {
  messaging_product: 'whatsapp';
  recipient_type: 'individual';
} & ({ to: string } | { recipient: string });

// A phone number is all digits; a business-scoped user id starts with a country code and a dot (IN.…).
const PHONE = /^\d{6,15}$/;

/** The body to POST for `message` to the citizen `citizenId` (phone number → `to`, business-scoped id → `recipient`). */
export function toSendBody(citizenId: string, message: WireMessage): SendBody {
  const address = PHONE.test(citizenId) ? { to: citizenId } : { recipient: citizenId };
  return { messaging_product: 'whatsapp', recipient_type: 'individual', ...address, ...message };
}

const WINDOW_MS = 24 * 60 * 60 * 1000;

/** Whether free-form messages may be sent: the citizen wrote within the last 24 hours. */
export function isWindowOpen(lastInboundAt: string | undefined, now: Date): boolean {
  return lastInboundAt !== undefined && now.getTime() - Date.parse(lastInboundAt) < WINDOW_MS;
}

/**
 * The message to actually send. Replies are sent as they are (the citizen has just written);
 * a window-dependent notification becomes its text inside the window and its template outside.
 */
export function resolveForWindow(message: OutboundMessage, windowOpen: boolean): WireMessage {
  if (message.type !== 'window_dependent') return message;
  return windowOpen ? message.withinWindow : message.outsideWindow;
}
