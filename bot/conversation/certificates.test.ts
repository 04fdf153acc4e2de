import { describe, expect, it } from 'vitest';
import { referenceFromId } from '../../shared/ids';
import type { DocumentMessage } from '../whatsapp/outbound-types';
import type { CertificateSummary } from './effects';
import { encodeAction } from './menu-ids';
import { Conversation, choicesOf } from './testing/driver';
import { inEnglish, inTelugu } from './testing/scripts';

const INCOME_TITLE = { en: 'Income Certificate', te: 'ఆదాయ ధ్రువీకరణ పత్రం' };
const CASTE_TITLE = { en: 'Caste Certificate', te: 'కుల ధ్రువీకరణ పత్రం' };
const REFERENCE = referenceFromId('019a8000-0000-7abc-9def-123456789abc');

const income: CertificateSummary = {
  certificateId: '019a8000-0000-7000-8000-0000000000c1',
  number: 'INC-2025-0000A',
  title: INCOME_TITLE,
  issuedAt: '2025-11-12T09:00:00.000Z',
  status: 'valid',
};
const revokedCaste: CertificateSummary = {
  certificateId: '019a8000-0000-7000-8000-0000000000c2',
  number: 'CST-2025-0000B',
  title: CASTE_TITLE,
  issuedAt: '2025-10-01T09:00:00.000Z',
  status: 'revoked',
};

/** The citizen opens "My certificates" and the runtime answers with `certificates`. */
function listing(conversation: Conversation, certificates: CertificateSummary[]): Conversation {
  conversation.tap(conversation.session?.language === 'te' ? 'నా ధ్రువపత్రాలు' : 'My certificates');
  conversation.resolve(conversation.pending('list_my_certificates'), { status: 'ok', certificates });
  return conversation;
}

describe('my certificates', () => {
  it('when the citizen has certificates, then each is a row with its date and number, and a revoked one says so', () => {
    const conversation = listing(inEnglish(new Conversation()), [income, revokedCaste]);
    expect(choicesOf(conversation.lastInteractive())).toMatchObject([
      { title: 'Income Certificate', description: 'Issued 12/11/2025 · INC-2025-0000A' },
      { title: 'Caste Certificate', description: 'Revoked · CST-2025-0000B' },
    ]);
  });

  it('when there are more than ten, then they page through lists of nine and More…', () => {
    const many = Array.from({ length: 14 }, (_, index) => ({
      ...income,
      certificateId: `019a8000-0000-7000-8000-0000000001${String(index).padStart(2, '0')}`,
      number: `INC-2025-000${String.fromCharCode(65 + index)}0`,
    }));
    const conversation = listing(inEnglish(new Conversation()), many);
    const first = choicesOf(conversation.lastInteractive());
    expect(first).toHaveLength(10);
    expect(first.at(-1)?.title).toBe('More…');
    conversation.tap('More…');
    expect(choicesOf(conversation.lastInteractive())).toHaveLength(5);
  });

  it('when a certificate is chosen, then its PDF is fetched for this citizen and sent with a caption in both languages', () => {
    const conversation = listing(inEnglish(new Conversation()), [income, revokedCaste]);
    conversation.tap('Income Certificate');
    const fetch = conversation.pending('fetch_certificate');
    expect(fetch).toMatchObject({
      certificateId: income.certificateId,
      contact: { whatsappId: conversation.citizenId, mobile: '9876543210' },
    });
    expect(conversation.lastText()).toBe('Fetching your certificate…');
    const sent = conversation.resolve(fetch, {
      status: 'ok',
      certificate: income,
      document: { mediaId: '1234567890123456' },
      filename: 'INC-2025-0000A.pdf',
    });
    const [document] = sent.outbound as DocumentMessage[];
    expect(document?.document).toMatchObject({ id: '1234567890123456', filename: 'INC-2025-0000A.pdf' });
    const caption = document?.document.caption ?? '';
    expect(caption.indexOf('Income Certificate, No. INC-2025-0000A')).toBe(0);
    expect(caption).toContain('ఆదాయ ధ్రువీకరణ పత్రం, సంఖ్య INC-2025-0000A');
  });

  it('when a certificate has been sent, then the same list can be tapped again for another', () => {
    const conversation = listing(inEnglish(new Conversation()), [income, { ...revokedCaste, status: 'valid' }]);
    const list = conversation.lastInteractive();
    conversation.tap('Income Certificate', list);
    conversation.resolve(conversation.pending('fetch_certificate'), {
      status: 'ok',
      certificate: income,
      document: { mediaId: '1234567890123456' },
      filename: 'INC-2025-0000A.pdf',
    });
    conversation.tap('Caste Certificate', list);
    expect(conversation.pending('fetch_certificate').certificateId).toBe(revokedCaste.certificateId);
  });

  it('when a revoked certificate is chosen, then it is not fetched and the citizen is told it was revoked', () => {
    const conversation = listing(inTelugu(new Conversation()), [income, revokedCaste]);
    const result = conversation.tap('కుల ధ్రువీకరణ పత్రం');
    expect(result.effects).toEqual([]);
    expect(conversation.lastText()).toContain('మీ కుల ధ్రువీకరణ పత్రం (CST-2025-0000B) రద్దు చేయబడింది');
  });

  it('when a certificate was revoked after the list was shown, then no document is sent and the list shows it revoked', () => {
    const conversation = listing(inEnglish(new Conversation()), [income]);
    const list = conversation.lastInteractive();
    conversation.tap('Income Certificate', list);
    const result = conversation.resolve(conversation.pending('fetch_certificate'), {
      status: 'revoked',
      certificate: { ...income, status: 'revoked' },
    });
    expect(result.outbound.map((message) => message.type)).toEqual(['text']);
    expect(conversation.lastText()).toContain('was revoked and is no longer valid');
    // Tapped again, it is not fetched again: the session knows it is revoked now.
    const again = conversation.tap('Income Certificate', list);
    expect(again.effects).toEqual([]);
    expect(conversation.lastText()).toContain('was revoked');
  });

  it('when a tap names a certificate that is not on the citizen’s list, then nothing is fetched', () => {
    const conversation = listing(inEnglish(new Conversation()), [income]);
    const version = conversation.session?.menuVersion ?? 0;
    const forged = encodeAction(version, { do: 'certificate', certificateId: '019a8000-0000-7000-8000-0000000000ff' });
    const result = conversation.message({ type: 'list_reply', id: forged, title: 'Income Certificate' });
    expect(result.effects).toEqual([]);
    expect(conversation.lastText()).toContain('That certificate is not among yours.');
  });

  it('when there are none, then the citizen is told so', () => {
    const conversation = listing(inTelugu(new Conversation()), []);
    expect(conversation.lastText()).toContain('మీకు ఇంకా ఏ ధ్రువపత్రమూ జారీ కాలేదు.');
  });
});

