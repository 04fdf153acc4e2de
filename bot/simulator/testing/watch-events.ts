import type { SimulatorEvent } from '../simulator-events';
import { readEventStream } from '../sse-reader';

export type BotMessageEvent = Extract<SimulatorEvent, { kind: 'bot_message' }>;

export interface Watch {
  events: SimulatorEvent[];
  /** The bot's message that is this text. */
  waitForBotText(text: string): Promise<BotMessageEvent>;
  /** The first event (so far or to come) that matches, or a failure after `timeoutMs`. */
  waitFor(match: (event: SimulatorEvent) => boolean, timeoutMs?: number): Promise<SimulatorEvent>;
  close(): void;
}

/** Reads a simulator event stream in the background, as the page does. */
export async function watchEvents(url: string, headers: Record<string, string> = {}): Promise<Watch> {
  const stop = new AbortController();
  const response = await fetch(url, { headers, signal: stop.signal });
  if (!response.ok || !response.body) throw new Error(`event stream answered ${response.status}`);
  const events: SimulatorEvent[] = [];
  void (async () => {
    try {
      for await (const { data } of readEventStream(response.body as ReadableStream<Uint8Array>)) {
        events.push(JSON.parse(data) as SimulatorEvent);
      }
    } catch {
      // Closed by the test.
    }
  })();
  const watch: Watch = {
    events,
    async waitForBotText(text) {
      const isText = (event: SimulatorEvent): event is BotMessageEvent =>
        event.kind === 'bot_message' && event.message.type === 'text' && event.message.text.body === text;
      const found = await watch.waitFor(isText);
      if (!isText(found)) throw new Error('unreachable');
      return found;
    },
    async waitFor(match, timeoutMs = 3000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = events.find(match);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no such event among ${JSON.stringify(events, null, 2)}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: () => stop.abort(),
  };
  return watch;
}
