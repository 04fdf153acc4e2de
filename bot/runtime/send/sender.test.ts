import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGraphClient } from '../graph/graph-client';
import { createBotRuntime } from '../runtime';
import { graphError, TOKEN } from '../testing/fake-graph-server';
import {
  CITIZEN,
  createRuntimeFixture,
  PHONE_NUMBER_ID,
  readable,
  type RuntimeFixture,
} from '../testing/runtime-fixture';

let fixture: RuntimeFixture;
beforeEach(async () => {
  fixture = await createRuntimeFixture();
});
afterEach(() => fixture.close());

const OTHER = '919000000002';

/** Each citizen says "Hi"; the replies (the language choice) are queued, not sent. */
async function queueReplies(...citizens: string[]): Promise<void> {
  for (const citizen of citizens) await fixture.receive(citizen, 'Hi');
  await fixture.runtime.processPending();
}

function outboundOf(citizenId: string) {
  return fixture.store.outbound.filter((record) => record.citizenId === citizenId);
}

describe('retries', () => {
  it.each([
    ['application request limit', graphError(4)],
    ['account rate limit', graphError(80007)],
    ['throughput limit', graphError(130429)],
    ['spam rate limit', graphError(131048)],
    ['pair rate limit', graphError(131056)],
    ['registration rate limit', graphError(133016)],
    ['server error with an error body', graphError(1, 503)],
  ])(
    'when the Cloud API answers with the %s, then the message is sent again after a backoff',
    async (_name, answer) => {
      fixture.graph.script(answer);
      await queueReplies(CITIZEN);
      expect(await fixture.runtime.sendPending()).toBe(1);
      const [record] = outboundOf(CITIZEN);
      expect(record).toMatchObject({ state: 'queued', attempts: 1 });
      expect(Date.parse(record?.notBefore ?? '')).toBeGreaterThan(fixture.clock.now.getTime());

      // Not before its time.
      expect(await fixture.runtime.sendPending()).toBe(0);
      fixture.clock.advance(10_000);
      await fixture.runtime.sendPending();
      expect(outboundOf(CITIZEN)[0]).toMatchObject({ state: 'sent', attempts: 2, waMessageId: 'wamid.out.1' });
      expect(fixture.graph.messages()).toHaveLength(2);
    },
  );

  it('when a message keeps failing, then it is given up after the last attempt', async () => {
    fixture.graph.script(graphError(130429), { times: 8 });
    await queueReplies(CITIZEN);
    for (let attempt = 0; attempt < 8; attempt += 1) {
      await fixture.runtime.sendPending();
      fixture.clock.advance(60 * 60_000);
    }
    expect(outboundOf(CITIZEN)[0]).toMatchObject({ state: 'failed', attempts: 8 });
    expect(outboundOf(CITIZEN)[0]?.lastError).toContain('gave up');
  });

  it('when the connection is refused before anything is sent, then the message is tried again', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const runtime = createBotRuntime({
      store: fixture.store,
      queue: fixture.queue,
      graph: createGraphClient({ graphUrl: `http://127.0.0.1:${port}/v21.0`, accessToken: TOKEN }),
      config: { phoneNumberId: PHONE_NUMBER_ID, messagesPerSecond: 100 },
      logger: fixture.logger,
      now: () => fixture.clock.now,
    });
    await queueReplies(CITIZEN);
    await runtime.sendPending();
    expect(outboundOf(CITIZEN)[0]).toMatchObject({ state: 'queued', attempts: 1 });
    expect(outboundOf(CITIZEN)[0]?.lastError).toContain('ECONNREFUSED');
  });
});

describe('a message is never sent twice', () => {
  it('when the connection drops after the request was written, then the outcome is unknown and it is not resent', async () => {
    fixture.graph.script({ hangUp: true });
    await queueReplies(CITIZEN);
    await fixture.runtime.sendPending();
    fixture.clock.advance(60 * 60_000);
    await fixture.runtime.sendPending();
    expect(fixture.graph.messages()).toHaveLength(1);
    expect(outboundOf(CITIZEN)[0]).toMatchObject({ state: 'failed', attempts: 1 });
    expect(outboundOf(CITIZEN)[0]?.lastError).toContain('unknown outcome');
  });

  it('when a 502 comes back without a Graph error body, then it is not resent either', async () => {
    fixture.graph.script({ status: 502, body: '<html>Bad gateway</html>' });
    await queueReplies(CITIZEN);
    await fixture.runtime.sendPending();
    fixture.clock.advance(60 * 60_000);
    await fixture.runtime.sendPending();
    expect(fixture.graph.messages()).toHaveLength(1);
    expect(outboundOf(CITIZEN)[0]?.state).toBe('failed');
  });

  it('when two processes send at once, then each message goes out once', async () => {
    await queueReplies(CITIZEN, OTHER, '919000000003');
    const another = fixture.another();
    await Promise.all([fixture.runtime.sendPending(), another.sendPending(), fixture.runtime.sendPending()]);
    expect(fixture.graph.messages()).toHaveLength(3);
  });
});

