import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../bot/conversation';
import type { FakeGraphApi } from '../../../bot/fake-graph';
import type { RequestCertificate } from '../../../shared/model/service-request';
import type { RequestQueuePort } from '../../../shared/ports/bot-host-ports';
import { chooseLanguage, textOf } from '../../helpers/whatsapp-apply';
import {
  approveAndIssue,
  citizenQueueOn,
  documentsTo,
  fileIncomeApplication,
  sentTo,
  startsAsPdf,
  uploadedBytes,
} from '../../helpers/whatsapp-certificates';
import { choicesOf, WhatsAppCitizen, type CitizenOptions } from '../../helpers/whatsapp-citizen';
import {
  removeDataDir,
  rewindStatusFeed,
  startWhatsAppServer,
  waitFor,
  type WhatsAppServer,
} from '../../helpers/whatsapp-server';
import { content } from '../../helpers/whatsapp-webhooks';

const WARD = 'GNT-01-001';
const en = MESSAGES.en;
// Status changes are followed every few seconds; on a loaded machine a turn takes a while more.
const NOTIFIED_WITHIN = { timeoutMs: 30_000, everyMs: 50 };

let phoneSeq = 0;
/** A fresh citizen's phone number for each conversation, so tests never share a session. */
function newPhone(): string {
  phoneSeq += 1;
  return `9188${String(Date.now() % 1_000_000).padStart(6, '0')}${String(phoneSeq).padStart(2, '0')}`;
}

