import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBot, WEBHOOK_PATH, type Bot } from './index';
import { FakeGraphServer, TOKEN } from './runtime/testing/fake-graph-server';
import { MemoryBotStore } from './runtime/testing/memory-bot-store';
import { MemoryRequestQueue } from './runtime/testing/memory-request-queue';
import { createTestLogger } from './runtime/testing/test-logger';
import { APP_SECRET, sign, textWebhook, VERIFY_TOKEN } from './webhook/testing/webhook-payloads';

let graph: FakeGraphServer;
let server: Server;
let bot: Bot;
let store: MemoryBotStore;
let url: string;

beforeEach(async () => {
  graph = await FakeGraphServer.start();
  store = new MemoryBotStore();
  bot = createBot({
    store,
    queue: new MemoryRequestQueue(),
    config: {
      appSecret: APP_SECRET,
      verifyToken: VERIFY_TOKEN,
      accessToken: TOKEN,
      phoneNumberId: '106540352242922',
      graphUrl: graph.url,
    },
    logger: createTestLogger(),
  });
  const app = express();
  app.use((request, response, next) =>
    request.path === WEBHOOK_PATH ? next() : express.json()(request, response, next),
  );
  app.use(bot.router);
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${WEBHOOK_PATH}`;
  bot.start();
});

afterEach(async () => {
  await bot.stop();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await graph.close();
});

describe('the bot as the server mounts it', () => {
  it('when a webhook is delivered three times, then one message is stored and one reply is sent, promptly', async () => {
    const raw = textWebhook('919876543210', 'wamid.E2E1', 'Hi', new Date());
    for (let times = 0; times < 3; times += 1) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(raw) },
        body: raw,
      });
      expect(response.status).toBe(200);
    }
    await vi.waitFor(() => expect(graph.messages()).toHaveLength(1), { timeout: 3_000 });
    expect(graph.messages()[0]).toMatchObject({ to: '919876543210', type: 'interactive' });
    await vi.waitFor(() => expect(graph.readReceipts()).toHaveLength(1));
    // Nothing more follows.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(store.inbound).toHaveLength(1);
    expect(graph.messages()).toHaveLength(1);
  });

  it('when stopped, then the work in flight finishes and nothing runs afterwards', async () => {
    const raw = textWebhook('919876543210', 'wamid.E2E2', 'Hi', new Date());
    await fetch(url, { method: 'POST', headers: { 'x-hub-signature-256': sign(raw) }, body: raw });
    await bot.stop();
    const sent = graph.messages().length;
    await store.addInbound([
      { messageId: 'late', citizenId: '919000000009', receivedAt: new Date().toISOString(), event: {} },
    ]);
    bot.runtime.nudge();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(graph.messages()).toHaveLength(sent);
    expect(store.inbound.find((record) => record.messageId === 'late')?.processed).toBe(false);
  });
});

describe('configuration', () => {
  it('when a setting is wrong, then createBot says which', () => {
    expect(() =>
      createBot({
        store,
        queue: new MemoryRequestQueue(),
        config: { appSecret: '', verifyToken: 'v', accessToken: 't', phoneNumberId: 'abc', graphUrl: 'not a url' },
        logger: createTestLogger(),
      }),
    ).toThrow(/appSecret.*phoneNumberId.*graphUrl/);
  });
});
