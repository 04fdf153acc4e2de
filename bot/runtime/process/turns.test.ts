import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { referenceFromId } from '../../../shared/ids';
import { AADHAAR } from '../../conversation/testing/scripts';
import { deterministicUuidV7 } from '../deterministic-id';
import { CITIZEN, createRuntimeFixture, readable, type Chat, type RuntimeFixture } from '../testing/runtime-fixture';

let fixture: RuntimeFixture;
beforeEach(async () => {
  fixture = await createRuntimeFixture();
});
afterEach(() => fixture.close());

/** From "Hi" to the income certificate's summary, the way a citizen does it. */
async function upToTheSummary(chat: Chat): Promise<void> {
  await chat.say('Hi');
  await chat.tap('English');
  await chat.say('income certificate');
  await chat.tap('Income Certificate');
  await chat.tap('Apply');
  await chat.tap('I agree');
  for (const place of ['Guntur', 'Tenali', 'Kolakaluru']) await chat.say(place);
  for (const answer of ['Ravi Kumar', 'Venkata Rao']) await chat.say(answer);
  await chat.tap('Male');
  for (const answer of ['15/08/1990', AADHAAR, '98765 43210', '4-12/1, Gandhi Street', 'Tenali', '522 201']) {
    await chat.say(answer);
  }
  await chat.say('1,20,000');
  await chat.say('Scholarship');
  await chat.tap('Skip');
  expect(chat.lastText()).toContain('Is everything correct?');
}

/** The id the engine's first `newId()` gets while processing the latest stored event. */
function firstIdOfLatestEvent(): string {
  const record = fixture.store.inbound.at(-1);
  if (!record) throw new Error('nothing received');
  const sent = Date.parse((record.event as { timestamp: string }).timestamp);
  return deterministicUuidV7(`${record.messageId}\u00000`, sent);
}

describe('a conversation through the runtime', () => {
  it('when a citizen applies on WhatsApp, then the queue files one request under a deterministic id and the reference is sent', async () => {
    const chat = fixture.chat(CITIZEN);
    await upToTheSummary(chat);
    await chat.tap('Confirm');

    const id = firstIdOfLatestEvent();
    expect(fixture.queue.fileRequestCalls).toHaveLength(1);
    expect(fixture.queue.fileRequestCalls[0]).toMatchObject({
      id,
      serviceId: 'rev.income-certificate',
      serviceRev: 7,
      secretariatCode: 'GNT-05-001',
      contact: { whatsappId: CITIZEN, mobile: '9876543210' },
      applicant: { applicantName: 'Ravi Kumar', annualIncome: 120000 },
    });
    const texts = chat.received().slice(-2).map(readable);
    expect(texts[0]).toBe('Submitting your application…');
    expect(texts[1]).toContain(`\`\`\`${referenceFromId(id)}\`\`\``);
    // Every message the engine produced was sent, each once.
    expect(fixture.store.outbound.every((record) => record.state === 'sent')).toBe(true);
    expect(chat.received()).toHaveLength(fixture.store.outbound.length);
  });

  it('when the process dies before the turn is committed, then the redone turn files the same id and the queue holds one request', async () => {
    const chat = fixture.chat(CITIZEN);
    await upToTheSummary(chat);
    fixture.store.crashNextCommit = true;
    await expect(chat.tap('Confirm')).resolves.toBeUndefined();
    expect(fixture.queue.fileRequestCalls).toHaveLength(1);
    expect(fixture.logger.entries.some((entry) => entry.message === 'processing failed; will retry')).toBe(true);

    // The next round (here, or in another process) plays the same event again.
    await fixture.drain(fixture.another());
    const id = firstIdOfLatestEvent();
    expect(fixture.queue.fileRequestCalls.map((call) => call.id)).toEqual([id, id]);
    expect(fixture.queue.requests.size).toBe(1);
    const references = chat.received().filter((body) => readable(body).includes(referenceFromId(id)));
    expect(references).toHaveLength(1);
  });

  it('when the session moves while a turn runs, then the turn is played again from the new session and committed once', async () => {
    const chat = fixture.chat(CITIZEN);
    await chat.say('Hi');
    fixture.store.beforeNextCommit = () => fixture.store.touchSession(CITIZEN);
    await chat.tap('English');
    expect(fixture.logger.entries.map((entry) => entry.message)).toContain(
      'session moved while the event was processed; playing it again',
    );
    expect(fixture.store.commits.filter((commit) => commit.inboundSeq === 2)).toHaveLength(1);
    expect(chat.lastText()).toContain('How can Seva help you today?');
  });
});

