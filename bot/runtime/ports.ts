import type { InboundMessage } from '../whatsapp/inbound-types';

/**
 * The ports between the bot and the process hosting it. The storage and request-queue ports
 * are a protocol between two deployables, so they are defined once in `shared/ports/`; the
 * staff desk below is the bot's own optional hook.
 */
export type * from '../../shared/ports/bot-host-ports';

// --- the staff desk (optional) -------------------------------------------------------------

/**
 * Where "talk to a person" goes. Optional: without it the bot answers that no one is available,
 * rather than holding the citizen in a hand-off nobody reads. Staff replies and the end of a
 * hand-off come back through `BotRuntime.deliverPersonMessage` and `BotRuntime.endHandoff`.
 */
export interface HandoffPort {
  /** A citizen asks for a person; `accepted` when the desk takes the conversation. Idempotent per `handoffId`. */
  open(request: {
    handoffId: string;
    citizenId: string;
    language: string;
    topic: string;
    at: string;
  }): Promise<'accepted' | 'unavailable'>;
  /** A citizen message during the hand-off, for the staff member. Idempotent per `messageId`. */
  relay(message: { citizenId: string; messageId: string; message: InboundMessage; at: string }): Promise<void>;
  /** The citizen left the hand-off (they sent STOP). */
  close(citizenId: string, at: string): Promise<void>;
}
