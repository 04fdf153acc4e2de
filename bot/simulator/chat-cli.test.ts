import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChat } from './chat-cli';
import { startHarness, type Harness } from './testing/simulator-harness';
import { SAMPLE_PDF } from './testing/stand-in-bot';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

describe('runChat', () => {
  it('when the citizen types the number of a list row or a button, then that row or button is tapped', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    const until = async (text: string, times = 1) => {
      const deadline = Date.now() + 3000;
      while (printed.split(text).length - 1 < times) {
        if (Date.now() > deadline) throw new Error(`"${text}" did not appear in:\n${printed}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    const chat = runChat({ baseUrl: harness.server.origin, citizen: '919876543210', input, output });

    await until('Chatting with Seva');
    input.write('menu\n');
    await until('(type 1–3 to tap)');
    expect(printed).toContain(' 2. Option 2 — Row 2');
    input.write('2\n');
    await until('You chose row-2');
    expect(harness.bot.events.at(-1)?.message).toEqual({
      type: 'list_reply',
      id: 'row-2',
      title: 'Option 2',
      description: 'Row 2',
    });
    expect(printed).toContain('You tapped "Option 2"');

    input.write('buttons\n');
    await until('(type 1–3 to tap)', 2);
    input.write('3\n');
    await until('You chose later');
    expect(harness.bot.events.at(-1)?.message).toEqual({ type: 'button_reply', id: 'later', title: 'Later' });

    // The latest bot message offers nothing to tap, so a number is just text.
    input.write('3\n');
    await until('You said: 3');
    input.write('/location 16.2378,80.6472\n');
    await until('Got location');
    expect(harness.bot.events.at(-1)?.message).toEqual({ type: 'location', latitude: 16.2378, longitude: 80.6472 });

    input.end();
    await chat;
    expect(harness.fake.violations).toEqual([]);
  });

  it('when the bot sends a document, then a line names it with a URL that downloads the PDF', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    const chat = runChat({ baseUrl: harness.server.origin, citizen: '918500012345', input, output });
    const deadline = Date.now() + 3000;
    const url = async () => {
      for (;;) {
        const found = /📄 INC-2025-00001\.pdf — (\S+)/.exec(printed)?.[1];
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no document line in:\n${printed}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    // Lines are read only once the event stream is open, so nothing the bot sends is missed.
    input.write('certificate\n');
    const link = await url();
    expect(link.startsWith(`${harness.server.origin}/simulator/api/media/`)).toBe(true);
    expect(printed).toContain('Income Certificate');
    const pdf = await fetch(link);
    expect(new Uint8Array(await pdf.arrayBuffer())).toEqual(SAMPLE_PDF);
    input.end();
    await chat;
  });
});
