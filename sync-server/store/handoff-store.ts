/** Who wrote a hand-off message. */
export type HandoffSender = 'citizen' | 'staff';

export interface HandoffMessage {
  id: string;
  handoffId: string;
  from: HandoffSender;
  /** The staff member's token id; null for the citizen. */
  tokenId: string | null;
  text: string;
  at: string;
}

export interface HandoffRecord {
  id: string;
  citizenId: string;
  language: string;
  topic: string;
  openedAt: string;
  closedAt: string | null;
  /** The token of the staff member who replied first; null until someone does. */
  claimedBy: string | null;
  lastMessage: Pick<HandoffMessage, 'from' | 'text' | 'at'> | null;
}

export interface NewHandoff {
  id: string;
  citizenId: string;
  language: string;
  topic: string;
  openedAt: string;
}

export type HandoffState = 'open' | 'closed';

/**
 * Conversations the bot handed to staff ("talk to a person"), on either engine. Every write is
 * idempotent on its id, because the bot runs an effect again after a crash.
 */
export interface HandoffStore {
  /** Stores a new hand-off; false (and nothing changed) when its id is already stored. */
  open(handoff: NewHandoff): Promise<boolean>;
  get(id: string): Promise<HandoffRecord | undefined>;
  /** The citizen's most recent hand-off, open or closed. */
  latestOf(citizenId: string): Promise<HandoffRecord | undefined>;
  /** Open: oldest first (the queue). Closed: most recently closed first. */
  list(state: HandoffState, limit: number): Promise<HandoffRecord[]>;
  /**
   * Adds a message; false when a message with its id is already stored. A staff message claims
   * an unclaimed hand-off for its token. Throws when the hand-off does not exist.
   */
  addMessage(message: HandoffMessage): Promise<boolean>;
  /** The conversation, oldest first. */
  messages(handoffId: string): Promise<HandoffMessage[]>;
  /** Marks the hand-off closed at `at`; false when it is unknown or was already closed. */
  close(id: string, at: string): Promise<boolean>;
}
