import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../bot/conversation';
import type { HandoffMessage, HandoffRecord } from '../../../sync-server/store/handoff-store';
import { chooseLanguage } from '../../helpers/whatsapp-apply';
import { bodyOf, choicesOf, WhatsAppCitizen } from '../../helpers/whatsapp-citizen';
import { removeDataDir, startWhatsAppServer, waitFor, type WhatsAppServer } from '../../helpers/whatsapp-server';

type Listed = HandoffRecord & { waitingSeconds: number };
type Conversation = Listed & { messages: HandoffMessage[] };

const m = MESSAGES.en;
let phoneSeq = 0;
function newPhone(): string {
  phoneSeq += 1;
  return `9188${String(Date.now() % 1_000_000).padStart(6, '0')}${String(phoneSeq).padStart(2, '0')}`;
}

describe('"talk to a person" through the real server process (SQLite, simulator mode)', () => {
  let server: WhatsAppServer;
  let officer: string;

  beforeAll(async () => {
    server = await startWhatsAppServer();
    officer = await server.token({ role: 'officer', name: 'MPDO', departmentCode: 'REV', districtCode: 'KRI' });
  });
  afterEach(() => {
    expect(server.fake.violations).toEqual([]);
  });
  afterAll(async () => {
    await server.stop();
    removeDataDir(server.dataDir);
  });

  /** A citizen who chose English and tapped "Talk to a person"; their hand-off as the queue lists it. */
  async function handedOver(): Promise<{ citizen: WhatsAppCitizen; handoff: Listed }> {
    const citizen = new WhatsAppCitizen(() => server, newPhone(), 'Lakshmi');
    await chooseLanguage(citizen, 'en');
    const turn = await citizen.tap(m.menu.items.person.title);
    expect(turn.map((sent) => bodyOf(sent.message))).toContain(m.handoff.started);
    const queue = await server.call<{ items: Listed[] }>('GET', '/api/handoffs?state=open', { token: officer });
    expect(queue.status).toBe(200);
    const handoff = queue.body.items.find((item) => item.citizenId === citizen.phone);
    if (!handoff) throw new Error('the hand-off is not in the queue');
    return { citizen, handoff };
  }

  const sentTo = (citizen: WhatsAppCitizen) =>
    server.fake.sent.filter((sent) => sent.citizen === citizen.phone).map((sent) => bodyOf(sent.message));

  it('when a citizen asks for a person, then officers see the conversation, reply to it and close it, and the citizen is back with the bot', async () => {
    const { citizen, handoff } = await handedOver();
    expect(handoff).toMatchObject({
      language: 'en',
      topic: 'main_menu',
      closedAt: null,
      claimedBy: null,
      lastMessage: null,
    });
    expect(handoff.waitingSeconds).toBeGreaterThanOrEqual(0);

    // The citizen's next message goes to staff, not to the bot: nothing is answered.
    expect(await citizen.text('My pension has not come for two months')).toEqual([]);
    const read = await server.call<Conversation>('GET', `/api/handoffs/${handoff.id}`, { token: officer });
    expect(read.status).toBe(200);
    expect(read.body.messages).toMatchObject([{ from: 'citizen', text: 'My pension has not come for two months' }]);
    const queue = await server.call<{ items: Listed[] }>('GET', '/api/handoffs', { token: officer });
    expect(queue.body.items.find((item) => item.id === handoff.id)?.lastMessage).toMatchObject({
      from: 'citizen',
      text: 'My pension has not come for two months',
    });

    const reply = await server.call<HandoffMessage>('POST', `/api/handoffs/${handoff.id}/messages`, {
      token: officer,
      body: { text: 'We are checking with the MPDO office.' },
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      handoffId: handoff.id,
      from: 'staff',
      text: 'We are checking with the MPDO office.',
    });
    await waitFor('the staff reply on WhatsApp', () =>
      sentTo(citizen).includes(`*${m.handoff.staff}:* We are checking with the MPDO office.`),
    );
    const claimed = await server.call<Conversation>('GET', `/api/handoffs/${handoff.id}`, { token: officer });
    expect(claimed.body.claimedBy).toBe(reply.body.tokenId);
    expect(claimed.body.messages.map((message) => message.from)).toEqual(['citizen', 'staff']);

    const closed = await server.call<Listed>('POST', `/api/handoffs/${handoff.id}/close`, { token: officer });
    expect(closed.status).toBe(200);
    expect(closed.body.closedAt).not.toBeNull();
    await waitFor('the end of the hand-off on WhatsApp', () => sentTo(citizen).includes(m.handoff.ended));
    const open = await server.call<{ items: Listed[] }>('GET', '/api/handoffs?state=open', { token: officer });
    expect(open.body.items.map((item) => item.id)).not.toContain(handoff.id);

    // Back with the bot: MENU is answered with the main menu again.
    await citizen.text('menu');
    expect(choicesOf(citizen.lastInteractive().message).map((choice) => choice.title)).toContain(
      m.menu.items.person.title,
    );
    // Closing again is harmless, and the citizen is not told twice.
    expect((await server.call('POST', `/api/handoffs/${handoff.id}/close`, { token: officer })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(sentTo(citizen).filter((body) => body === m.handoff.ended)).toHaveLength(1);
  });

  it('when a citizen sends STOP during a hand-off, then it leaves the queue', async () => {
    const { citizen, handoff } = await handedOver();
    await citizen.text('STOP');
    const read = await server.call<Conversation>('GET', `/api/handoffs/${handoff.id}`, { token: officer });
    expect(read.body.closedAt).not.toBeNull();
  });

  it('when the desk is asked wrongly, then it answers with the one error body', async () => {
    const { handoff } = await handedOver();
    const agent = await server.token({ role: 'agent', name: 'Agent', secretariatCode: 'GNT-01-001' });
    const errorOf = (response: { status: number; body: unknown }) => ({
      status: response.status,
      code: (response.body as { error: { code: string } }).error.code,
    });

    expect(errorOf(await server.call('GET', '/api/handoffs'))).toEqual({ status: 401, code: 'unauthorized' });
    expect(errorOf(await server.call('GET', '/api/handoffs', { token: agent }))).toEqual({
      status: 403,
      code: 'forbidden',
    });
    expect(errorOf(await server.call('GET', '/api/handoffs?state=waiting', { token: officer }))).toEqual({
      status: 400,
      code: 'bad_request',
    });
    expect(errorOf(await server.call('GET', '/api/handoffs/no-such-handoff', { token: officer }))).toEqual({
      status: 404,
      code: 'not_found',
    });
    const post = (path: string, body?: unknown) =>
      server.call('POST', path, { token: officer, ...(body === undefined ? {} : { body }) });
    expect(errorOf(await post(`/api/handoffs/${handoff.id}/messages`, { text: '   ' }))).toEqual({
      status: 400,
      code: 'bad_request',
    });
    expect(errorOf(await post(`/api/handoffs/${handoff.id}/messages`, { message: 'hi' }))).toEqual({
      status: 400,
      code: 'bad_request',
    });
    expect(errorOf(await post('/api/handoffs/no-such-handoff/messages', { text: 'hi' }))).toEqual({
      status: 404,
      code: 'not_found',
    });
    expect(errorOf(await post('/api/handoffs/no-such-handoff/close'))).toEqual({ status: 404, code: 'not_found' });

    expect((await post(`/api/handoffs/${handoff.id}/close`)).status).toBe(200);
    expect(errorOf(await post(`/api/handoffs/${handoff.id}/messages`, { text: 'hello?' }))).toEqual({
      status: 409,
      code: 'conflict',
    });
  });
});
