import type { FakeGraphApi, FakeSentMessage } from '../../bot/fake-graph';
import type { InteractiveMessage, WireMessage } from '../../bot/whatsapp/outbound-types';
import { waitFor, type WhatsAppServer } from './whatsapp-server';
import {
  content,
  messageWebhook,
  postWebhook,
  TEST_BUSINESS,
  type MessageContent,
  type WebhookBusiness,
  type WebhookPayload,
} from './whatsapp-webhooks';

/**
 * A citizen chatting with the bot on the real server: each message goes in as a signed webhook
 * (or through the simulator's API), and a turn ends when the bot has processed it and every
 * message it queued has reached the fake Graph API. What the bot sent is read from the fake.
 */

export interface Choice {
  id: string;
  title: string;
  description?: string;
}

export interface CitizenOptions {
  /** `webhook`: signed Cloud API payloads posted here; `simulator`: `POST /simulator/api/send`. */
  via?: 'webhook' | 'simulator';
  /**
   * How many times each webhook is delivered: 3 posts two at once and the third after the
   * bot answered, as Meta redelivers when it missed an acknowledgement.
   */
  deliveries?: 1 | 3;
}

/** The text a citizen reads in a message. */
export function bodyOf(message: WireMessage): string {
  switch (message.type) {
    case 'text':
      return message.text.body;
    case 'interactive':
      return message.interactive.body.text;
    case 'document':
      return message.document.caption ?? '';
    case 'template':
      return message.template.name;
  }
}

/** What can be tapped in an interactive message. */
export function choicesOf(message: InteractiveMessage): Choice[] {
  const interactive = message.interactive;
  if (interactive.type === 'button') return interactive.action.buttons.map((button) => button.reply);
  return interactive.action.sections.flatMap((section) => section.rows);
}

export class WhatsAppCitizen {
  /** Every message the bot sent this citizen, in order, across server restarts. */
  readonly received: FakeSentMessage[] = [];
  /** What the bot answered to each message, in order. */
  readonly turns: FakeSentMessage[][] = [];
  /** The message ids this citizen sent, in order. */
  readonly sentIds: string[] = [];
  private readonly via: 'webhook' | 'simulator';
  private readonly deliveries: 1 | 3;
  private readonly seen = new WeakMap<FakeGraphApi, number>();

  constructor(
    private readonly server: () => WhatsAppServer,
    readonly phone: string,
    readonly name: string,
    options: CitizenOptions = {},
  ) {
    this.via = options.via ?? 'webhook';
    this.deliveries = options.deliveries ?? 1;
    if (this.via === 'simulator' && this.deliveries !== 1) throw new Error('the simulator delivers each message once');
  }

  business(): WebhookBusiness {
    return { ...TEST_BUSINESS, phoneNumberId: this.server().phoneNumberId };
  }

  /** Sends one message and returns what the bot answered to it. */
  async send(message: MessageContent, replyTo?: string): Promise<FakeSentMessage[]> {
    const server = this.server();
    if (this.via === 'simulator') {
      const id = await this.sendThroughSimulator(message, replyTo);
      this.sentIds.push(id);
      await this.settled(id);
      return this.collect();
    }
    const { id, payload } = await this.post(message, replyTo);
    this.sentIds.push(id);
    await this.settled(id);
    const answer = this.collect();
    if (this.deliveries === 3) {
      // The late redelivery, after the answer: acknowledged, and nothing more is stored or sent.
      expect200(await postWebhook(server.url, server.appSecret, payload));
      await this.settled(id);
      const late = this.collect();
      this.turns.pop();
      if (late.length > 0) throw new Error(`a redelivered webhook was answered again: ${JSON.stringify(late)}`);
    }
    return answer;
  }

  text(text: string): Promise<FakeSentMessage[]> {
    return this.send(content.text(text));
  }

  /** The latest interactive message the bot sent. */
  lastInteractive(): FakeSentMessage & { message: InteractiveMessage } {
    for (let index = this.received.length - 1; index >= 0; index -= 1) {
      const sent = this.received[index];
      if (sent?.message.type === 'interactive') return sent as FakeSentMessage & { message: InteractiveMessage };
    }
    throw new Error('the bot has sent no interactive message');
  }

