import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { documentMessage, textMessage } from '../whatsapp/outbound-builders';
import type { WireMessage } from '../whatsapp/outbound-types';
import { toSendBody } from '../whatsapp/send-body';
import { createFakeGraphApi } from './create-fake-graph-api';
import { listen, type Listening } from './testing/listen';

const TOKEN = 'test-token';
const PHONE_NUMBER_ID = '106540352242922';
const auth = { authorization: `Bearer ${TOKEN}` };

let clock = new Date('2025-11-14T05:30:00.000Z');
const fake = createFakeGraphApi({ accessToken: TOKEN, phoneNumberId: PHONE_NUMBER_ID, now: () => clock });
let server: Listening;
const graph = (path: string) => `${server.origin}/graph/v21.0/${path}`;

beforeAll(async () => {
  server = await listen({ '/graph': fake.router });
});
afterAll(() => server.close());
afterEach(() => {
  fake.reset();
  clock = new Date('2025-11-14T05:30:00.000Z');
});

async function send(message: WireMessage = textMessage('Namaskaram')) {
  const response = await fetch(graph(`${PHONE_NUMBER_ID}/messages`), {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify(toSendBody('919876543210', message)),
  });
  return { status: response.status, body: (await response.json()) as { error?: Record<string, unknown> } };
}

describe('fake Graph API: media', () => {
  const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);

  it('when the bot downloads media a citizen sent, then the URL and the bytes round-trip', async () => {
    const mediaId = fake.addMedia(photo, 'image/jpeg');
    const info = await fetch(graph(mediaId), { headers: auth });
    expect(info.status).toBe(200);
    const described = (await info.json()) as Record<string, unknown>;
    expect(described).toEqual({
      messaging_product: 'whatsapp',
      url: expect.stringContaining(`${server.origin}/graph/media-download/${mediaId}`),
      mime_type: 'image/jpeg',
      sha256: createHash('sha256').update(photo).digest('hex'),
      file_size: photo.byteLength,
      id: mediaId,
    });

    const withoutToken = await fetch(String(described.url));
    expect(withoutToken.status).toBe(401);
    const download = await fetch(String(described.url), { headers: auth });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/jpeg');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(photo);
  });

  it('when the media URL is older than five minutes, then it no longer downloads', async () => {
    const mediaId = fake.addMedia(photo, 'image/jpeg');
    const { url } = (await (await fetch(graph(mediaId), { headers: auth })).json()) as { url: string };
    clock = new Date(clock.getTime() + 5 * 60 * 1000 + 1);
    expect((await fetch(url, { headers: auth })).status).toBe(404);
  });

  it('when the media id is unknown or the token missing, then it refuses', async () => {
    const unknown = await fetch(graph('1234567890123456'), { headers: auth });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { error_subcode: number } }).error.error_subcode).toBe(33);
    const anonymous = await fetch(graph(fake.addMedia(photo, 'image/jpeg')));
    expect(anonymous.status).toBe(401);
  });

  it('when the bot uploads a PDF, then it can send it as a document by id', async () => {
    const form = new FormData();
    form.set('messaging_product', 'whatsapp');
    form.set('type', 'application/pdf');
    form.set(
      'file',
      new Blob([new TextEncoder().encode('%PDF-1.7 certificate')], { type: 'application/pdf' }),
      'c.pdf',
    );
    const upload = await fetch(graph(`${PHONE_NUMBER_ID}/media`), { method: 'POST', headers: auth, body: form });
    expect(upload.status).toBe(200);
    const { id } = (await upload.json()) as { id: string };
    expect(fake.getMedia(id)?.mimeType).toBe('application/pdf');
    expect((await send(documentMessage({ mediaId: id }, { filename: 'certificate.pdf' }))).status).toBe(200);
  });

  it('refuses an upload of a type the Cloud API does not take', async () => {
    const form = new FormData();
    form.set('messaging_product', 'whatsapp');
    form.set('type', 'application/zip');
    form.set('file', new Blob([new Uint8Array([1, 2, 3])]), 'x.zip');
    const upload = await fetch(graph(`${PHONE_NUMBER_ID}/media`), { method: 'POST', headers: auth, body: form });
    expect(upload.status).toBe(400);
    expect(fake.violations[0]?.problems).toEqual(['type "application/zip" is not a supported media type']);
  });
});

describe('fake Graph API: injected failures', () => {
  it.each([
    [131056, 400, '(#131056) (Business Account, Consumer Account) pair rate limit hit'],
    [130429, 400, '(#130429) Rate limit hit'],
    [131047, 400, '(#131047) Re-engagement message'],
    [131026, 400, '(#131026) Message undeliverable'],
    [80007, 400, '(#80007) Rate limit issues'],
    [4, 400, '(#4) Too many calls'],
    [131000, 500, '(#131000) Something went wrong'],
    [131016, 503, '(#131016) Service unavailable'],
  ])('failNext(%i) answers %i with the documented error, once', async (code, status, message) => {
    fake.failNext(code);
    const failed = await send();
    expect(failed.status).toBe(status);
    expect(failed.body.error).toMatchObject({
      message,
      type: 'OAuthException',
      code,
      error_data: { messaging_product: 'whatsapp', details: expect.any(String) },
      fbtrace_id: expect.any(String),
    });
    expect((await send()).status).toBe(200);
    expect(fake.sent).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  });

  it('failNext(code, times) fails that many sends in a row, and read receipts do not use them up', async () => {
    fake.failNext(131056, 2);
    const receipt = await fetch(graph(`${PHONE_NUMBER_ID}/messages`), {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.A1' }),
    });
    expect(receipt.status).toBe(200);
    expect([(await send()).status, (await send()).status, (await send()).status]).toEqual([400, 400, 200]);
  });

  it('a malformed message is refused as malformed even while failures are queued', async () => {
    fake.failNext(131056);
    expect((await send(textMessage('x'.repeat(5000)))).body.error).toMatchObject({ code: 100 });
    expect((await send()).body.error).toMatchObject({ code: 131056 });
  });
});
