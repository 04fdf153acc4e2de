import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STATUS_CURSOR } from './notifications';
import { createEffectExecutor } from './process/effects';
import { createGraphClient } from './graph/graph-client';
import { graphError, TOKEN } from './testing/fake-graph-server';
import {
  CITIZEN,
  PHONE_NUMBER_ID,
  createRuntimeFixture,
  readable,
  type RuntimeFixture,
} from './testing/runtime-fixture';

let fixture: RuntimeFixture;
beforeEach(async () => {
  fixture = await createRuntimeFixture();
});
afterEach(() => fixture.close());

const OTHER = '919000000002';
const REQUEST_ID = '019a8000-0000-7000-8000-0000000000d1';
const HOUR_MS = 60 * 60_000;

/** A WhatsApp application of `citizenId`'s for an income certificate. */
async function fileFor(citizenId: string, id = REQUEST_ID): Promise<void> {
  const filed = await fixture.queue.fileRequest({
    id,
    serviceId: 'rev.income-certificate',
    serviceRev: 7,
    secretariatCode: 'GNT-05-001',
    applicant: {},
    contact: { whatsappId: citizenId },
    filedAt: fixture.clock.now.toISOString(),
  });
  if (!filed.ok) throw new Error(filed.message);
}

/** The office approves and the certificate is issued; the bot reads the changes and does its work. */
async function issue(id = REQUEST_ID) {
  fixture.queue.changeStatus(id, 'approved', fixture.clock.now.toISOString());
  const certificate = fixture.queue.issueCertificate(id, fixture.clock.now.toISOString());
  await fixture.runtime.followStatusChanges();
  await fixture.drain();
  return certificate;
}

async function inEnglish(citizenId = CITIZEN) {
  const chat = fixture.chat(citizenId);
  await chat.say('Hi');
  await chat.tap('English');
  return chat;
}

const documents = () => fixture.graph.messages().filter((body) => body.type === 'document');

describe('a certificate issued to a WhatsApp citizen', () => {
  it('when the request is issued within the window, then the notification comes first and the PDF follows as a document', async () => {
    const chat = await inEnglish();
    await fileFor(CITIZEN);
    const certificate = await issue();

    const [approved, issued, document] = chat.received().slice(-3);
    expect(readable(approved ?? {})).toContain('Status: *Approved*');
    expect(readable(issued ?? {})).toContain(`Your certificate ${certificate.number} follows in the next message.`);
    expect(document).toMatchObject({
      type: 'document',
      to: CITIZEN,
      document: { id: 'media.up.1', filename: `${certificate.number}.pdf` },
    });
    const [upload] = fixture.graph.uploads();
    expect(upload?.fields).toEqual({ messaging_product: 'whatsapp', type: 'application/pdf' });
    expect(upload?.file).toMatchObject({ name: `${certificate.number}.pdf`, type: 'application/pdf' });
    expect(new TextDecoder().decode(upload?.file?.bytes.subarray(0, 5))).toBe('%PDF-');
  });

  it('when the citizen last wrote more than a day ago, then the status template and the certificate template carrying the PDF are sent', async () => {
    await inEnglish();
    await fileFor(CITIZEN);
    fixture.clock.advance(30 * HOUR_MS);
    const certificate = await issue();
    const [status, carried] = fixture.graph.messages().slice(-2);
    expect(status).toMatchObject({ type: 'template', template: { name: 'seva_status_update' } });
    expect(carried).toMatchObject({
      type: 'template',
      template: {
        name: 'seva_certificate_issued',
        language: { code: 'en' },
        components: [
          {
            type: 'header',
            parameters: [{ type: 'document', document: { id: 'media.up.1', filename: `${certificate.number}.pdf` } }],
          },
          { type: 'body', parameters: [{ type: 'text', text: 'Income Certificate' }, { text: certificate.number }] },
        ],
      },
    });
  });

  it('when the citizen has opted out, then nothing is sent and the PDF is never fetched or uploaded', async () => {
    const chat = await inEnglish();
    await chat.say('STOP');
    const before = fixture.graph.messages().length;
    await fileFor(CITIZEN);
    await issue();
    expect(fixture.graph.messages()).toHaveLength(before);
    expect(fixture.graph.uploads()).toEqual([]);
    expect(fixture.queue.pdfsGiven).toEqual([]);
  });

  it('when the changes are read again after a crash, then the document is sent once', async () => {
    await inEnglish();
    await fileFor(CITIZEN);
    await issue();
    await fixture.store.setCursor(STATUS_CURSOR, 0);
    await fixture.runtime.followStatusChanges();
    await fixture.drain();
    await fixture.another().followStatusChanges();
    await fixture.drain();
    expect(documents()).toHaveLength(1);
  });

  it('when the process dies before the turn is committed, then the turn played again sends the document once', async () => {
    await inEnglish();
    await fileFor(CITIZEN);
    fixture.queue.changeStatus(REQUEST_ID, 'approved', fixture.clock.now.toISOString());
    await fixture.runtime.followStatusChanges();
    await fixture.drain();
    fixture.queue.issueCertificate(REQUEST_ID, fixture.clock.now.toISOString());
    await fixture.runtime.followStatusChanges();
    fixture.store.crashNextCommit = true;
    await fixture.runtime.processPending();
    expect(fixture.logger.entries.some((entry) => entry.message === 'processing failed; will retry')).toBe(true);
    await fixture.drain(fixture.another());
    // Uploaded on each attempt (an upload is not a message); sent once.
    expect(fixture.graph.uploads()).toHaveLength(2);
    expect(documents()).toHaveLength(1);
  });

  it('when the upload fails, then no document is sent and the citizen is told to use My certificates', async () => {
    const chat = await inEnglish();
    await fileFor(CITIZEN);
    fixture.graph.script(graphError(131016, 503), { when: (request) => request.path.endsWith('/media') });
    await issue();
    expect(documents()).toEqual([]);
    expect(chat.lastText()).toContain('Choose My certificates in the menu to get it.');
  });

  it('when the certificate was revoked before the notification was processed, then its PDF is not sent', async () => {
    await inEnglish();
    await fileFor(CITIZEN);
    fixture.queue.changeStatus(REQUEST_ID, 'approved', fixture.clock.now.toISOString());
    const certificate = fixture.queue.issueCertificate(REQUEST_ID, fixture.clock.now.toISOString());
    fixture.queue.revokeCertificate(certificate.id);
    await fixture.runtime.followStatusChanges();
    await fixture.drain();
    expect(documents()).toEqual([]);
    expect(fixture.graph.uploads()).toEqual([]);
  });
});

