import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../bot/conversation';
import type { FakeGraphApi, FakeSentMessage } from '../../../bot/fake-graph';
import type { Language } from '../../../shared/i18n/languages';
import type { Service } from '../../../shared/model/service';
import type { ServiceRequest } from '../../../shared/model/service-request';
import type { ListRequestsResponse } from '../../../shared/api/requests-api';
import { loadShippedCatalog } from '../../../sync-server/catalog/shipped-catalog';
import { loadShippedGeography } from '../../../sync-server/geography/shipped-geography';
import { enrollDevice, latestRequests, pullAll } from '../../helpers/sync-device';
import {
  answerQuestions,
  chooseLanguage,
  choosePlace,
  confirmApplication,
  INCOME_ANSWERS,
  INCOME_STORED,
  isSummary,
  placeNames,
  startApplication,
  textOf,
} from '../../helpers/whatsapp-apply';
import { bodyOf, WhatsAppCitizen, type CitizenOptions } from '../../helpers/whatsapp-citizen';
import { removeDataDir, startWhatsAppServer, waitFor, type WhatsAppServer } from '../../helpers/whatsapp-server';
import {
  content,
  messageWebhook,
  postWebhook,
  signatureOf,
  statusWebhook,
  TEST_BUSINESS,
  unfetchedMedia,
  type MessageContent,
} from '../../helpers/whatsapp-webhooks';

const geography = loadShippedGeography();
const income = (() => {
  const found = loadShippedCatalog()
    .departments.flatMap((department) => department.services)
    .find((service) => service.id === 'rev.income-certificate');
  if (!found) throw new Error('the shipped catalog has no income certificate');
  return found as Service;
})();

// Two wards of Guntur: each application goes to its own secretariat's agent.
const ENGLISH_WARD = 'GNT-01-001';
const TELUGU_WARD = 'GNT-02-001';

let phoneSeq = 0;
/** A fresh citizen's phone number for each conversation, so tests never share a session. */
function newPhone(): string {
  phoneSeq += 1;
  return `9199${String(Date.now() % 1_000_000).padStart(6, '0')}${String(phoneSeq).padStart(2, '0')}`;
}

