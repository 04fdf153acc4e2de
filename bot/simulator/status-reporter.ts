import { setMaxListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Transcript } from './transcript';
import type { DeliveryStatus } from './webhook-payload';
import type { WebhookOutcome } from './webhook-poster';

export interface StatusReporterDeps {
  transcript: Transcript;
  /** The pause before each status, so the bot has recorded the message id the send returned. */
  delayMs: number;
  post: (
    citizen: string,
    status: { messageId: string; status: DeliveryStatus; template: boolean },
  ) => Promise<WebhookOutcome>;
}

interface Unread {
  messageId: string;
  template: boolean;
}

/**
 * Reports what happens to the bot's messages on the citizen's phone, as status webhooks:
 * `sent`, then `delivered`, then `read` once the chat is open in a page or a terminal. Each
 * chat's statuses go out one at a time, in order, as WhatsApp sends them.
 */
export class StatusReporter {
  private readonly chains = new Map<string, Promise<void>>();
  private readonly unread = new Map<string, Unread[]>();
  private readonly stopped = new AbortController();

  constructor(private readonly deps: StatusReporterDeps) {
    // Every chat's pending status waits on this one signal; more than ten chats is not a leak.
    setMaxListeners(0, this.stopped.signal);
  }

  botMessage(citizen: string, messageId: string, template: boolean): void {
    this.enqueue(citizen, async () => {
      await this.report(citizen, { messageId, template }, 'sent');
      await this.report(citizen, { messageId, template }, 'delivered');
      if (this.deps.transcript.isWatched(citizen)) await this.report(citizen, { messageId, template }, 'read');
      else this.unread.set(citizen, [...(this.unread.get(citizen) ?? []), { messageId, template }]);
    });
  }

  /** The citizen opened the chat: everything delivered is now read. */
  chatOpened(citizen: string): void {
    this.enqueue(citizen, async () => {
      const pending = this.unread.get(citizen) ?? [];
      this.unread.delete(citizen);
      for (const message of pending) await this.report(citizen, message, 'read');
    });
  }

  /** Resolves when every status queued so far has been posted. */
  async idle(): Promise<void> {
    while (this.chains.size > 0) await Promise.all(this.chains.values());
  }

  close(): void {
    this.stopped.abort();
  }

  private enqueue(citizen: string, task: () => Promise<void>): void {
    const next = (this.chains.get(citizen) ?? Promise.resolve()).then(task).catch(() => undefined);
    this.chains.set(citizen, next);
    void next.then(() => {
      if (this.chains.get(citizen) === next) this.chains.delete(citizen);
    });
  }

  private async report(citizen: string, message: Unread, status: DeliveryStatus): Promise<void> {
    await sleep(this.deps.delayMs, undefined, { signal: this.stopped.signal });
    const outcome = await this.deps.post(citizen, { ...message, status });
    const { transcript } = this.deps;
    if (outcome.ok) transcript.add(citizen, { kind: 'status', id: message.messageId, status });
    else transcript.add(citizen, { kind: 'webhook', id: message.messageId, about: status, ...outcome });
  }
}
