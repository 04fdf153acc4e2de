import type { HandoffStore } from '../store/handoff-store';

/**
 * A citizen message as the bot relays it. The bot's own `InboundMessage` union is assignable to
 * this (the server never imports the bot); only what a staff member reads is named.
 */
export interface RelayedMessage {
  type: string;
  text?: string;
  title?: string;
  caption?: string;
  filename?: string;
  mimeType?: string;
  name?: string;
  address?: string;
  latitude?: number;
  longitude?: number;
  originalType?: string;
}

/**
 * The staff desk for "talk to a person": the bot's `HandoffPort`, over the store. The server
 * never imports the bot, so this declares the same shape and the host passes it in.
 */
export interface HandoffDesk {
  open(request: {
    handoffId: string;
    citizenId: string;
    language: string;
    topic: string;
    at: string;
  }): Promise<'accepted' | 'unavailable'>;
  relay(message: { citizenId: string; messageId: string; message: RelayedMessage; at: string }): Promise<void>;
  close(citizenId: string, at: string): Promise<void>;
}

/** What a staff member reads for a citizen message: its text, or a short description of what was sent. */
export function describeRelayed(message: RelayedMessage): string {
  switch (message.type) {
    case 'text':
      return message.text ?? '';
    case 'button_reply':
    case 'list_reply':
      return `[tapped] ${message.title ?? ''}`.trim();
    case 'image':
    case 'document': {
      const what = [message.filename, message.mimeType].filter(Boolean).join(', ');
      const caption = message.caption ? `: ${message.caption}` : '';
      return `[${message.type}${what ? ` (${what})` : ''}]${caption}`;
    }
    case 'location': {
      const place = [message.name, message.address].filter(Boolean).join(', ');
      return `[location] ${place || `${message.latitude ?? '?'}, ${message.longitude ?? '?'}`}`;
    }
    case 'audio':
      return '[voice message]';
    default:
      return `[${message.originalType ?? message.type} message]`;
  }
}

/**
 * Every hand-off is accepted into the queue officers read (`GET /api/handoffs`); each write is
 * idempotent on its id, as the bot runs an effect again after a crash.
 */
export function createHandoffDesk(store: HandoffStore): HandoffDesk {
  return {
    async open({ handoffId, citizenId, language, topic, at }) {
      await store.open({ id: handoffId, citizenId, language, topic, openedAt: at });
      return 'accepted';
    },
    async relay({ citizenId, messageId, message, at }) {
      // The latest hand-off, even if staff closed it meanwhile: the citizen wrote before the
      // end reached them, and the message must not be lost.
      const handoff = await store.latestOf(citizenId);
      if (!handoff) throw new Error(`a message to relay, but ${citizenId} has no hand-off`);
      await store.addMessage({
        id: messageId,
        handoffId: handoff.id,
        from: 'citizen',
        tokenId: null,
        text: describeRelayed(message),
        at,
      });
    },
    async close(citizenId, at) {
      const handoff = await store.latestOf(citizenId);
      if (handoff && handoff.closedAt === null) await store.close(handoff.id, at);
    },
  };
}