describe('citizens on WhatsApp, through the real server process (SQLite, simulator mode)', () => {
  let server: WhatsAppServer;
  /** Every fake Graph API started here, restarts included: none may have seen a limit broken. */
  const fakes: FakeGraphApi[] = [];
  let officer: string;

  const citizen = (name: string, options?: CitizenOptions, on: () => WhatsAppServer = () => server) =>
    new WhatsAppCitizen(on, newPhone(), name, options);

  /** A whole application: language, search, service, consent, place, every question, summary, confirm. */
  async function apply(
    person: WhatsAppCitizen,
    language: Language,
    query: string,
    secretariatCode: string,
  ): Promise<{ reference: string; summary: string }> {
    await chooseLanguage(person, language);
    await startApplication(person, language, query, income);
    const asked = await choosePlace(person, placeNames(geography, secretariatCode, language));
    const { turn } = await answerQuestions(person, income, language, asked, INCOME_ANSWERS[language]);
    expect(isSummary(turn, language)).toBe(true);
    const summary = textOf(turn);
    return { reference: await confirmApplication(person, language), summary };
  }

  /** The request as an agent of `secretariatCode` pulls it onto a newly enrolled device. */
  async function pulledBy(secretariatCode: string, reference: string) {
    const device = await enrollDevice(server.asTestServer(), secretariatCode);
    return [...latestRequests(await pullAll(device)).values()].find((r) => r.reference === reference);
  }

  /** The request as the district's revenue officer lists it. */
  async function listedForOfficer(reference: string) {
    const listed = await server.call<ListRequestsResponse>('GET', '/api/requests?limit=500', { token: officer });
    expect(listed.status).toBe(200);
    return listed.body.items.find((r) => r.reference === reference);
  }

  beforeAll(async () => {
    server = await startWhatsAppServer();
    fakes.push(server.fake);
    officer = await server.token({ role: 'officer', name: 'Tahsildar', departmentCode: 'REV', districtCode: 'GNT' });
  });

  afterEach(() => {
    for (const fake of fakes) expect(fake.violations).toEqual([]);
  });

  afterAll(async () => {
    await server?.stop();
    if (server) removeDataDir(server.dataDir);
  });

  /** Applies, then checks the reference, the summary, and what the ward's agent and the officer see. */
  async function applyAndCheck(
    language: Language,
    person: WhatsAppCitizen,
    query: string,
    ward: string,
    otherWard: string,
  ) {
    const { reference, summary } = await apply(person, language, query, ward);
    const aadhaar = String(INCOME_STORED[language].aadhaar);
    expect(summary).toContain(placeNames(geography, ward, language).secretariat);
    expect(summary).toContain(`XXXX XXXX ${aadhaar.slice(-4)}`);
    expect(summary).not.toContain(aadhaar);
    expect(person.lastText()).toContain(reference);

    const pulled = await pulledBy(ward, reference);
    const listed = await listedForOfficer(reference);
    for (const request of [pulled, listed]) {
      expect(request).toMatchObject({
        reference,
        channel: 'whatsapp',
        serviceId: income.id,
        status: 'submitted',
        jurisdiction: { secretariatCode: ward },
        contact: { whatsappId: person.phone },
        applicant: INCOME_STORED[language],
      });
    }
    // It went to the citizen's own secretariat only.
    expect(await pulledBy(otherWard, reference)).toBeUndefined();
    return reference;
  }

  it("a citizen who applies in English through the simulator gets a reference number, and the ward's agent and the revenue officer see the WhatsApp request", async () => {
    const person = citizen('Ravi', { via: 'simulator' });
    await applyAndCheck('en', person, 'income certificate', ENGLISH_WARD, TELUGU_WARD);
  });

  it("a citizen who applies in Telugu, typing the service's Telugu name, is answered in Telugu, gets a reference number, and the ward's agent and the revenue officer see the WhatsApp request", async () => {
    const person = citizen('లక్ష్మి');
    await applyAndCheck('te', person, 'ఆదాయ ధ్రువీకరణ పత్రం', TELUGU_WARD, ENGLISH_WARD);
    // After the first screen, which speaks both languages, everything is in Telugu.
    for (const sent of person.received.slice(1)) expect(bodyOf(sent.message)).toMatch(/[\u0C00-\u0C7F]/);
    expect(person.lastText()).toContain('సమర్పించబడింది');
  });

  it('when every webhook arrives three times (twice at once, once after the answer), each message is answered once and one request is filed', async () => {
    // Side by side, the same conversation with each webhook delivered once.
    const once = citizen('Anil');
    const thrice = citizen('Sunil', { deliveries: 3 });
    const [single, tripled] = await Promise.all([
      apply(once, 'en', 'income certificate', ENGLISH_WARD),
      apply(thrice, 'en', 'income certificate', ENGLISH_WARD),
    ]);

    for (const id of thrice.sentIds) expect(server.db.inboundCount(id)).toBe(1);
    const transcript = (person: WhatsAppCitizen, reference: string) =>
      person.turns.map((turn) => turn.map((sent) => bodyOf(sent.message).replace(reference, '<reference>')));
    expect(thrice.turns).toHaveLength(thrice.sentIds.length);
    expect(transcript(thrice, tripled.reference)).toEqual(transcript(once, single.reference));
    // What the bot queued for the citizen is exactly what reached the Graph API, each once.
    expect(server.db.outboundCount(thrice.phone)).toBe(thrice.received.length);
    expect(new Set(thrice.received.map((sent) => sent.id)).size).toBe(thrice.received.length);
    const filed = await server.store.listRequestsByCitizen(thrice.phone, 10);
    expect(filed.map((request) => request.reference)).toEqual([tripled.reference]);
  });

  it('a webhook with a wrong or missing signature is refused with 401 and changes nothing', async () => {
    const person = citizen('Mallesh');
    const business = { ...TEST_BUSINESS, phoneNumberId: server.phoneNumberId };
    const before = {
      inbox: server.db.inboundCount(),
      requests: (await server.store.listRequests({ scope: { kind: 'all' }, limit: 500 })).length,
      sent: server.fake.sent.length,
    };
    const forged = messageWebhook(business, person, content.text('Hi'));
    for (const signature of ['wrong', 'missing'] as const) {
      const response = await postWebhook(server.url, server.appSecret, forged.payload, { signature });
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body)).toMatchObject({ error: { code: 'unauthorized' } });
    }
    // A signature over other bytes: the body was changed after signing.
    const signedBody = JSON.stringify(forged.payload);
    const tampered = await fetch(`${server.url}/webhooks/whatsapp`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-hub-signature-256': signatureOf(server.appSecret, signedBody),
      },
      body: signedBody.replace('"Hi"', '"STOP"'),
    });
    expect(tampered.status).toBe(401);

    // The citizen's next, genuine message is the first the bot ever saw from them.
    const turn = await person.text('Hi');
    expect(textOf(turn)).toContain('Choose your language');
    expect(server.db.inboundCount(forged.id)).toBe(0);
    expect(server.db.inboundCount()).toBe(before.inbox + 1);
    expect((await server.store.listRequests({ scope: { kind: 'all' }, limit: 500 })).length).toBe(before.requests);
    expect(server.fake.sent.length).toBe(before.sent + turn.length);
  });

  it('a server stopped in the middle of an application and started again on the same data resumes it', async () => {
    let current = await startWhatsAppServer();
    fakes.push(current.fake);
    const { dataDir } = current;
    try {
      const person = citizen('Sarada', {}, () => current);
      await chooseLanguage(person, 'en');
      await startApplication(person, 'en', 'aadaya pathram', income);
      const asked = await choosePlace(person, placeNames(geography, ENGLISH_WARD, 'en'));
      const first = await answerQuestions(person, income, 'en', asked, INCOME_ANSWERS.en, 6);
      expect(first.answered).toHaveLength(6);

      await current.stop();
      current = await startWhatsAppServer({ dataDir });
      fakes.push(current.fake);

      // The next question is the seventh: the answers given before the restart are kept.
      const rest = await answerQuestions(person, income, 'en', first.turn, INCOME_ANSWERS.en);
      expect(rest.answered[0]).toBe(income.fields[6]?.key);
      expect(isSummary(rest.turn, 'en')).toBe(true);
      const summary = textOf(rest.turn);
      expect(summary).toContain("*Applicant's full name*: Ravi Kumar");
      expect(summary).toContain('*Date of birth*: 15/08/1990');
      const reference = await confirmApplication(person, 'en');
      const [filed] = await current.store.listRequestsByCitizen(person.phone, 10);
      expect(filed).toMatchObject({ reference, applicant: INCOME_STORED.en });
    } finally {
      await current.stop();
      removeDataDir(dataDir);
    }
  });

  it('when an officer approves a WhatsApp income-certificate application, the citizen is told received, approved and issued, then gets the certificate as a PDF', async () => {
    const person = citizen('Padma');
    const { reference } = await apply(person, 'te', 'aadaya pathram', TELUGU_WARD);
    const request = await server.store.getRequestByReference(reference);
    if (!request) throw new Error(`no request ${reference}`);
    for (const to of ['received', 'approved'] as const) {
      const moved = await server.call<ServiceRequest>('POST', `/api/requests/${request.id}/transition`, {
        token: officer,
        body: { to, note: to === 'approved' ? 'సర్టిఫికెట్ సిద్ధం' : undefined },
      });
      expect(moved.status).toBe(200);
    }
    const issued = await server.store.getRequest(request.id);
    const number = issued?.certificate?.number ?? '';
    expect(issued?.status).toBe('issued');
    const te = MESSAGES.te;
    const statusText = (status: 'received' | 'approved' | 'issued') => `*${te.status[status]}*`;
    // Status changes are followed every few seconds; the notifications and the PDF arrive on their own.
    const delivered = await waitFor(
      'three status notifications and the certificate',
      () => {
        const sent = server.fake.sent.filter((message) => message.citizen === person.phone);
        const from = sent.findIndex((message) => bodyOf(message.message).startsWith('🔔'));
        const after = from < 0 ? [] : sent.slice(from);
        return after.some((message) => message.message.type === 'document') ? after : undefined;
      },
      { timeoutMs: 30_000, everyMs: 50 },
    );
    const [received, approved, issuedNote, document, ...rest] = delivered;
    const text = (sent: FakeSentMessage | undefined) => (sent ? bodyOf(sent.message) : '');
    expect(rest).toEqual([]);
    expect(text(received)).toContain(statusText('received'));
    expect(text(approved)).toContain(statusText('approved'));
    expect(text(approved)).toContain('సర్టిఫికెట్ సిద్ధం');
    expect(text(issuedNote)).toContain(statusText('issued'));
    expect(text(issuedNote)).toContain(te.certificates.follows(number));
    for (const note of [received, approved, issuedNote]) expect(text(note)).toContain(reference);

    if (document?.message.type !== 'document') throw new Error('the certificate did not follow the notification');
    expect(document.message.document).toMatchObject({ filename: `${number}.pdf` });
    const media = server.fake.getMedia(document.message.document.id ?? '');
    expect(media?.mimeType).toBe('application/pdf');
    expect(new TextDecoder().decode(media?.bytes.subarray(0, 5))).toBe('%PDF-');
    expect(document.message.document.caption).toContain(`ఆదాయ ధ్రువీకరణ పత్రం, సంఖ్య ${number}`);
    expect(document.message.document.caption).toContain(`Income Certificate, No. ${number}`);
  });

  it('every kind of message a citizen can send gets a sensible answer, never a 5xx', async () => {
    const person = citizen('Kiran');
    await chooseLanguage(person, 'en');
    const en = MESSAGES.en;
    const photo = server.fake.addMedia(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'image/jpeg');
    const pdf = server.fake.addMedia(new TextEncoder().encode('%PDF-1.4\n%%EOF\n'), 'application/pdf');
    const media = (id: string) => ({ id, sha256: server.fake.getMedia(id)?.sha256Base64 ?? '' });

    const cases: Array<[string, MessageContent, string]> = [
      ['text', content.text('help'), 'MENU'],
      ['button_reply from an old menu', content.buttonReply('1|language|en', 'English'), en.oldMenu],
      ['list_reply from an old menu', content.listReply('1|menu_item|apply', 'Apply for a service'), en.oldMenu],
      ['image', content.image(media(photo), 'my certificate'), en.unsupported.mediaNotExpected],
      ['document', content.document(media(pdf)), en.unsupported.mediaNotExpected],
      ['location', content.location(16.3067, 80.4365, 'Old Guntur', 'Guntur'), en.unsupported.locationNotExpected],
      ['audio', content.audio(unfetchedMedia(), false), en.unsupported.audio],
      ['voice', content.audio(unfetchedMedia(), true), en.unsupported.audio],
      ['sticker', content.sticker(unfetchedMedia()), en.unsupported.other],
    ];
    for (const [kind, message, expected] of cases) {
      const turn = await person.send(message);
      expect(turn.length, kind).toBeGreaterThan(0);
      expect(textOf(turn), kind).toContain(expected);
    }

    const business = { ...TEST_BUSINESS, phoneNumberId: server.phoneNumberId };
    const answered = person.received.at(-1);
    if (!answered) throw new Error('the bot sent nothing');
    for (const state of ['sent', 'delivered', 'read', 'failed'] as const) {
      const response = await postWebhook(
        server.url,
        server.appSecret,
        statusWebhook(business, person, { messageId: answered.id, state }),
      );
      expect(response.status, state).toBe(200);
    }
    expect(server.db.statusesOf(answered.id)).toEqual([
      { status: 'delivered', errorCode: null },
      { status: 'failed', errorCode: 131026 },
      { status: 'read', errorCode: null },
      { status: 'sent', errorCode: null },
    ]);
  });
});