describe('one message at a time per citizen', () => {
  it('when a citizen sends messages in quick succession to two processes, then each is processed once, in order, and the replies go out in order', async () => {
    const first = fixture.chat(CITIZEN);
    const second = fixture.chat('919000000002');
    for (const chat of [first, second]) {
      await chat.say('Hi');
      await chat.tap('English');
    }
    const before = { first: first.received().length, second: second.received().length };
    await fixture.receive(CITIZEN, 'help', 'language', 'English', 'help', 'menu');
    await fixture.receive('919000000002', 'help', 'menu');

    const processes = [fixture.runtime, fixture.another()];
    for (let round = 0; round < 10; round += 1) {
      await Promise.all(processes.map((process) => process.processPending()));
      await Promise.all(processes.map((process) => process.sendPending()));
    }

    const seqs = fixture.store.commits.map((commit) => commit.inboundSeq);
    expect(new Set(seqs).size).toBe(seqs.length);
    const ofFirst = fixture.store.commits.filter((commit) => commit.citizenId === CITIZEN).map((c) => c.inboundSeq);
    expect(ofFirst).toEqual([...ofFirst].sort((a, b) => a - b));
    const replies = first.received().slice(before.first).map(readable);
    expect(replies).toHaveLength(5);
    expect(replies[0]).toContain('How to use Seva');
    expect(replies[1]).toContain('Choose your language');
    expect(replies[2]).toContain('How can Seva help you today?');
    expect(replies[3]).toContain('How to use Seva');
    expect(replies[4]).toContain('How can Seva help you today?');
    expect(second.received().slice(before.second).map(readable)[0]).toContain('How to use Seva');
  });
});

describe('leases', () => {
  it('when another process holds a citizen, then this one leaves them alone until the lease runs out', async () => {
    await fixture.receive(CITIZEN, 'Hi');
    const now = fixture.clock.now.getTime();
    const until = new Date(now + 30_000).toISOString();
    expect(await fixture.store.leaseCitizen(CITIZEN, 'another-process', fixture.clock.now.toISOString(), until)).toBe(
      true,
    );
    expect(await fixture.runtime.processPending()).toBe(0);
    fixture.clock.advance(30_000);
    expect(await fixture.runtime.processPending()).toBe(1);
    // Released after the work: the next process may take the citizen at once.
    expect(await fixture.store.leaseCitizen(CITIZEN, 'another-process', fixture.clock.now.toISOString(), until)).toBe(
      true,
    );
  });
});

describe('read receipts', () => {
  it('when a text arrives, then it is marked read with the typing indicator while the reply is made', async () => {
    await fixture.chat(CITIZEN).say('Hi');
    await vi.waitFor(() => expect(fixture.graph.readReceipts()).toHaveLength(1));
    expect(fixture.graph.readReceipts()[0]).toEqual({
      messaging_product: 'whatsapp',
      status: 'read',
      message_id: 'wamid.in.1',
      typing_indicator: { type: 'text' },
    });
  });

  it('when the read receipt fails, then the reply still goes out and the failure is only logged', async () => {
    fixture.graph.script(
      { status: 500, body: { error: { code: 1, message: 'boom' } } },
      {
        when: (request) => request.body?.status === 'read',
      },
    );
    const chat = fixture.chat(CITIZEN);
    await chat.say('Hi');
    expect(chat.lastText()).toContain('Choose your language');
    await vi.waitFor(() =>
      expect(fixture.logger.entries.map((entry) => entry.message)).toContain('read receipt failed'),
    );
  });

  it('when the citizen sends STOP, then no read receipt or typing indicator goes back', async () => {
    const chat = fixture.chat(CITIZEN);
    await chat.say('Hi');
    await chat.say('STOP');
    await fixture.runtime.stop();
    expect(fixture.graph.readReceipts().map((receipt) => receipt.message_id)).toEqual(['wamid.in.1']);
  });
});
