import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { MemoryBotStore } from '../runtime/testing/memory-bot-store';
import { createTestLogger } from '../runtime/testing/test-logger';
import { createWebhookRouter, WEBHOOK_PATH } from './router';
import { APP_SECRET, sign, statusWebhook, textWebhook, VERIFY_TOKEN } from './testing/webhook-payloads';

let server: Server;
let base: string;
let store: MemoryBotStore;
let onInbound: Mock<() => void>;

beforeEach(async () => {
  store = new MemoryBotStore();
  onInbound = vi.fn<() => void>();
  const app = express();
  // The host's own JSON parser, skipping the webhook path as the host must.
  app.use((request, response, next) =>
    request.path === WEBHOOK_PATH ? next() : express.json()(request, response, next),
  );
  app.use(
    createWebhookRouter({
      store,
      appSecret: APP_SECRET,
      verifyToken: VERIFY_TOKEN,
      logger: createTestLogger(),
      now: () => new Date('2025-11-14T05:30:01Z'),
      onInbound,
    }),
  );
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${WEBHOOK_PATH}`;
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function post(body: string, headers: Record<string, string> = {}) {
  return fetch(base, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

describe('webhook signature', () => {
  const raw = textWebhook('919876543210', 'wamid.A1', 'Hi');

  it('when the signature is right, then the message is stored and 200 comes back', async () => {
    const response = await post(raw, { 'x-hub-signature-256': sign(raw) });
    expect(response.status).toBe(200);
    expect(store.inbound).toHaveLength(1);
    expect(store.inbound[0]).toMatchObject({
      messageId: 'wamid.A1',
      citizenId: '919876543210',
      receivedAt: '2025-11-14T05:30:01.000Z',
      event: { kind: 'message', message: { type: 'text', text: 'Hi' } },
    });
    expect(onInbound).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['missing', {}],
    ['wrong', { 'x-hub-signature-256': sign(raw, 'another-secret') }],
    ['malformed', { 'x-hub-signature-256': 'sha256=xyz' }],
  ])('when the signature is %s, then 401 with the error body and nothing is stored', async (_name, headers) => {
    const response = await post(raw, headers);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    expect(store.inbound).toEqual([]);
    expect(onInbound).not.toHaveBeenCalled();
  });

  it('when the body was changed after signing, then 401 and nothing is stored', async () => {
    const tampered = raw.replace('Hi', 'Hello');
    const response = await post(tampered, { 'x-hub-signature-256': sign(raw) });
    expect(response.status).toBe(401);
    expect(store.inbound).toEqual([]);
  });

  it('when the same bytes are re-serialised differently, then the signature no longer matches: the raw body is what is checked', async () => {
    const pretty = JSON.stringify(JSON.parse(raw), null, 2);
    expect((await post(pretty, { 'x-hub-signature-256': sign(raw) })).status).toBe(401);
  });
});

describe('webhook verification', () => {
  it('when Meta subscribes with the right token, then the challenge is echoed as text', async () => {
    const response = await fetch(
      `${base}?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('1158201444');
  });

  it.each([
    ['a wrong token', `hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1`],
    ['no mode', `hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1`],
    ['a repeated token', `hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.verify_token=x&hub.challenge=1`],
  ])('when the check comes with %s, then 403 with the error body', async (_name, query) => {
    const response = await fetch(`${base}?${query}`);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
  });
});

describe('hostile or broken deliveries', () => {
  it('when a signed body is not JSON, then 400 with the error body', async () => {
    const response = await post('{not json', { 'x-hub-signature-256': sign('{not json') });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'bad_request' } });
  });

  it('when the body is larger than 1 MB, then 413 with the error body', async () => {
    const big = 'a'.repeat(1024 * 1024 + 10);
    const response = await post(big, { 'x-hub-signature-256': sign(big) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('when the body is compressed, then 415 with the error body', async () => {
    const response = await post('x', { 'content-encoding': 'gzip', 'x-hub-signature-256': sign('x') });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
  });

  it('when a signed payload is not a WhatsApp webhook, then it is acknowledged and nothing is stored', async () => {
    const raw = JSON.stringify({ object: 'page', entry: [] });
    expect((await post(raw, { 'x-hub-signature-256': sign(raw) })).status).toBe(200);
    expect(store.inbound).toEqual([]);
  });

  it('when the store cannot take the message, then 503 so Meta delivers it again', async () => {
    store.addInbound = () => Promise.reject(new Error('database is down'));
    const raw = textWebhook('919876543210', 'wamid.A2', 'Hi');
    const response = await post(raw, { 'x-hub-signature-256': sign(raw) });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: 'unavailable' } });
  });

  it('when another method is used, then 405 with the error body', async () => {
    const response = await fetch(base, { method: 'PUT' });
    expect(response.status).toBe(405);
    expect(await response.json()).toMatchObject({ error: { code: 'bad_request' } });
  });
});

describe('deliveries', () => {
  it('when the same webhook arrives three times, then one event is stored and the processor is nudged once', async () => {
    const raw = textWebhook('919876543210', 'wamid.A3', 'Hi');
    for (let times = 0; times < 3; times += 1) {
      expect((await post(raw, { 'x-hub-signature-256': sign(raw) })).status).toBe(200);
    }
    expect(store.inbound).toHaveLength(1);
    expect(onInbound).toHaveBeenCalledTimes(1);
  });

  it('when delivery statuses arrive, then they are recorded', async () => {
    const raw = statusWebhook('wamid.out.1', 'delivered', '919876543210');
    expect((await post(raw, { 'x-hub-signature-256': sign(raw) })).status).toBe(200);
    expect(store.statuses).toEqual([
      {
        waMessageId: 'wamid.out.1',
        status: 'delivered',
        timestamp: '2025-11-14T05:30:00.000Z',
        recipientId: '919876543210',
      },
    ]);
  });
});
