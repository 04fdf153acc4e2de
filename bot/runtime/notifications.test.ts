import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STATUS_CURSOR } from './notifications';
import { CITIZEN, createRuntimeFixture, readable, type RuntimeFixture } from './testing/runtime-fixture';

let fixture: RuntimeFixture;
beforeEach(async () => {
  fixture = await createRuntimeFixture();
});
afterEach(() => fixture.close());

const REQUEST_ID = '019a8000-0000-7000-8000-0000000000b1';

async function fileFor(citizenId: string): Promise<void> {
  await fixture.queue.fileRequest({
    id: REQUEST_ID,
    serviceId: 'rev.income-certificate',
    serviceRev: 7,
    secretariatCode: 'GNT-05-001',
    applicant: {},
    contact: { whatsappId: citizenId },
    filedAt: fixture.clock.now.toISOString(),
  });
}

async function notify(): Promise<void> {
  await fixture.runtime.followStatusChanges();
  await fixture.drain();
}

describe('status notifications', () => {
  it('when a request changes status within 24 hours of the citizen writing, then the notification is free text', async () => {
    const chat = fixture.chat(CITIZEN);
    await chat.say('Hi');
    await chat.tap('English');
    await fileFor(CITIZEN);
    fixture.clock.advance(2 * 60 * 60_000);
    fixture.queue.changeStatus(
      REQUEST_ID,
      'needs_info',
      fixture.clock.now.toISOString(),
      'Please bring your ration card.',
    );
    await notify();
    const text = chat.lastText();
    expect(text).toContain('🔔 Update on your application for *Income Certificate*');
    expect(text).toContain('Status: *More information needed*');
    expect(text).toContain('Note from the office: Please bring your ration card.');
    expect(fixture.store.inbound.at(-1)?.messageId).toBe(`status:${REQUEST_ID}:1`);
  });

  it('when the citizen last wrote more than 24 hours ago, then the approved template is sent', async () => {
    const chat = fixture.chat(CITIZEN);
    await chat.say('Hi');
    await chat.tap('English');
    await fileFor(CITIZEN);
    fixture.clock.advance(25 * 60 * 60_000);
    fixture.queue.changeStatus(REQUEST_ID, 'approved', fixture.clock.now.toISOString());
    await notify();
    const [template] = chat.received().slice(-1);
    expect(template).toMatchObject({
      type: 'template',
      to: CITIZEN,
      template: {
        name: 'seva_status_update',
        language: { code: 'en' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text' },
              { type: 'text', text: 'Income Certificate' },
              { type: 'text', text: 'Approved' },
            ],
          },
        ],
      },
    });
  });

  it('when the same changes are read again after a crash, then the citizen is told once', async () => {
    await fileFor(CITIZEN);
    fixture.queue.changeStatus(REQUEST_ID, 'received', fixture.clock.now.toISOString());
    await notify();
    await fixture.store.setCursor(STATUS_CURSOR, 0);
    await notify();
    await notify();
    expect(fixture.graph.messages()).toHaveLength(1);
    // A citizen the bot never spoke to gets the template, in Telugu unless the request says otherwise.
    expect(readable(fixture.graph.messages()[0] ?? {})).toBe('template:seva_status_update');
  });

  it('when the citizen has opted out, then no notification is sent', async () => {
    const chat = fixture.chat(CITIZEN);
    await chat.say('Hi');
    await chat.tap('English');
    await chat.say('STOP');
    const before = chat.received().length;
    await fileFor(CITIZEN);
    fixture.queue.changeStatus(REQUEST_ID, 'approved', fixture.clock.now.toISOString());
    fixture.clock.advance(30 * 60 * 60_000);
    fixture.queue.changeStatus(REQUEST_ID, 'issued', fixture.clock.now.toISOString());
    await notify();
    expect(chat.received()).toHaveLength(before);
    expect(fixture.store.outbound).toHaveLength(before);
  });

  it('when a request has no WhatsApp contact, then nothing is queued and the cursor still moves on', async () => {
    await fixture.queue.fileRequest({
      id: REQUEST_ID,
      serviceId: 'rev.income-certificate',
      serviceRev: 7,
      secretariatCode: 'GNT-05-001',
      applicant: {},
      contact: { mobile: '9876543210' },
      filedAt: fixture.clock.now.toISOString(),
    });
    fixture.queue.changeStatus(REQUEST_ID, 'received', fixture.clock.now.toISOString());
    expect(await fixture.runtime.followStatusChanges()).toBe(1);
    expect(fixture.store.inbound).toEqual([]);
    expect(await fixture.store.getCursor(STATUS_CURSOR)).toBe(1);
  });
});
