import type { WireMessage } from '../whatsapp/outbound-types';

/**
 * What the simulator's event stream (`GET /api/events`) carries, one chat at a time. The
 * browser page and the terminal chat render only from these, so both show the same thing.
 * Types only and no Node imports: the browser client reads them through JSDoc.
 */

/** What becomes of a message the business sent, as status webhooks report it. */
export type DeliveryStatus = 'sent' | 'delivered' | 'read';

/** What a citizen sent, as the chat shows it. */
export type CitizenView =
  | { type: 'text'; text: string }
  | { type: 'button_reply'; id: string; title: string }
  | { type: 'list_reply'; id: string; title: string; description?: string }
  | { type: 'image'; mediaId: string; mimeType: string; caption?: string }
  | { type: 'document'; mediaId: string; mimeType: string; filename: string; caption?: string }
  | { type: 'location'; latitude: number; longitude: number; name?: string; address?: string };

export type SimulatorEventBody =
  /** The citizen sent a message (the simulator posted its webhook). */
  | { kind: 'citizen_message'; id: string; message: CitizenView; replyTo?: string }
  /** The bot's answer to a webhook the simulator posted: about a citizen message, or about a status. */
  | { kind: 'webhook'; id: string; about: 'message' | DeliveryStatus; ok: boolean; httpStatus?: number; error?: string }
  /**
   * The bot sent a message and the fake Graph API accepted it. `templateText` is the template's
   * body with its parameters filled in, when the fake knows the template.
   */
  | { kind: 'bot_message'; id: string; message: WireMessage; templateText?: string }
  /** A status the simulator reported to the bot for one of its messages. */
  | { kind: 'status'; id: string; status: DeliveryStatus }
  /** The bot marked a citizen message as read, perhaps showing "typing…". */
  | { kind: 'read_by_bot'; id: string; typing: boolean }
  /** The fake Graph API refused something the bot sent: a bug in the bot. */
  | { kind: 'violation'; code: number; problems: string[] };

export type SimulatorEvent = SimulatorEventBody & {
  /** Increases across all chats; the SSE event id, so a reconnecting client misses nothing. */
  seq: number;
  at: string;
  /** The chat it belongs to, or `*` for what concerns every chat (a refused access token). */
  citizen: string;
};