  /** The text of the latest message the bot sent. */
  lastText(): string {
    const last = this.received.at(-1);
    if (!last) throw new Error('the bot has sent nothing');
    return bodyOf(last.message);
  }

  /**
   * Taps, on the latest menu, the button or row with this title (or starting with it), or the
   * first one `match` accepts, by the id the bot gave it.
   */
  async tap(match: string | ((choice: Choice) => boolean)): Promise<FakeSentMessage[]> {
    const menu = this.lastInteractive();
    const accepts =
      typeof match === 'string' ? (choice: Choice) => choice.title === match : (choice: Choice) => match(choice);
    const choices = choicesOf(menu.message);
    const choice =
      choices.find(accepts) ??
      (typeof match === 'string' ? choices.find((candidate) => candidate.title.startsWith(match)) : undefined);
    if (!choice) {
      throw new Error(`no choice ${String(match)} in ${JSON.stringify(choices.map((c) => c.title))}`);
    }
    const reply =
      menu.message.interactive.type === 'button'
        ? content.buttonReply(choice.id, choice.title)
        : content.listReply(choice.id, choice.title, choice.description);
    return this.send(reply, menu.id);
  }

  /** Taps `title` in a paged list, turning pages with its last row ("More…") until it shows. */
  async choose(title: string, maxPages = 5): Promise<FakeSentMessage[]> {
    for (let page = 0; page < maxPages; page += 1) {
      const choices = choicesOf(this.lastInteractive().message);
      if (choices.some((choice) => choice.title === title)) return this.tap(title);
      const more = choices.find((choice) => choice.id.split('|')[1] === 'more');
      if (!more) break;
      await this.tap((choice) => choice.id === more.id);
    }
    throw new Error(`"${title}" is on none of the pages`);
  }

  private async post(message: MessageContent, replyTo?: string): Promise<{ id: string; payload: WebhookPayload }> {
    const server = this.server();
    const { id, payload } = messageWebhook(this.business(), this, message, replyTo ? { context: replyTo } : {});
    const first = this.deliveries === 3 ? 2 : 1;
    const answers = await Promise.all(
      Array.from({ length: first }, () => postWebhook(server.url, server.appSecret, payload)),
    );
    for (const answer of answers) expect200(answer);
    return { id, payload };
  }

  private async sendThroughSimulator(message: MessageContent, replyTo?: string): Promise<string> {
    const server = this.server();
    const base = { from: this.phone, name: this.name, ...(replyTo === undefined ? {} : { replyTo }) };
    let body: Record<string, unknown>;
    if (message.type === 'text') body = { ...base, kind: 'text', text: message.text.body };
    else if (message.type === 'interactive' && message.interactive.type === 'button_reply')
      body = { ...base, kind: 'button_reply', ...message.interactive.button_reply };
    else if (message.type === 'interactive' && message.interactive.type === 'list_reply')
      body = { ...base, kind: 'list_reply', ...message.interactive.list_reply };
    else throw new Error(`the simulator is driven here with text and taps only, not ${message.type}`);
    const response = await server.call<{ id: string; webhookStatus: number }>('POST', '/simulator/api/send', {
      body,
    });
    if (response.status !== 200) throw new Error(`the simulator answered ${response.status}`);
    return response.body.id;
  }

  /** Processed, and nothing of this citizen's left to send. */
  private async settled(messageId: string): Promise<void> {
    const server = this.server();
    await waitFor(
      `the bot's answer to ${this.phone}'s ${messageId}`,
      () => server.db.isProcessed(messageId) && server.db.unsentOutbound(this.phone) === 0,
    );
  }

  /** The fake's new messages for this citizen since the last call. */
  private collect(): FakeSentMessage[] {
    const fake = this.server().fake;
    const from = this.seen.get(fake) ?? 0;
    this.seen.set(fake, fake.sent.length);
    const fresh = fake.sent.slice(from).filter((sent) => sent.citizen === this.phone);
    this.received.push(...fresh);
    this.turns.push(fresh);
    return fresh;
  }
}

function expect200(response: { status: number; body: string }): void {
  if (response.status !== 200) throw new Error(`the webhook answered ${response.status}: ${response.body}`);
}