describe('certificates on WhatsApp, through the real server process (SQLite, simulator mode)', () => {
  let server: WhatsAppServer;
  /** Every fake Graph API started here, restarts included: none may have seen a limit broken. */
  const fakes: FakeGraphApi[] = [];
  let officer: string;
  let queue: RequestQueuePort;

  const citizen = (name: string, options?: CitizenOptions, on: () => WhatsAppServer = () => server) =>
    new WhatsAppCitizen(on, newPhone(), name, options);

  beforeAll(async () => {
    server = await startWhatsAppServer();
    fakes.push(server.fake);
    officer = await server.token({ role: 'officer', name: 'Tahsildar', departmentCode: 'REV', districtCode: 'GNT' });
    queue = citizenQueueOn(server);
  });

  afterEach(() => {
    for (const fake of fakes) expect(fake.violations).toEqual([]);
  });

  afterAll(async () => {
    await server?.stop();
    if (server) removeDataDir(server.dataDir);
  });

  /** Files for `person`, has it approved, and waits for the certificate the bot sends after the notification. */
  async function certificateFor(person: WhatsAppCitizen, on = { server, queue, officer }): Promise<RequestCertificate> {
    const { id } = await fileIncomeApplication(on.queue, person.phone, WARD);
    const certificate = await approveAndIssue(on.server, on.officer, id);
    await waitFor(
      `certificate ${certificate.number} sent to ${person.phone}`,
      () =>
        documentsTo(on.server, person.phone).some(
          (sent) => sent.message.document.filename === `${certificate.number}.pdf`,
        ),
      NOTIFIED_WITHIN,
    );
    return certificate;
  }

  /** Opens "My certificates" from the main menu; the list it answers with. */
  async function myCertificates(person: WhatsAppCitizen) {
    const turn = await person.tap(en.menu.items.certificates.title);
    const list = turn.at(-1);
    if (list?.message.type !== 'interactive') throw new Error(`no list of certificates: ${textOf(turn)}`);
    return { list, rows: choicesOf(list.message) };
  }

  it('when a citizen opens My certificates, then the certificate issued to them is listed, and tapping it sends its PDF again', async () => {
    const person = citizen('Ravi');
    await chooseLanguage(person, 'en');
    const certificate = await certificateFor(person);
    const { rows } = await myCertificates(person);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      title: 'Income Certificate',
      description: expect.stringContaining(certificate.number),
    });
    expect(rows[0]?.description).toMatch(/^Issued \d{2}\/\d{2}\/\d{4} · /);

    const turn = await person.tap('Income Certificate');
    expect(textOf(turn)).toContain(en.certificates.sending);
    const document = turn.at(-1);
    if (document?.message.type !== 'document') throw new Error('no document was sent');
    expect(document.message.document).toMatchObject({ filename: `${certificate.number}.pdf` });
    expect(document.message.document.caption).toContain(`Income Certificate, No. ${certificate.number}`);
    expect(document.message.document.caption).toContain(`ఆదాయ ధ్రువీకరణ పత్రం, సంఖ్య ${certificate.number}`);
    expect(startsAsPdf(uploadedBytes(server, document.message))).toBe(true);
    // The one sent with the notification, and the one asked for.
    expect(documentsTo(server, person.phone)).toHaveLength(2);
  });

  it("when a citizen's tap names another citizen's certificate, then it is not sent to them", async () => {
    const owner = citizen('Sita');
    await chooseLanguage(owner, 'en');
    const theirs = await certificateFor(owner);
    const other = citizen('Gopal');
    await chooseLanguage(other, 'en');
    const mine = await certificateFor(other);
    const { list, rows } = await myCertificates(other);
    const row = rows.find((candidate) => candidate.id.endsWith(`|${mine.id}`));
    if (!row) throw new Error('the citizen’s own certificate is not on the list');
    const uploads = server.fake.uploads.length;
    const documents = documentsTo(server, other.phone).length;

    // The row id is the citizen's to forge: the current menu version, someone else's certificate.
    const forged = row.id.replace(mine.id, theirs.id);
    const turn = await other.send(content.listReply(forged, row.title, row.description), list.id);
    expect(textOf(turn)).toContain(en.certificates.missing);
    expect(documentsTo(server, other.phone)).toHaveLength(documents);
    expect(server.fake.uploads).toHaveLength(uploads);
  });

  it('when a certificate is revoked, then it is listed as revoked and its PDF is not sent', async () => {
    const person = citizen('Kamala');
    await chooseLanguage(person, 'en');
    const certificate = await certificateFor(person);
    const revoked = await server.call('POST', `/api/certificates/${certificate.id}/revoke`, {
      token: officer,
      body: { reason: 'issued on a forged income proof' },
    });
    expect(revoked.status).toBe(200);
    const { rows } = await myCertificates(person);
    expect(rows[0]).toMatchObject({ title: 'Income Certificate', description: `Revoked · ${certificate.number}` });
    const documents = documentsTo(server, person.phone).length;
    const turn = await person.tap('Income Certificate');
    expect(textOf(turn)).toContain(
      `Your Income Certificate (${certificate.number}) was revoked and is no longer valid`,
    );
    expect(documentsTo(server, person.phone)).toHaveLength(documents);
  });

  it('when a citizen has opted out, then the approval sends them nothing: no notification, no certificate', async () => {
    const person = citizen('Rama');
    await chooseLanguage(person, 'en');
    await person.text('STOP');
    const before = { sent: sentTo(server, person.phone).length, uploads: server.fake.uploads.length };
    const { id } = await fileIncomeApplication(queue, person.phone, WARD);
    await approveAndIssue(server, officer, id);
    // The three changes reach the citizen's inbox and are processed — into silence.
    await waitFor(
      'the status changes of the opted-out citizen processed',
      () => {
        const notifications = server.db
          .inboundOf(person.phone)
          .filter((event) => event.messageId.startsWith('status:'));
        return notifications.length === 3 && notifications.every((event) => event.processed);
      },
      NOTIFIED_WITHIN,
    );
    expect(server.db.unsentOutbound(person.phone)).toBe(0);
    expect(sentTo(server, person.phone)).toHaveLength(before.sent);
    expect(server.fake.uploads).toHaveLength(before.uploads);
  });

  it('when webhooks are redelivered and the server restarts having to read the changes again, then no certificate is sent twice', async () => {
    let current = await startWhatsAppServer();
    fakes.push(current.fake);
    const { dataDir } = current;
    try {
      const person = citizen('Lalitha', { deliveries: 3 }, () => current);
      await chooseLanguage(person, 'en');
      const certificate = await certificateFor(person, {
        server: current,
        queue: citizenQueueOn(current),
        officer: await current.token({
          role: 'officer',
          name: 'Tahsildar',
          departmentCode: 'REV',
          districtCode: 'GNT',
        }),
      });
      // Each tap is delivered three times; WhatsAppCitizen fails if a redelivery is answered again.
      await person.tap(en.menu.items.certificates.title);
      await person.tap('Income Certificate');
      const sentBefore = documentsTo(current, person.phone);
      expect(sentBefore.map((sent) => sent.message.document.filename)).toEqual([
        `${certificate.number}.pdf`,
        `${certificate.number}.pdf`,
      ]);

      // A crash between storing the notifications and moving past them: the feed is read again.
      const readUpTo = current.db.statusCursor();
      expect(readUpTo).toBeGreaterThan(0);
      await current.stop();
      rewindStatusFeed(dataDir);
      current = await startWhatsAppServer({ dataDir });
      fakes.push(current.fake);
      await waitFor('the change feed read again', () => current.db.statusCursor() >= readUpTo, NOTIFIED_WITHIN);
      await waitFor(
        'the bot idle',
        () => current.db.pendingInbound(person.phone) === 0 && current.db.unsentOutbound(person.phone) === 0,
      );
      expect(sentTo(current, person.phone)).toEqual([]);
      expect(current.db.outboundCount(person.phone)).toBe(person.received.length);
    } finally {
      await current.stop();
      removeDataDir(dataDir);
    }
  });
});
