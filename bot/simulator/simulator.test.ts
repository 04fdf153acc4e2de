import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { textMessage } from '../whatsapp/outbound-builders';
import { toSendBody } from '../whatsapp/send-body';
import { PHONE_NUMBER_ID, TOKEN, startHarness, type Harness } from './testing/simulator-harness';
import { SAMPLE_PDF } from './testing/stand-in-bot';
import { watchEvents, type Watch } from './testing/watch-events';

const RAVI = '919876543210';
const ANITHA = 'IN.1648738043044942';

let harness: Harness;
const watches: Watch[] = [];
const simulatorUrl = (path: string) => `${harness.server.origin}/simulator${path}`;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());
afterEach(async () => {
  for (const watch of watches.splice(0)) watch.close();
  await harness.simulator.idle();
  expect(harness.fake.violations).toEqual([]);
});

async function watch(citizen: string): Promise<Watch> {
  const opened = await watchEvents(simulatorUrl(`/api/events?citizen=${encodeURIComponent(citizen)}&history=none`));
  watches.push(opened);
  return opened;
}

async function send(body: Record<string, unknown>) {
  const response = await fetch(simulatorUrl('/api/send'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { id: string } };
}

describe('simulator', () => {
  it('when a citizen types, then the bot gets a signed webhook it reads, and its reply and statuses stream back', async () => {
    const chat = await watch(RAVI);
    const { status, body } = await send({ from: RAVI, kind: 'text', text: 'hello' });
    expect(status).toBe(200);
    expect(body).toEqual({ id: expect.stringMatching(/^wamid\./), webhookStatus: 200 });
    expect(harness.bot.events.at(-1)).toMatchObject({
      citizenId: RAVI,
      messageId: body.id,
      message: { type: 'text', text: 'hello' },
    });

    const reply = await chat.waitForBotText('You said: hello');
    await chat.waitFor((event) => event.kind === 'status' && event.id === reply.id && event.status === 'read');
    expect(chat.events.map((event) => event.kind)).toEqual([
      'citizen_message',
      'bot_message',
      'webhook',
      'status',
      'status',
      'status',
    ]);
    const reported = harness.bot.statuses.filter((entry) => entry.id === reply.id);
    expect(reported.map((entry) => entry.status)).toEqual(['sent', 'delivered', 'read']);
    expect(reported[0]).toMatchObject({ recipient_id: RAVI, pricing: { category: 'service' } });
  });

  it('streams a message the fake Graph API accepted even when the bot sent it unprompted', async () => {
    const chat = await watch(RAVI);
    const response = await fetch(`${harness.server.origin}/graph/v21.0/${PHONE_NUMBER_ID}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(toSendBody(RAVI, textMessage('Your certificate is ready'))),
    });
    const { messages } = (await response.json()) as { messages: Array<{ id: string }> };
    const event = await chat.waitForBotText('Your certificate is ready');
    expect(event).toMatchObject({ id: messages[0]?.id, citizen: RAVI });
  });

  it('when a citizen taps a list row, then the webhook carries the row and quotes the list', async () => {
    const chat = await watch(RAVI);
    await send({ from: RAVI, kind: 'text', text: 'menu' });
    const list = await chat.waitFor((event) => event.kind === 'bot_message' && event.message.type === 'interactive');
    const tap = {
      kind: 'list_reply',
      id: 'row-2',
      title: 'Option 2',
      description: 'Row 2',
      replyTo: 'id' in list ? list.id : '',
    };
    expect((await send({ from: RAVI, ...tap })).status).toBe(200);
    expect(harness.bot.events.at(-1)?.message).toEqual({
      type: 'list_reply',
      id: 'row-2',
      title: 'Option 2',
      description: 'Row 2',
    });
    const tapPayload = harness.bot.payloads
      .map((payload) => JSON.stringify(payload))
      .filter((json) => json.includes('row-2'));
    expect(tapPayload.at(-1)).toContain(`"context":{"from":"918000000000","id":"${tap.replyTo}"}`);
    await chat.waitForBotText('You chose row-2');
  });

  it('when a citizen sends a photo, then the bot can download it through the Graph API, intact', async () => {
    const chat = await watch(RAVI);
    const photo = await (await fetch(simulatorUrl('/api/sample-photo.png'))).arrayBuffer();
    const upload = await fetch(simulatorUrl('/api/upload'), {
      method: 'POST',
      headers: { 'content-type': 'image/png' },
      body: photo,
    });
    expect(upload.status).toBe(201);
    const { mediaId } = (await upload.json()) as { mediaId: string };
    expect((await send({ from: RAVI, kind: 'image', mediaId, caption: 'Broken street light' })).status).toBe(200);
    expect(harness.bot.events.at(-1)?.message).toMatchObject({
      type: 'image',
      mimeType: 'image/png',
      caption: 'Broken street light',
    });
    await chat.waitForBotText(`Photo of ${photo.byteLength} bytes, intact`);
  });

  it('when the bot sends an uploaded PDF, then the chat shows the document and it downloads under its name', async () => {
    const chat = await watch(RAVI);
    await send({ from: RAVI, kind: 'text', text: 'certificate' });
    const event = await chat.waitFor((seen) => seen.kind === 'bot_message' && seen.message.type === 'document');
    if (event.kind !== 'bot_message' || event.message.type !== 'document') throw new Error('no document');
    expect(event.message.document).toMatchObject({ filename: 'INC-2025-00001.pdf', caption: 'Income Certificate' });
    const mediaId = event.message.document.id ?? '';
    const saved = await fetch(simulatorUrl(`/api/media/${mediaId}?download=1`));
    expect(saved.headers.get('content-type')).toBe('application/pdf');
    expect(saved.headers.get('content-disposition')).toMatch(/^attachment; filename="?INC-2025-00001\.pdf"?$/);
    expect(new Uint8Array(await saved.arrayBuffer())).toEqual(SAMPLE_PDF);
    const shown = await fetch(simulatorUrl(`/api/media/${mediaId}`));
    expect(shown.headers.get('content-disposition')).toBe('inline');
  });

  it('when the citizen hides their number, then the bot answers by recipient and the chat still shows it', async () => {
    const chat = await watch(ANITHA);
    await send({ from: ANITHA, kind: 'text', text: 'namaste' });
    expect(harness.bot.events.at(-1)?.citizenId).toBe(ANITHA);
    const reply = await chat.waitForBotText('You said: namaste');
    expect(harness.fake.sent.find((sent) => sent.id === reply.id)?.addressedBy).toBe('recipient');
  });

  it('when the bot refuses the webhook, then the send fails with 502 and the chat says so', async () => {
    const chat = await watch(RAVI);
    const { status, body } = await send({ from: RAVI, kind: 'text', text: 'fail' });
    expect(status).toBe(502);
    expect(body).toMatchObject({ error: { code: 'unavailable', message: 'the webhook answered 500' } });
    await chat.waitFor((event) => event.kind === 'webhook' && !event.ok && event.httpStatus === 500);
  });

  it('when the bot sends what Meta would refuse, then the chat shows the violation', async () => {
    const chat = await watch(RAVI);
    await send({ from: RAVI, kind: 'text', text: 'bad' });
    const violation = await chat.waitFor((event) => event.kind === 'violation');
    expect(violation).toMatchObject({
      code: 100,
      problems: ['interactive.action.sections[0].rows[0].title is 26 characters; the limit is 24'],
    });
    harness.fake.violations.splice(0);
  });

  it('refuses a send it cannot turn into a webhook, with the one error body', async () => {
    const { status, body } = await send({ from: 'ravi', kind: 'text', text: '' });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: 'validation_failed' } });
    const unknownMedia = await send({ from: RAVI, kind: 'image', mediaId: '42' });
    expect(unknownMedia.body).toMatchObject({ error: { code: 'bad_request', message: 'media 42 was not uploaded' } });
  });

  it('when a page reconnects, then it gets only what it missed', async () => {
    const first = await watch('918500012345');
    await send({ from: '918500012345', kind: 'text', text: 'one' });
    const seen = await first.waitForBotText('You said: one');
    first.close();
    await send({ from: '918500012345', kind: 'text', text: 'two' });
    const again = await watchEvents(simulatorUrl('/api/events?citizen=918500012345'), {
      'last-event-id': String(seen.seq),
    });
    watches.push(again);
    await again.waitForBotText('You said: two');
    expect(again.events.every((event) => event.seq > seen.seq)).toBe(true);
  });

  it('serves the page with its own assets and a strict content security policy', async () => {
    const page = await fetch(simulatorUrl(''));
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await page.text();
    expect(html).toContain('<script type="module" src="/simulator/client/app.js"></script>');
    const script = await fetch(simulatorUrl('/client/app.js'));
    expect(script.headers.get('content-type')).toContain('javascript');
    expect((await fetch(simulatorUrl('/client/tsconfig.json'))).status).toBe(404);
  });
});
