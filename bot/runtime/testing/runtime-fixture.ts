import type { InboundMessage, MessageEvent } from '../../conversation';
import type { BotRuntimeConfig } from '../config';
import { createGraphClient } from '../graph/graph-client';
import type { HandoffPort, NewInbound } from '../ports';
import { createBotRuntime, type BotRuntime } from '../runtime';
import { FakeGraphServer, TOKEN } from './fake-graph-server';
import { MemoryBotStore } from './memory-bot-store';
import { MemoryRequestQueue } from './memory-request-queue';
import { createTestLogger } from './test-logger';

/** A runtime wired to in-memory ports and a local Graph API, on a clock the test moves. */
export interface RuntimeFixture {
  store: MemoryBotStore;
  queue: MemoryRequestQueue;
  graph: FakeGraphServer;
  logger: ReturnType<typeof createTestLogger>;
  clock: { now: Date; advance(ms: number): void };
  runtime: BotRuntime;
  /** Another runtime (another server process) over the same store, queue and Graph API. */
  another(): BotRuntime;
  /** Stores citizen messages as the webhook would. */
  receive(citizenId: string, ...messages: Array<string | InboundMessage>): Promise<void>;
  /** Processes and sends until nothing is left to do now. */
  drain(runtime?: BotRuntime): Promise<void>;
  /** A citizen's side of the chat: what they send (each followed by a drain) and what they read. */
  chat(citizenId: string): Chat;
  close(): Promise<void>;
}

export const PHONE_NUMBER_ID = '106540352242922';
export const CITIZEN = '919876543210';
export const START = new Date('2025-11-14T05:30:00.000Z');

export async function createRuntimeFixture(
  options: { config?: Partial<BotRuntimeConfig>; handoff?: HandoffPort } = {},
): Promise<RuntimeFixture> {
  const store = new MemoryBotStore();
  const queue = new MemoryRequestQueue();
  const graph = await FakeGraphServer.start();
  const logger = createTestLogger();
  const clock = {
    now: START,
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const build = () =>
    createBotRuntime({
      store,
      queue,
      graph: createGraphClient({ graphUrl: graph.url, accessToken: TOKEN, timeoutMs: 2_000 }),
      config: { phoneNumberId: PHONE_NUMBER_ID, messagesPerSecond: 1_000, retryBaseMs: 1_000, ...options.config },
      logger,
      now: () => clock.now,
      random: () => 1,
      ...(options.handoff ? { handoff: options.handoff } : {}),
    });
  const runtime = build();
  let counter = 0;
  const fixture: RuntimeFixture = {
    store,
    queue,
    graph,
    logger,
    clock,
    runtime,
    another: build,
    async receive(citizenId, ...messages) {
      const events: NewInbound[] = messages.map((content) => {
        counter += 1;
        const message: InboundMessage = typeof content === 'string' ? { type: 'text', text: content } : content;
        const event: MessageEvent = {
          kind: 'message',
          citizenId,
          messageId: `wamid.in.${counter}`,
          timestamp: clock.now.toISOString(),
          message,
        };
        return { messageId: event.messageId, citizenId, receivedAt: clock.now.toISOString(), event };
      });
      await store.addInbound(events);
    },
    async drain(which = runtime) {
      for (let round = 0; round < 50; round += 1) {
        const done = (await which.processPending()) + (await which.sendPending());
        if (done === 0) return;
      }
      throw new Error('still busy after 50 rounds');
    },
    chat: (citizenId) => createChat(fixture, citizenId),
    close: () => graph.close(),
  };
  return fixture;
}

export interface Chat {
  say(text: string): Promise<void>;
  tap(title: string): Promise<void>;
  /** Every message sent to this citizen, as the Graph API received them. */
  received(): Array<Record<string, unknown>>;
  lastText(): string;
}

function createChat(fixture: RuntimeFixture, citizenId: string): Chat {
  const received = () =>
    fixture.graph.messages().filter((body) => body.to === citizenId || body.recipient === citizenId);
  return {
    received,
    async say(text) {
      await fixture.receive(citizenId, text);
      await fixture.drain();
    },
    async tap(title) {
      const body = received()
        .filter((candidate) => candidate.type === 'interactive')
        .at(-1);
      if (!body) throw new Error('no menu has been sent');
      const id = choiceId(body, title);
      const list = (body.interactive as { type: string }).type === 'list';
      await fixture.receive(citizenId, list ? { type: 'list_reply', id, title } : { type: 'button_reply', id, title });
      await fixture.drain();
    },
    lastText: () => readable(received().at(-1) ?? {}),
  };
}

/** The text a citizen reads in a sent message body. */
export function readable(body: Record<string, unknown>): string {
  const type = body.type;
  if (type === 'text') return (body.text as { body: string }).body;
  if (type === 'interactive') return (body.interactive as { body: { text: string } }).body.text;
  if (type === 'template') return `template:${(body.template as { name: string }).name}`;
  return String(type);
}

/** The id of the row or button titled `title` in a sent interactive message. */
export function choiceId(body: Record<string, unknown>, title: string): string {
  const interactive = body.interactive as {
    type: 'list' | 'button';
    action: {
      sections?: Array<{ rows: Array<{ id: string; title: string }> }>;
      buttons?: Array<{ reply: { id: string; title: string } }>;
    };
  };
  const choices =
    interactive.type === 'list'
      ? (interactive.action.sections ?? []).flatMap((section) => section.rows)
      : (interactive.action.buttons ?? []).map((button) => button.reply);
  const choice = choices.find((candidate) => candidate.title.startsWith(title));
  if (!choice) throw new Error(`no choice "${title}" in ${JSON.stringify(choices.map((c) => c.title))}`);
  return choice.id;
}
