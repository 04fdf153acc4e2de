import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES, type AttachmentRecord } from '../../../shared/api/attachments-api';
import type { ErrorBody } from '../../../shared/api/errors';
import { startTestServer, type TestServer } from '../../helpers/test-server';

const HOME = 'GNT-01-001';
const NEIGHBOUR = 'GNT-01-002';
const ELSEWHERE = 'KRI-01-001';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A JPEG-looking file: the signature, then random bytes, so every call is a new file. */
function jpeg(size = 4096): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(randomBytes(size));
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
}

function pdf(): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(1000), Buffer.from('\n%%EOF\n')]));
}

interface Answer {
  status: number;
  headers: Headers;
  bytes: Buffer;
  json: () => unknown;
}

describe('attachments API', () => {
  let server: TestServer;
  let agent: string;
  let sameSecretariatAgent: string;
  let neighbourAgent: string;
  let elsewhereAgent: string;
  let officer: string;
  let otherDepartmentOfficer: string;
  let otherDistrictOfficer: string;
  let admin: string;
  let kiosk: string;

  beforeAll(async () => {
    server = await startTestServer();
    agent = await server.token({ role: 'agent', name: 'Ravi', secretariatCode: HOME });
    sameSecretariatAgent = await server.token({ role: 'agent', name: 'Padma', secretariatCode: HOME });
    neighbourAgent = await server.token({ role: 'agent', name: 'Sita', secretariatCode: NEIGHBOUR });
    elsewhereAgent = await server.token({ role: 'agent', name: 'Gopal', secretariatCode: ELSEWHERE });
    officer = await server.token({ role: 'officer', name: 'Tahsildar', departmentCode: 'REV', districtCode: 'GNT' });
    otherDepartmentOfficer = await server.token({
      role: 'officer',
      name: 'Health officer',
      departmentCode: 'HLT',
      districtCode: 'GNT',
    });
    otherDistrictOfficer = await server.token({
      role: 'officer',
      name: 'Tahsildar, Krishna',
      departmentCode: 'REV',
      districtCode: 'KRI',
    });
    admin = await server.token({ role: 'admin', name: 'State admin' });
    kiosk = await server.token({ role: 'kiosk', name: 'Kiosk 1' });
  });
  afterAll(() => server.close());

  async function send(
    method: 'PUT' | 'HEAD' | 'GET',
    hash: string,
    options: { token?: string | undefined; body?: Uint8Array<ArrayBuffer>; type?: string } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.type) headers['content-type'] = options.type;
    const response = await fetch(`${server.url}/api/attachments/${hash}`, {
      method,
      headers,
      ...(options.body ? { body: options.body } : {}),
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, bytes, json: () => JSON.parse(bytes.toString()) };
  }

  const put = (body: Uint8Array<ArrayBuffer>, token = agent, type = 'image/jpeg', hash = sha256(body)) =>
    send('PUT', hash, { token, body, type });

  describe('upload', () => {
    it('SYNC-ATT-1, SYNC-ATT-5 when an agent uploads a photo, then it is stored and the same bytes come back as a private download', async () => {
      const photo = jpeg(200_000);
      const uploaded = await put(photo);
      expect(uploaded.status).toBe(201);
      expect(uploaded.json()).toEqual({
        sha256: sha256(photo),
        mimeType: 'image/jpeg',
        sizeBytes: 200_000,
        uploadedAt: server.clock.now.toISOString(),
      });

      const fetched = await send('GET', sha256(photo), { token: agent });
      expect(fetched.status).toBe(200);
      expect(fetched.bytes.equals(Buffer.from(photo))).toBe(true);
      expect(
        Object.fromEntries(
          ['content-type', 'cache-control', 'x-content-type-options'].map((h) => [h, fetched.headers.get(h)]),
        ),
      ).toEqual({
        'content-type': 'image/jpeg',
        'cache-control': 'private',
        'x-content-type-options': 'nosniff',
      });
      expect(fetched.headers.get('content-disposition')).toBe(`attachment; filename="${sha256(photo)}.jpg"`);
    });

    it('SYNC-ATT-5 when a PDF is uploaded, then it is served as a PDF download', async () => {
      const document = pdf();
      expect((await put(document, agent, 'application/pdf')).status).toBe(201);
      const fetched = await send('GET', sha256(document), { token: agent });
      expect(fetched.headers.get('content-type')).toBe('application/pdf');
      expect(fetched.headers.get('content-disposition')).toMatch(/^attachment; filename="[0-9a-f]{64}\.pdf"$/);
      expect(fetched.bytes.equals(Buffer.from(document))).toBe(true);
    });

    it('SYNC-ATT-3 when the same file is uploaded again, then the answer is 200 with the same record', async () => {
      const photo = jpeg();
      const first = await put(photo);
      server.clock.now = new Date(server.clock.now.getTime() + 60_000);
      const again = await put(photo);
      expect([first.status, again.status]).toEqual([201, 200]);
      expect(again.json()).toEqual(first.json());
    });

    it('SYNC-ATT-2 when the body does not hash to the address, then it is refused with 400 and nothing is stored', async () => {
      const photo = jpeg();
      const claimed = sha256(jpeg());
      const refused = await put(photo, agent, 'image/jpeg', claimed);
      expect(refused.status).toBe(400);
      expect((refused.json() as ErrorBody).error).toMatchObject({ code: 'bad_request' });
      expect((refused.json() as ErrorBody).error.message).toContain(sha256(photo));
      expect((await send('HEAD', claimed, { token: agent })).status).toBe(404);
      expect((await send('HEAD', sha256(photo), { token: agent })).status).toBe(404);
    });

    it('SYNC-ATT-2 when the type is not one the server keeps, then it is refused with 415 and nothing is stored', async () => {
      const page = new Uint8Array(Buffer.from('<html><script>alert(1)</script></html>'));
      for (const type of ['text/html', 'image/svg+xml', 'application/octet-stream']) {
        const refused = await put(page, agent, type);
        expect({ type, status: refused.status, code: (refused.json() as ErrorBody).error.code }).toEqual({
          type,
          status: 415,
          code: 'unsupported_media_type',
        });
      }
      const untyped = await send('PUT', sha256(page), { token: agent, body: page });
      expect(untyped.status).toBe(415);
      expect((await send('HEAD', sha256(page), { token: admin })).status).toBe(404);
    });

    it('SYNC-ATT-2 when the bytes are not the type they claim, then they are refused with 415 and nothing is stored', async () => {
      const page = new Uint8Array(
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      );
      const refused = await put(page, agent, 'image/png');
      expect(refused.status).toBe(415);
      expect((await send('HEAD', sha256(page), { token: admin })).status).toBe(404);
    });

    it('SYNC-ATT-2 when the file is larger than any form allows, then it is refused with 413 and nothing is stored', async () => {
      const huge = jpeg(MAX_ATTACHMENT_BYTES + 1);
      const refused = await put(huge);
      expect(refused.status).toBe(413);
      expect((refused.json() as ErrorBody).error.code).toBe('payload_too_large');
      expect((await send('HEAD', sha256(huge), { token: admin })).status).toBe(404);
    });

    it('SYNC-ATT-2 when the file is exactly as large as a form may allow, then it is stored', async () => {
      const largest = jpeg(MAX_ATTACHMENT_BYTES);
      expect((await put(largest)).status).toBe(201);
    });

    it('SYNC-ATT-2 when the body is empty, then it is refused with 400', async () => {
      const empty = await send('PUT', sha256(new Uint8Array()), { token: agent, type: 'image/jpeg' });
      expect(empty.status).toBe(400);
    });

    it('SYNC-ATT-1 when the caller has no token, a revoked one or a kiosk token, then nothing is stored', async () => {
      const photo = jpeg();
      expect((await put(photo, '')).status).toBe(401);
      expect((await put(photo, 'seva_not-a-real-token')).status).toBe(401);
      expect((await put(photo, kiosk)).status).toBe(403);
      expect((await send('HEAD', sha256(photo), { token: admin })).status).toBe(404);
    });

    it('SYNC-ATT-1 when an officer uploads a file, then it is stored for the officer’s district', async () => {
      const scan = pdf();
      expect((await put(scan, officer, 'application/pdf')).status).toBe(201);
      expect((await send('GET', sha256(scan), { token: otherDepartmentOfficer })).status).toBe(200);
      expect((await send('GET', sha256(scan), { token: agent })).status).toBe(404);
    });
  });

  describe('malformed addresses', () => {
    const malformed = ['abc', 'A'.repeat(64), `${'0'.repeat(63)}g`, `${'0'.repeat(64)}0`, '..%2f..%2fetc%2fpasswd'];

    it('SYNC-ATT-1 when the hash in the path is not 64 lowercase hex digits, then every method answers 400', async () => {
      const photo = jpeg();
      for (const hash of malformed) {
        const statuses = [
          (await send('PUT', hash, { token: agent, body: photo, type: 'image/jpeg' })).status,
          (await send('HEAD', hash, { token: agent })).status,
          (await send('GET', hash, { token: agent })).status,
        ];
        expect({ hash, statuses }).toEqual({ hash, statuses: [400, 400, 400] });
      }
      const answer = await send('GET', 'abc', { token: agent });
      expect((answer.json() as ErrorBody).error.code).toBe('bad_request');
    });
  });

  describe('HEAD', () => {
    it('SYNC-ATT-4 when the server holds the file for the caller, then HEAD says 200 with its type and size, and 404 before', async () => {
      const photo = jpeg(5000);
      expect((await send('HEAD', sha256(photo), { token: agent })).status).toBe(404);
      await put(photo);
      const held = await send('HEAD', sha256(photo), { token: agent });
      expect(held.status).toBe(200);
      expect(held.bytes.length).toBe(0);
      expect(held.headers.get('content-type')).toBe('image/jpeg');
      expect(held.headers.get('content-length')).toBe('5000');
    });

    it('SYNC-ATT-7 when the file was sent by another secretariat, then HEAD answers 404 as if it did not exist', async () => {
      const photo = jpeg();
      await put(photo);
      expect((await send('HEAD', sha256(photo), { token: neighbourAgent })).status).toBe(404);
    });
  });

  describe('who may open a file', () => {
    let hash: string;
    beforeAll(async () => {
      const photo = jpeg();
      hash = sha256(photo);
      expect((await put(photo, agent)).status).toBe(201);
    });

    it('SYNC-ATT-6 when agents of the same secretariat ask, then they get it; agents of other secretariats get 404', async () => {
      expect((await send('GET', hash, { token: sameSecretariatAgent })).status).toBe(200);
      const denied = await send('GET', hash, { token: neighbourAgent });
      expect(denied.status).toBe(404);
      expect((denied.json() as ErrorBody).error.code).toBe('not_found');
      expect((await send('GET', hash, { token: elsewhereAgent })).status).toBe(404);
    });

    it('SYNC-ATT-6 when officers of the district ask, then they get it; officers of another district get 404', async () => {
      expect((await send('GET', hash, { token: officer })).status).toBe(200);
      expect((await send('GET', hash, { token: otherDepartmentOfficer })).status).toBe(200);
      expect((await send('GET', hash, { token: otherDistrictOfficer })).status).toBe(404);
      expect((await send('HEAD', hash, { token: otherDistrictOfficer })).status).toBe(404);
    });

    it('SYNC-ATT-7 when the file is out of scope, then the answer is the same as for a hash nobody sent', async () => {
      const outOfScope = await send('GET', hash, { token: otherDistrictOfficer });
      const unknown = await send('GET', sha256(jpeg()), { token: otherDistrictOfficer });
      expect(outOfScope.status).toBe(unknown.status);
      expect((outOfScope.json() as ErrorBody).error.code).toBe((unknown.json() as ErrorBody).error.code);
    });

    it('SYNC-ATT-6 when an admin asks, then the admin gets it', async () => {
      expect((await send('GET', hash, { token: admin })).status).toBe(200);
    });

    it('SYNC-ATT-1 when a kiosk or nobody asks, then the answer is 403 or 401', async () => {
      expect((await send('GET', hash, { token: kiosk })).status).toBe(403);
      expect((await send('GET', hash)).status).toBe(401);
    });

    it('SYNC-ATT-6 when another jurisdiction uploads the same bytes, then it may open them from then on', async () => {
      const photo = jpeg();
      await put(photo, agent);
      expect((await send('GET', sha256(photo), { token: elsewhereAgent })).status).toBe(404);
      const theirs = await put(photo, elsewhereAgent);
      expect(theirs.status).toBe(201);
      expect((theirs.json() as AttachmentRecord).sha256).toBe(sha256(photo));
      expect((await send('GET', sha256(photo), { token: elsewhereAgent })).bytes.equals(Buffer.from(photo))).toBe(true);
      expect((await send('GET', sha256(photo), { token: otherDistrictOfficer })).status).toBe(200);
    });
  });
});