describe('my certificates', () => {
  it('when the citizen opens My certificates, then their certificates are listed, a revoked one as revoked', async () => {
    await fileFor(CITIZEN);
    await fileFor(CITIZEN, '019a8000-0000-7000-8000-0000000000d2');
    const revoked = await issue();
    const valid = await issue('019a8000-0000-7000-8000-0000000000d2');
    fixture.queue.revokeCertificate(revoked.id);
    const chat = await inEnglish();
    await chat.tap('My certificates');
    const list = chat.received().at(-1) as { interactive: { action: { sections: Array<{ rows: unknown[] }> } } };
    expect(list.interactive.action.sections[0]?.rows).toMatchObject([
      { title: 'Income Certificate', description: `Issued 14/11/2025 · ${valid.number}` },
      { title: 'Income Certificate', description: `Revoked · ${revoked.number}` },
    ]);
  });

  it('when the citizen taps a certificate, then its PDF is uploaded and sent as a document with a caption in both languages', async () => {
    await fileFor(CITIZEN);
    const certificate = await issue();
    const chat = await inEnglish();
    await chat.tap('My certificates');
    await chat.tap('Income Certificate');
    const [fetching, document] = chat.received().slice(-2);
    expect(readable(fetching ?? {})).toBe('Fetching your certificate…');
    expect(document).toMatchObject({
      type: 'document',
      document: { id: 'media.up.2', filename: `${certificate.number}.pdf` },
    });
    const caption = (document?.document as { caption: string }).caption;
    expect(caption).toContain(`Income Certificate, No. ${certificate.number}`);
    expect(caption).toContain(`ఆదాయ ధ్రువీకరణ పత్రం, సంఖ్య ${certificate.number}`);
  });

  it('when a revoked certificate is tapped, then it is not sent and the citizen is told it was revoked', async () => {
    await fileFor(CITIZEN);
    const certificate = await issue();
    const chat = await inEnglish();
    await chat.tap('My certificates');
    fixture.queue.revokeCertificate(certificate.id);
    const uploads = fixture.graph.uploads().length;
    await chat.tap('Income Certificate');
    expect(chat.lastText()).toContain('was revoked and is no longer valid');
    expect(fixture.graph.uploads()).toHaveLength(uploads);
    expect(documents()).toEqual([]);
  });

  it("when one citizen's fetch names another citizen's certificate, then nothing is handed over or uploaded", async () => {
    await fileFor(OTHER);
    const theirs = await issue();
    const before = { uploads: fixture.graph.uploads().length, pdfs: fixture.queue.pdfsGiven.length };
    const execute = createEffectExecutor({
      queue: fixture.queue,
      store: fixture.store,
      graph: createGraphClient({ graphUrl: fixture.graph.url, accessToken: TOKEN }),
      handoff: undefined,
      logger: fixture.logger,
      now: () => fixture.clock.now,
      phoneNumberId: PHONE_NUMBER_ID,
    });
    const result = await execute(CITIZEN, {
      kind: 'fetch_certificate',
      effectId: '019a8000-0000-7000-8000-0000000000e1',
      certificateId: theirs.id,
      contact: { whatsappId: CITIZEN },
    });
    expect(result?.outcome).toEqual({ status: 'not_found' });
    expect(fixture.graph.uploads()).toHaveLength(before.uploads);
    expect(fixture.queue.pdfsGiven).toHaveLength(before.pdfs);
  });
});