describe('errors that end a message', () => {
  it('when the number is not on WhatsApp (131026), then the message is undeliverable and not retried', async () => {
    fixture.graph.script(graphError(131026));
    await queueReplies(CITIZEN);
    await fixture.runtime.sendPending();
    fixture.clock.advance(60 * 60_000);
    await fixture.runtime.sendPending();
    expect(outboundOf(CITIZEN)[0]).toMatchObject({ state: 'undeliverable', attempts: 1 });
  });

  it('when the Cloud API refuses the message (another 4xx), then it failed', async () => {
    fixture.graph.script(graphError(100));
    await queueReplies(CITIZEN);
    await fixture.runtime.sendPending();
    expect(outboundOf(CITIZEN)[0]).toMatchObject({ state: 'failed', lastError: expect.stringContaining('100') });
  });
});

describe('the pair rate limit', () => {
  it('when one recipient is getting messages too fast (131056), then only that recipient waits, in order', async () => {
    await fixture.receive(CITIZEN, 'Hi', 'English');
    await fixture.receive(OTHER, 'Hi', 'English', 'help');
    await fixture.runtime.processPending();
    fixture.graph.script(graphError(131056), { when: (request) => request.body?.to === CITIZEN });

    await fixture.runtime.sendPending();
    // The other citizen's three messages went out at once, one after another: no pre-emptive slowing.
    expect(outboundOf(OTHER).map((record) => record.state)).toEqual(['sent', 'sent', 'sent']);
    expect(outboundOf(CITIZEN).map((record) => record.state)).toEqual(['queued', 'queued']);
    const wait = Date.parse(outboundOf(CITIZEN)[0]?.notBefore ?? '') - fixture.clock.now.getTime();
    expect(wait).toBe(6_000);

    fixture.clock.advance(6_000);
    await fixture.runtime.sendPending();
    expect(outboundOf(CITIZEN).map((record) => record.state)).toEqual(['sent', 'sent']);
    const toCitizen = fixture.graph
      .messages()
      .filter((body) => body.to === CITIZEN)
      .map(readable);
    expect(toCitizen[1]).toContain('Choose your language');
    expect(toCitizen[2]).toContain('How can Seva help you today?');
  });
});

describe('the 24-hour window', () => {
  it('when WhatsApp says the window closed (131047) for a notification, then its template is sent instead', async () => {
    const chat = fixture.chat(CITIZEN);
    await chat.say('Hi');
    const filed = await fixture.queue.fileRequest({
      id: '019a8000-0000-7000-8000-00000000000a',
      serviceId: 'rev.income-certificate',
      serviceRev: 7,
      secretariatCode: 'GNT-05-001',
      applicant: {},
      contact: { whatsappId: CITIZEN },
      filedAt: fixture.clock.now.toISOString(),
    });
    expect(filed.ok).toBe(true);
    fixture.queue.changeStatus('019a8000-0000-7000-8000-00000000000a', 'approved', fixture.clock.now.toISOString());
    fixture.graph.script(graphError(131047), { when: (request) => request.body?.type === 'text' });
    await fixture.runtime.followStatusChanges();
    await fixture.drain();
    const [text, template] = chat.received().slice(-2);
    expect(text?.type).toBe('text');
    expect(template).toMatchObject({ type: 'template', template: { name: 'seva_status_update' } });
    expect(fixture.store.outbound.at(-1)).toMatchObject({ state: 'sent' });
  });

  it('when a reply meets a closed window, then it fails: a reply has no template', async () => {
    fixture.graph.script(graphError(131047));
    await queueReplies(CITIZEN);
    await fixture.runtime.sendPending();
    expect(fixture.graph.messages()).toHaveLength(1);
    expect(outboundOf(CITIZEN)[0]?.state).toBe('failed');
  });
});

describe('the rate limit', () => {
  it('when twelve messages are due at once, then they go out no faster than the configured rate', async () => {
    const limited = await createRuntimeFixture({ config: { messagesPerSecond: 20, sendBurst: 1 } });
    try {
      const citizens = Array.from({ length: 12 }, (_, index) => `91900000${String(index).padStart(4, '0')}`);
      for (const citizen of citizens) await limited.receive(citizen, 'Hi');
      await limited.runtime.processPending();
      const started = performance.now();
      await limited.runtime.sendPending();
      const elapsed = performance.now() - started;
      expect(limited.graph.messages()).toHaveLength(12);
      // Eleven gaps of 50 ms after the first.
      expect(elapsed).toBeGreaterThanOrEqual(540);
      expect(elapsed).toBeLessThan(3_000);
    } finally {
      await limited.close();
    }
  });
});

describe('opted-out citizens', () => {
  it('when a citizen sends STOP before earlier replies went out, then those replies are dropped, not sent', async () => {
    await fixture.receive(CITIZEN, 'Hi', 'English', 'help', 'STOP');
    await fixture.runtime.processPending();
    await fixture.runtime.sendPending();
    expect(fixture.graph.messages()).toEqual([]);
    expect(outboundOf(CITIZEN).map((record) => [record.state, record.lastError])).toEqual([
      ['failed', 'opted out'],
      ['failed', 'opted out'],
      ['failed', 'opted out'],
    ]);
  });
});
