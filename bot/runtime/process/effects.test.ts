import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { HandoffPort } from '../ports';
import { CITIZEN, createRuntimeFixture, type RuntimeFixture } from '../testing/runtime-fixture';

let fixture: RuntimeFixture;
afterEach(() => fixture.close());

describe('effects run through the ports', () => {
  it('when a citizen files a grievance with a photo, then the photo is downloaded and kept, and the grievance filed with it', async () => {
    fixture = await createRuntimeFixture();
    const chat = fixture.chat(CITIZEN);
    await chat.say('Hi');
    await chat.tap('English');
    await chat.tap('Raise a grievance');
    await chat.tap('I agree');
    for (const place of ['Guntur', 'Tenali', 'Kolakaluru']) await chat.say(place);
    await chat.tap('Service quality');
    await chat.say('The drain near the Rama temple has overflowed for a week.');
    const photo = Buffer.from('jpeg bytes of the drain');
    fixture.graph.addMedia('media-1', photo, 'image/jpeg');
    await fixture.receive(CITIZEN, { type: 'image', mediaId: 'media-1', mimeType: 'image/jpeg' });
    await fixture.drain();
    expect(chat.lastText()).toContain('Photo attached.');
    await chat.tap('Submit');

    const sha256 = createHash('sha256').update(photo).digest('hex');
    expect(fixture.store.media.has(sha256)).toBe(true);
    expect(fixture.queue.fileGrievanceCalls).toEqual([
      expect.objectContaining({
        secretariatCode: 'GNT-05-001',
        category: 'service_quality',
        photo: { sha256, mimeType: 'image/jpeg', sizeBytes: photo.length },
      }),
    ]);
    expect(chat.lastText()).toContain('Your grievance has been registered.');
  });

  it('when the queue is unavailable, then the citizen is offered Try again, and the retry files the same id', async () => {
    fixture = await createRuntimeFixture();
    const chat = fixture.chat(CITIZEN);
    await chat.say('Hi');
    await chat.tap('English');
    await chat.tap('Raise a grievance');
    await chat.tap('I agree');
    for (const place of ['Guntur', 'Tenali', 'Kolakaluru']) await chat.say(place);
    await chat.tap('Delay');
    await chat.say('My pension has not come for two months.');
    await chat.tap('No photo');
    fixture.queue.refuseNext('unavailable');
    await chat.tap('Submit');
    expect(chat.lastText()).toContain('Tap Try again.');
    await chat.tap('Try again');
    const [first, second] = fixture.queue.fileGrievanceCalls;
    expect(second?.id).toBe(first?.id);
    expect(fixture.queue.grievances.size).toBe(1);
  });

  it('when there is no staff desk, then "talk to a person" says no one is available instead of holding the citizen', async () => {
    fixture = await createRuntimeFixture();
    const chat = fixture.chat(CITIZEN);
    await chat.say('Hi');
    await chat.tap('English');
    await chat.tap('Talk to a person');
    expect(chat.lastText()).toContain('no one from our staff is available');
    await chat.say('menu');
    expect(chat.lastText()).toContain('How can Seva help you today?');
  });

  it('when a staff desk takes the hand-off, then messages are relayed and staff replies delivered until it ends', async () => {
    const desk = { opened: [] as unknown[], relayed: [] as unknown[], closed: [] as string[] };
    const handoff: HandoffPort = {
      open: async (request) => (desk.opened.push(request), 'accepted'),
      relay: async (message) => void desk.relayed.push(message),
      close: async (citizenId) => void desk.closed.push(citizenId),
    };
    fixture = await createRuntimeFixture({ handoff });
    const chat = fixture.chat(CITIZEN);
    await chat.say('Hi');
    await chat.tap('English');
    await chat.tap('Talk to a person');
    expect(desk.opened).toEqual([expect.objectContaining({ citizenId: CITIZEN, language: 'en', topic: 'main_menu' })]);
    await chat.say('My ration card is not working');
    expect(desk.relayed).toEqual([
      expect.objectContaining({ citizenId: CITIZEN, message: { type: 'text', text: 'My ration card is not working' } }),
    ]);
    await fixture.runtime.deliverPersonMessage({ citizenId: CITIZEN, messageId: 'staff-1', text: 'Which district?' });
    await fixture.runtime.deliverPersonMessage({ citizenId: CITIZEN, messageId: 'staff-1', text: 'Which district?' });
    await fixture.drain();
    expect(chat.received().filter((body) => JSON.stringify(body).includes('Which district?'))).toHaveLength(1);
    await fixture.runtime.endHandoff({ citizenId: CITIZEN, messageId: 'end-1' });
    await fixture.drain();
    expect(chat.lastText()).toContain('The conversation with our staff has ended.');
  });
  it('when a citizen erases their data, then the store erases them, the confirmation is the last message and a later Hi starts afresh', async () => {
    fixture = await createRuntimeFixture();
    const chat = fixture.chat(CITIZEN);
    await chat.say('Hi');
    await chat.tap('English');
    await chat.say('ERASE');
    await chat.tap('Yes, erase');
    expect(chat.lastText()).toContain('your data has been erased from this service');
    const received = chat.received().length;
    expect(fixture.store.sessions.has(CITIZEN)).toBe(false);
    expect(fixture.store.outbound.filter((message) => message.citizenId === CITIZEN)).toEqual([]);
    expect(fixture.store.inbound.filter((record) => record.citizenId === CITIZEN)).toEqual([]);
    await fixture.drain();
    expect(chat.received()).toHaveLength(received);

    await chat.say('Hi');
    expect(chat.lastText()).not.toContain('How can Seva help you today?');
    await chat.tap('English');
    expect(chat.lastText()).toContain('How can Seva help you today?');
  });
});
