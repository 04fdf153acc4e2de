import type { SimulatorEvent, SimulatorEventBody } from './simulator-events';

type Listener = (event: SimulatorEvent) => void;

/** Everything that concerns every chat, such as the bot using a wrong access token. */
export const EVERY_CHAT = '*';

// Hours of trying things out stay within memory: the oldest events of a chat are dropped.
const KEEP_PER_CHAT = 1000;

/** The simulator's memory of every chat, and who is watching which. */
export class Transcript {
  private seq = 0;
  private readonly chats = new Map<string, SimulatorEvent[]>();
  private readonly listeners = new Map<string, Set<Listener>>();
  /** Message id → chat, for read receipts (which name only the message). */
  private readonly owners = new Map<string, string>();

  constructor(private readonly now: () => Date) {}

  add(citizen: string, body: SimulatorEventBody): SimulatorEvent {
    this.seq += 1;
    const event: SimulatorEvent = { ...body, seq: this.seq, at: this.now().toISOString(), citizen };
    const chat = this.chats.get(citizen) ?? [];
    chat.push(event);
    if (chat.length > KEEP_PER_CHAT) chat.splice(0, chat.length - KEEP_PER_CHAT);
    this.chats.set(citizen, chat);
    if (body.kind === 'citizen_message' || body.kind === 'bot_message') this.owners.set(body.id, citizen);

    const audiences = citizen === EVERY_CHAT ? [...this.listeners.values()] : [this.listeners.get(citizen)];
    for (const audience of audiences) for (const listener of audience ?? []) listener(event);
    return event;
  }

  /** The newest event's `seq`: a client that wants no history resumes from it. */
  get latestSeq(): number {
    return this.seq;
  }

  /** The chat's events after `afterSeq`, with those for every chat, in order. */
  since(citizen: string, afterSeq: number): SimulatorEvent[] {
    return [...(this.chats.get(citizen) ?? []), ...(this.chats.get(EVERY_CHAT) ?? [])]
      .filter((event) => event.seq > afterSeq)
      .sort((a, b) => a.seq - b.seq);
  }

  subscribe(citizen: string, listener: Listener): () => void {
    const audience = this.listeners.get(citizen) ?? new Set<Listener>();
    audience.add(listener);
    this.listeners.set(citizen, audience);
    return () => {
      audience.delete(listener);
      if (audience.size === 0) this.listeners.delete(citizen);
    };
  }

  /** Whether someone has this chat open (a page or a terminal), so the citizen would read new messages. */
  isWatched(citizen: string): boolean {
    return (this.listeners.get(citizen)?.size ?? 0) > 0;
  }

  ownerOf(messageId: string): string | undefined {
    return this.owners.get(messageId);
  }
}
