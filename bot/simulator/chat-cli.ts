import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import { describeCitizenMessage, formatBotMessage, type Choice } from './chat-format';
import { samplePhoto } from './sample-photo';
import type { SimulatorEvent } from './simulator-events';
import { readEventStream } from './sse-reader';

export interface ChatOptions {
  /** The server's origin, e.g. `http://127.0.0.1:8080`. */
  baseUrl: string;
  /** A phone number (digits) or a business-scoped user id. */
  citizen: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Where the simulator is mounted; `/simulator` unless set. */
  path?: string;
  /** The citizen's WhatsApp profile name. */
  name?: string;
}

const HELP = [
  'Type a message and press Enter. When the bot offers buttons or a list, type its number to tap it.',
  '  /say <text>          send the text as it is, even a number',
  '  /photo [file]        send a photo (a sample street-light photo without a file)',
  '  /doc <file>          send a document',
  '  /location [lat,lng]  send a location (the AP Secretariat without coordinates)',
  '  /help  /quit',
];

const MIME_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
};

/**
 * The simulator in a terminal: each line is sent as the citizen's message through
 * `/api/send`, and the bot's replies are printed from the event stream, buttons and list rows
 * numbered so that typing a number taps it. Resolves when the input ends or on `/quit`.
 */
export async function runChat(options: ChatOptions): Promise<void> {
  const simulator = `${options.baseUrl.replace(/\/$/, '')}${options.path ?? '/simulator'}`;
  const print = (...lines: string[]) => {
    for (const line of lines) options.output.write(`${line}\n`);
  };
  // A document the bot sends is printed with this URL: open it, or fetch it with curl.
  const mediaUrl = (mediaId: string) => `${simulator}/api/media/${encodeURIComponent(mediaId)}?download=1`;
  /** What a number taps: the buttons or rows of the bot's latest message, if it had any. */
  let choices: Array<Choice & { replyTo: string }> = [];

  const stop = new AbortController();
  const events = await fetch(`${simulator}/api/events?citizen=${encodeURIComponent(options.citizen)}&history=none`, {
    signal: stop.signal,
  });
  if (!events.ok || !events.body) throw new Error(`the simulator is not at ${simulator} (${events.status})`);
  const listening = (async () => {
    try {
      for await (const { data } of readEventStream(events.body as ReadableStream<Uint8Array>)) {
        show(JSON.parse(data) as SimulatorEvent);
      }
    } catch (error) {
      if (!stop.signal.aborted) print(`! lost the event stream: ${String(error)}`);
    }
  })();

  function show(event: SimulatorEvent): void {
    switch (event.kind) {
      case 'bot_message': {
        const { lines, choices: offered } = formatBotMessage(event.message, event.templateText, mediaUrl);
        choices = offered.map((choice) => ({ ...choice, replyTo: event.id }));
        print('', `Seva: ${lines[0] ?? ''}`, ...lines.slice(1).map((line) => `      ${line}`));
        if (offered.length > 0) print(`      (type 1–${offered.length} to tap)`);
        return;
      }
      case 'citizen_message': {
        const described = describeCitizenMessage(event.message);
        if (described) print(`You ${described}`);
        return;
      }
      case 'webhook':
        if (!event.ok) print(`! ${event.error ?? 'the webhook failed'}`);
        return;
      case 'violation':
        print(`! WhatsApp would refuse what the bot sent (#${event.code}):`, ...event.problems.map((p) => `  - ${p}`));
        return;
      case 'status':
      case 'read_by_bot':
        return;
    }
  }

  async function send(action: object): Promise<void> {
    const response = await fetch(`${simulator}/api/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: options.citizen, ...(options.name ? { name: options.name } : {}), ...action }),
    });
    if (response.ok) return;
    const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    // A webhook the bot refused is reported from the event stream already.
    if (body.error?.code !== 'unavailable') print(`! could not send: ${body.error?.message ?? response.status}`);
  }

  async function upload(bytes: Uint8Array, mimeType: string): Promise<string> {
    const response = await fetch(`${simulator}/api/upload`, {
      method: 'POST',
      headers: { 'content-type': mimeType },
      body: Buffer.from(bytes),
    });
    if (!response.ok) throw new Error(`upload failed (${response.status})`);
    return ((await response.json()) as { mediaId: string }).mediaId;
  }

  async function file(path: string): Promise<{ bytes: Uint8Array; mimeType: string }> {
    const mimeType = MIME_TYPES[extname(path).toLowerCase()];
    if (!mimeType) throw new Error(`send .jpg, .png, .pdf or .txt files, not ${basename(path)}`);
    return { bytes: await readFile(path), mimeType };
  }

  /** One line typed by the citizen. False to stop. */
  async function handle(line: string): Promise<boolean> {
    const text = line.trim();
    if (text === '') return true;
    const [command = '', ...rest] = text.split(/\s+/);
    const argument = rest.join(' ');
    const tapped = /^\d+$/.test(text) ? choices[Number(text) - 1] : undefined;
    if (tapped) {
      await send(tapped);
      return true;
    }
    switch (command) {
      case '/quit':
        return false;
      case '/help':
        print(...HELP);
        return true;
      case '/say':
        if (argument !== '') await send({ kind: 'text', text: argument });
        return true;
      case '/photo': {
        const photo = argument === '' ? { bytes: samplePhoto(), mimeType: 'image/png' } : await file(argument);
        await send({ kind: 'image', mediaId: await upload(photo.bytes, photo.mimeType) });
        return true;
      }
      case '/doc': {
        const document = await file(argument);
        await send({
          kind: 'document',
          mediaId: await upload(document.bytes, document.mimeType),
          filename: basename(argument),
        });
        return true;
      }
      case '/location': {
        const [latitude = 16.5193, longitude = 80.5166] = argument
          .split(/[,\s]+/)
          .filter(Boolean)
          .map(Number);
        await send({ kind: 'location', latitude, longitude, ...(argument === '' ? { name: 'AP Secretariat' } : {}) });
        return true;
      }
      default:
        await send({ kind: 'text', text });
        return true;
    }
  }

  print(`Chatting with Seva as ${options.citizen}. /help lists what you can do.`);
  const lines = createInterface({ input: options.input, terminal: false, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      const goOn = await handle(line).catch((error: unknown) => {
        print(`! ${error instanceof Error ? error.message : String(error)}`);
        return true;
      });
      if (!goOn) break;
    }
  } finally {
    lines.close();
    stop.abort();
    await listening;
  }
}