describe('a certificate issued', () => {
  const issued = (conversation: Conversation, certificate = { id: income.certificateId, number: income.number }) =>
    conversation.event({
      kind: 'status_changed',
      citizenId: conversation.citizenId,
      reference: REFERENCE,
      serviceName: INCOME_TITLE,
      status: 'issued',
      at: conversation.now.toISOString(),
      certificate,
    });

  it('when a request is issued with a certificate, then the notification says the PDF follows and the PDF is asked for', () => {
    const conversation = inEnglish(new Conversation());
    const result = issued(conversation);
    expect(conversation.lastText()).toContain('Your certificate INC-2025-0000A follows in the next message.');
    expect(result.effects).toEqual([
      expect.objectContaining({
        kind: 'deliver_certificate',
        certificateId: income.certificateId,
        number: income.number,
        contact: { whatsappId: conversation.citizenId, mobile: '9876543210' },
        language: 'en',
      }),
    ]);
  });

  it('when the PDF is uploaded, then it is sent as a document inside the window and as the certificate template outside it, leaving the open menu current', () => {
    const conversation = inTelugu(new Conversation());
    const openMenu = conversation.lastInteractive();
    issued(conversation);
    const result = conversation.resolve(conversation.pending('deliver_certificate'), {
      status: 'ok',
      certificate: income,
      document: { mediaId: '1234567890123456' },
      filename: 'INC-2025-0000A.pdf',
    });
    const [message] = result.outbound;
    if (message?.type !== 'window_dependent') throw new Error('expected a window-dependent message');
    expect(message.withinWindow).toMatchObject({
      type: 'document',
      document: { id: '1234567890123456', filename: 'INC-2025-0000A.pdf' },
    });
    expect(message.outsideWindow.template).toEqual({
      name: 'seva_certificate_issued',
      language: { code: 'te' },
      components: [
        {
          type: 'header',
          parameters: [{ type: 'document', document: { id: '1234567890123456', filename: 'INC-2025-0000A.pdf' } }],
        },
        { type: 'body', parameters: ['ఆదాయ ధ్రువీకరణ పత్రం', 'INC-2025-0000A'].map((text) => ({ type: 'text', text })) },
      ],
    });
    conversation.tap('సేవకు దరఖాస్తు', openMenu);
    expect(conversation.session?.state.name).toBe('departments');
  });

  it('when the citizen has opted out, then nothing is sent and the PDF is not even fetched', () => {
    const conversation = inEnglish(new Conversation());
    conversation.text('STOP');
    const result = issued(conversation);
    expect(result.outbound).toEqual([]);
    expect(result.effects).toEqual([]);
  });

  it('when the upload fails, then the citizen is told to get it from My certificates; when it was revoked meanwhile, nothing more is sent', () => {
    const conversation = inEnglish(new Conversation());
    issued(conversation);
    const failed = conversation.resolve(conversation.pending('deliver_certificate'), {
      status: 'failed',
      retryable: true,
    });
    expect(conversation.lastText()).toContain('Choose My certificates in the menu to get it.');
    expect(failed.outbound).toHaveLength(1);
    issued(conversation);
    const revoked = conversation.resolve(conversation.pending('deliver_certificate'), {
      status: 'revoked',
      certificate: { ...income, status: 'revoked' },
    });
    expect(revoked.outbound).toEqual([]);
  });

  it('when a request is issued without a certificate, then only the notification is sent', () => {
    const conversation = inEnglish(new Conversation());
    const result = conversation.event({
      kind: 'status_changed',
      citizenId: conversation.citizenId,
      reference: REFERENCE,
      serviceName: INCOME_TITLE,
      status: 'issued',
      at: conversation.now.toISOString(),
    });
    expect(result.effects).toEqual([]);
    expect(conversation.lastText()).toContain('Choose My certificates in the menu to get it.');
  });
});
