import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  buttonsMessage,
  documentMessage,
  listMessage,
  templateMessage,
  textMessage,
} from '../whatsapp/outbound-builders';
import { toSendBody } from '../whatsapp/send-body';
import { createFakeGraphApi } from './create-fake-graph-api';
import { listen, type Listening } from './testing/listen';
import type { FakeSentMessage } from './types';

const TOKEN = 'test-token';
const PHONE_NUMBER_ID = '106540352242922';
const CITIZEN = '919876543210';

const fake = createFakeGraphApi({
  accessToken: TOKEN,
  phoneNumberId: PHONE_NUMBER_ID,
  templates: [{ name: 'request_status', language: 'en', body: 'Request {{1}} for {{2}} is now {{3}}.' }],
});
let server: Listening;

beforeAll(async () => {
  server = await listen({ '/fake-graph': fake.router });
});
afterAll(() => server.close());
afterEach(() => fake.reset());

async function post(body: unknown, init: { token?: string | null; phoneNumberId?: string; raw?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = init.token === undefined ? TOKEN : init.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${server.origin}/fake-graph/v21.0/${init.phoneNumberId ?? PHONE_NUMBER_ID}/messages`, {
    method: 'POST',
    headers,
    body: init.raw ?? JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GraphBody };
}

/** Either side of a Graph API answer, loosely: each test reads the half it expects. */
interface GraphBody {
  error: { message: string; type: string; code: number; error_subcode?: number; error_data: { details: string } };
  contacts: unknown;
  messages: Array<{ id: string }>;
}

const rows = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `1|service|${index}`, title: `Service ${index + 1}` }));
const validList = () => listMessage('Choose a service', 'Services', rows(3), { header: 'Revenue', footer: 'Seva' });
const validButtons = () =>
  buttonsMessage('Apply now?', [
    { id: '1|apply|x', title: 'Apply' },
    { id: '1|menu|', title: 'Main menu' },
  ]);

describe('fake Graph API: sending messages', () => {
  it('when the bot sends a valid text, then it answers like the Cloud API and records it', async () => {
    const emitted: FakeSentMessage[] = [];
    fake.events.on('message', (message) => emitted.push(message));
    const { status, body } = await post(toSendBody(CITIZEN, textMessage('Namaskaram')));
    expect(status).toBe(200);
    expect(body).toEqual({
      messaging_product: 'whatsapp',
      contacts: [{ input: CITIZEN, wa_id: CITIZEN }],
      messages: [{ id: expect.stringMatching(/^wamid\./) }],
    });
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]).toMatchObject({
      id: body.messages[0]?.id,
      citizen: CITIZEN,
      addressedBy: 'to',
      message: { type: 'text', text: { body: 'Namaskaram' } },
    });
    expect(emitted).toEqual(fake.sent);
    expect(fake.violations).toEqual([]);
    fake.events.removeAllListeners('message');
  });

  it.each([
    ['a list', validList()],
    ['reply buttons', validButtons()],
    [
      'a document by link',
      documentMessage({ link: 'https://seva.example/c/1.pdf' }, { filename: 'c.pdf', caption: 'Yours' }),
    ],
    ['a template', templateMessage('request_status', 'en', ['SEVA-1', 'Income certificate', 'approved'])],
    ['a Telugu text', textMessage('నమస్కారం! మీ దరఖాస్తు స్వీకరించబడింది.')],
  ])('accepts %s built by the bot', async (_name, message) => {
    const { status, body } = await post(toSendBody(CITIZEN, message));
    expect(status, JSON.stringify(body)).toBe(200);
    expect(fake.sent[0]?.message).toEqual(message);
  });

  it('accepts a document by an uploaded media id', async () => {
    const mediaId = fake.addMedia(new TextEncoder().encode('%PDF-1.7'), 'application/pdf');
    const { status } = await post(toSendBody(CITIZEN, documentMessage({ mediaId }, { filename: 'income.pdf' })));
    expect(status).toBe(200);
  });

  it('when a citizen hides their number, then it accepts recipient and answers with user_id', async () => {
    const { status, body } = await post(toSendBody('IN.1648738043044942', textMessage('hi')));
    expect(status).toBe(200);
    expect(body.contacts).toEqual([{ input: 'IN.1648738043044942', user_id: 'IN.1648738043044942' }]);
    expect(fake.sent[0]).toMatchObject({ citizen: 'IN.1648738043044942', addressedBy: 'recipient' });
  });

  it('accepts a template send with message_status accepted', async () => {
    const message = templateMessage('request_status', 'en', ['SEVA-1', 'Income certificate', 'approved']);
    const { body } = await post(toSendBody(CITIZEN, message));
    expect(body.messages).toEqual([{ id: expect.stringMatching(/^wamid\./), message_status: 'accepted' }]);
  });

  it('accepts a read receipt with a typing indicator', async () => {
    const { status, body } = await post({
      messaging_product: 'whatsapp',
      status: 'read',
      message_id: 'wamid.A1',
      typing_indicator: { type: 'text' },
    });
    expect(status).toBe(200);
    expect(body).toEqual({ success: true });
    expect(fake.readReceipts).toMatchObject([{ messageId: 'wamid.A1', typingIndicator: true }]);
    expect(fake.sent).toEqual([]);
  });
});

describe('fake Graph API: refusing what Meta refuses', () => {
  const list = validList();
  const button = (id: string, title = id) => ({ id, title });
  const withRows = (content: Parameters<typeof listMessage>[2]) =>
    toSendBody(CITIZEN, listMessage('Choose a service', 'Services', content));

  it.each([
    [
      'a 25-character row title',
      withRows([{ id: 'a', title: 'x'.repeat(25) }]),
      'interactive.action.sections[0].rows[0].title is 25 characters; the limit is 24',
    ],
    ['eleven rows', withRows(rows(11)), 'interactive has 11 rows; the limit is 10'],
    [
      'a 73-character row description',
      withRows([{ id: 'a', title: 'A', description: 'd'.repeat(73) }]),
      'interactive.action.sections[0].rows[0].description is 73 characters; the limit is 72',
    ],
    [
      'two rows with one id',
      withRows([button('a', 'A'), button('a', 'B')]),
      'interactive.action.sections[0].rows[1].id "a" is used twice',
    ],
    [
      'two sections without titles',
      withRows([{ rows: rows(1) }, { rows: [button('other', 'Other')] }]),
      'interactive.action.sections[0].title is empty',
    ],
    [
      'a 1025-character list body',
      toSendBody(CITIZEN, listMessage('b'.repeat(1025), 'Services', rows(2))),
      'interactive.body.text is 1025 characters; the limit is 1024',
    ],
    [
      'a 21-character list button',
      toSendBody(CITIZEN, listMessage('Choose', 'B'.repeat(21), rows(2))),
      'interactive.action.button is 21 characters; the limit is 20',
    ],
    [
      'four reply buttons',
      toSendBody(
        CITIZEN,
        buttonsMessage(
          'Apply?',
          ['a', 'b', 'c', 'd'].map((id) => button(id)),
        ),
      ),
      'interactive.action.buttons has 4 buttons; the limit is 3',
    ],
    [
      'a 21-character button title',
      toSendBody(CITIZEN, buttonsMessage('Apply?', [button('a', 'T'.repeat(21))])),
      'interactive.action.buttons[0].reply.title is 21 characters; the limit is 20',
    ],
    [
      'two buttons with one title',
      toSendBody(CITIZEN, buttonsMessage('Apply?', [button('a', 'Yes'), button('b', 'Yes')])),
      'interactive.action.buttons[1].reply.title is used twice',
    ],
    [
      'a 1025-character button body',
      toSendBody(CITIZEN, buttonsMessage('b'.repeat(1025), [button('a')])),
      'interactive.body.text is 1025 characters; the limit is 1024',
    ],
    [
      'a 61-character header',
      toSendBody(CITIZEN, buttonsMessage('Apply?', [button('a')], { header: 'h'.repeat(61) })),
      'interactive.header.text is 61 characters; the limit is 60',
    ],
    [
      'a 4097-character text',
      toSendBody(CITIZEN, textMessage('t'.repeat(4097))),
      'text.body is 4097 characters; the limit is 4096',
    ],
    [
      'an unknown top-level field',
      { ...toSendBody(CITIZEN, textMessage('hi')), priority: 'high' },
      'priority is not a documented field here',
    ],
    [
      'an unknown nested field',
      {
        ...toSendBody(CITIZEN, list),
        interactive: {
          ...list.interactive,
          action: { button: 'Services', sections: [{ rows: [{ id: 'a', title: 'A', image: 'x.png' }] }] },
        },
      },
      'interactive.action.sections[0].rows[0].image is not a documented field here',
    ],
    [
      'a content object of another type',
      { ...toSendBody(CITIZEN, textMessage('hi')), interactive: list.interactive },
      'interactive is not a documented field here',
    ],
    [
      'no addressee',
      { messaging_product: 'whatsapp', type: 'text', text: { body: 'hi' } },
      'to (a phone number) or recipient (a business-scoped user id) is required',
    ],
    [
      'a malformed phone number',
      { ...toSendBody(CITIZEN, textMessage('hi')), to: 'ravi' },
      'to "ravi" is not a phone number',
    ],
    [
      'a wrong messaging_product',
      { ...toSendBody(CITIZEN, textMessage('hi')), messaging_product: 'sms' },
      'messaging_product: Invalid input: expected "whatsapp"',
    ],
    [
      'an unmodelled message type',
      { messaging_product: 'whatsapp', to: CITIZEN, type: 'image', image: { link: 'https://x/y.jpg' } },
      'type "image" is not modelled by the fake Graph API',
    ],
    [
      'a document with both id and link',
      {
        ...toSendBody(CITIZEN, textMessage('')),
        type: 'document',
        text: undefined,
        document: { id: '1', link: 'https://x/y.pdf' },
      },
      'document needs exactly one of id and link',
    ],
    [
      'a document by a media id nobody uploaded',
      toSendBody(CITIZEN, documentMessage({ mediaId: '1234567890' })),
      'document.id "1234567890" was never uploaded to this phone number',
    ],
    [
      'a template parameter with a line break',
      toSendBody(CITIZEN, templateMessage('request_status', 'en', ['SEVA-1', 'Income\ncertificate', 'approved'])),
      'template.components[0].parameters[1].text has a line break',
    ],
    ['a read receipt without message_id', { messaging_product: 'whatsapp', status: 'read' }, 'message_id is required'],
  ])('refuses %s with 400, code 100 and the path, and records a violation', async (_name, body, problem) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ type: 'OAuthException', code: 100 });
    expect(response.body.error.message).toContain(problem);
    expect(response.body.error.error_data.details).toContain(problem);
    expect(fake.violations).toHaveLength(1);
    expect(fake.violations[0]?.problems.join('\n')).toContain(problem);
    expect(fake.sent).toEqual([]);
  });

  it('when the bot sends no bearer token or a wrong one, then it answers 401 with code 190', async () => {
    for (const token of [null, 'wrong-token']) {
      const { status, body } = await post(toSendBody(CITIZEN, textMessage('hi')), { token });
      expect(status).toBe(401);
      expect(body.error).toMatchObject({ type: 'OAuthException', code: 190, fbtrace_id: expect.any(String) });
    }
    expect(fake.violations.map((violation) => violation.status)).toEqual([401, 401]);
  });

  it('when the bot posts to another phone number id, then the Graph API does not know the object', async () => {
    const { status, body } = await post(toSendBody(CITIZEN, textMessage('hi')), { phoneNumberId: '999' });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 100, error_subcode: 33, type: 'GraphMethodException' });
    expect(fake.violations).toHaveLength(1);
  });

  it('refuses a body that is not JSON', async () => {
    const { status, body } = await post(undefined, { raw: '{"messaging_product":' });
    expect(status).toBe(400);
    expect(body.error.message).toContain('the body is not valid JSON');
  });

  it('refuses a template that is not approved, or given the wrong number of parameters', async () => {
    const missing = await post(toSendBody(CITIZEN, templateMessage('request_status', 'te', ['a', 'b', 'c'])));
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe(132001);
    const short = await post(toSendBody(CITIZEN, templateMessage('request_status', 'en', ['a', 'b'])));
    expect(short.status).toBe(400);
    expect(short.body.error.code).toBe(132000);
    expect(fake.violations.map((violation) => violation.code)).toEqual([132001, 132000]);
  });
});
