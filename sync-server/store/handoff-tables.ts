import type { Generated } from 'kysely';

/** The hand-off tables (migration 0006-handoffs), as both engines store them. */
export interface HandoffTables {
  /** One row per "talk to a person", keyed by the bot's hand-off id (the `handoff` effect's id). */
  handoffs: {
    id: string;
    /** The citizen's WhatsApp id. */
    citizen_id: string;
    language: string;
    /** What the citizen was doing when they asked (`idle`, `applying:<serviceId>`, …). */
    topic: string;
    opened_at: string;
    closed_at: string | null;
    /** The token of the staff member who answered first; null until someone does. */
    claimed_by: string | null;
    /** The latest message either way, kept here so the queue is one query. */
    last_message_at: string | null;
    last_message_from: string | null;
    last_message_text: string | null;
  };
  /** The conversation: citizen messages (keyed by their WhatsApp id) and staff replies. */
  handoff_messages: {
    /** Insertion order: the conversation is read back in the order it was stored. */
    seq: Generated<number>;
    id: string;
    handoff_id: string;
    /** `citizen` or `staff`. */
    sender: string;
    /** The staff member's token; null for the citizen. */
    token_id: string | null;
    text: string;
    at: string;
  };
}
