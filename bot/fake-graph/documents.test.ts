import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../whatsapp/limits';
import { documentMessage, templateMessage } from '../whatsapp/outbound-builders';
import type { WireMessage } from '../whatsapp/outbound-types';
import { toSendBody } from '../whatsapp/send-body';
import { createFakeGraphApi } from './create-fake-graph-api';
import { uploadProblem } from './media-upload';
import { listen, type Listening } from './testing/listen';

const TOKEN = 'test-token';
const PHONE_NUMBER_ID = '106540352242922';
const CITIZEN = '919876543210';
const auth = { authorization: `Bearer ${TOKEN}` };
const PDF = new TextEncoder().encode('%PDF-1.7\n% an income certificate\n%%EOF\n');

const fake = createFakeGraphApi({
  accessToken: TOKEN,
  phoneNumberId: PHONE_NUMBER_ID,
  templates: [
    { name: 'seva_status_update', language: 'en', body: 'Your request {{1}} for {{2}} is now {{3}}.' },
    { name: 'seva_certificate_issued', language: 'en', body: 'Your {{1}} ({{2}}) is attached.', header: 'document' },
  ],
});
let server: Listening;
const graph = (path: string) => `${server.origin}/graph/v21.0/${path}`;

beforeAll(async () => {
  server = await listen({ '/graph': fake.router });
});
afterAll(() => server.close());
afterEach(() => fake.reset());

async function upload(bytes: Uint8Array, type: string, filename: string) {
  const form = new FormData();
  form.set('messaging_product', 'whatsapp');
  form.set('type', type);
  form.set('file', new Blob([new Uint8Array(bytes)], { type }), filename);
  const response = await fetch(graph(`${PHONE_NUMBER_ID}/media`), { method: 'POST', headers: auth, body: form });
  return { status: response.status, body: (await response.json()) as { id?: string } };
}

async function send(message: WireMessage) {
  const response = await fetch(graph(`${PHONE_NUMBER_ID}/messages`), {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify(toSendBody(CITIZEN, message)),
  });
  return { status: response.status, body: (await response.json()) as { error?: { code: number; message: string } } };
}

async function uploadedPdf(): Promise<string> {
  const { body } = await upload(PDF, 'application/pdf', 'INC-2025-00001.pdf');
  if (!body.id) throw new Error('the upload was refused');
  return body.id;
}

describe('fake Graph API: uploading a certificate', () => {
  it('when the bot uploads a PDF, then it is kept with its name and listed among the uploads', async () => {
    const id = await uploadedPdf();
    expect(fake.getMedia(id)).toMatchObject({ mimeType: 'application/pdf', filename: 'INC-2025-00001.pdf' });
    expect(fake.uploads.map((media) => media.id)).toEqual([id]);
  });

  it('when what is uploaded as a PDF is not one, then the upload is refused', async () => {
    const { status } = await upload(new TextEncoder().encode('<html>oops</html>'), 'application/pdf', 'x.pdf');
    expect(status).toBe(400);
    expect(fake.violations[0]?.problems).toEqual(['file is not a PDF (it does not start with %PDF-)']);
  });

  it('when a file is over its type’s limit, then it is refused: 100 MB for a PDF, 5 MB for a photo', () => {
    expect(uploadProblem('application/pdf', LIMITS.documentBytes)).toBeUndefined();
    expect(uploadProblem('application/pdf', LIMITS.documentBytes + 1)).toBe(
      `file is ${LIMITS.documentBytes + 1} bytes; the limit for application/pdf is ${LIMITS.documentBytes}`,
    );
    expect(uploadProblem('image/jpeg', 5 * 1024 * 1024 + 1)).toContain('the limit for image/jpeg');
    expect(uploadProblem('application/pdf', 0)).toBe('file is empty');
  });
});

describe('fake Graph API: sending a certificate', () => {
  it('accepts a document by an uploaded id with a filename and a caption of 1,024 characters', async () => {
    const mediaId = await uploadedPdf();
    const caption = 'క'.repeat(LIMITS.documentCaption);
    const { status } = await send(documentMessage({ mediaId }, { filename: 'INC-2025-00001.pdf', caption }));
    expect(status).toBe(200);
  });

  it.each([
    ['a caption over 1,024 characters', { caption: 'x'.repeat(1025), filename: 'c.pdf' }, 'document.caption is 1025'],
    ['no filename', { caption: 'Income Certificate' }, 'document.filename is required'],
  ])('refuses a document with %s', async (_name, options, problem) => {
    const mediaId = await uploadedPdf();
    const { status, body } = await send(documentMessage({ mediaId }, options));
    expect(status).toBe(400);
    expect(body.error?.message).toContain(problem);
    expect(fake.violations).toHaveLength(1);
  });

  it('accepts the certificate template with its PDF in the DOCUMENT header', async () => {
    const mediaId = await uploadedPdf();
    const message = templateMessage('seva_certificate_issued', 'en', ['Income Certificate', 'INC-2025-00001'], {
      document: { mediaId, filename: 'INC-2025-00001.pdf' },
    });
    const { status } = await send(message);
    expect(status).toBe(200);
    expect(fake.sent[0]?.message).toEqual(message);
  });

  it('refuses a template whose header does not match how it was approved (132012)', async () => {
    const mediaId = await uploadedPdf();
    const document = { mediaId, filename: 'INC-2025-00001.pdf' };
    const withoutDocument = await send(templateMessage('seva_certificate_issued', 'en', ['Income', 'INC-1']));
    const unexpected = await send(templateMessage('seva_status_update', 'en', ['A', 'B', 'C'], { document }));
    expect([withoutDocument.body.error?.code, unexpected.body.error?.code]).toEqual([132012, 132012]);
    expect(fake.sent).toEqual([]);
  });

  it('refuses a header document that was never uploaded, and a header that is not a document', async () => {
    const unknown = await send(
      templateMessage('seva_certificate_issued', 'en', ['Income', 'INC-1'], {
        document: { mediaId: '1234567890123456', filename: 'c.pdf' },
      }),
    );
    expect(unknown.body.error?.message).toContain(
      'template.components[0].parameters[0].document.id "1234567890123456" was never uploaded',
    );
    const image = await fetch(graph(`${PHONE_NUMBER_ID}/messages`), {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        messaging_product: 'whatsapp',
        to: CITIZEN,
        type: 'template',
        template: {
          name: 'seva_certificate_issued',
          language: { code: 'en' },
          components: [{ type: 'header', parameters: [{ type: 'image', image: { link: 'https://x/y.jpg' } }] }],
        },
      }),
    });
    expect(image.status).toBe(400);
    expect(fake.violations[1]?.problems).toEqual([
      'template.components[0].parameters[0].type "image" is not modelled (only document)',
    ]);
  });
});
