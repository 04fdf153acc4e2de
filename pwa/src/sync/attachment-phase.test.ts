import { beforeEach, describe, expect, it } from 'vitest';
import type { AttachmentRow } from '../db/rows';
import { setMeta, type SevaDb } from '../db/seva-db';
import { fakeDb } from '../testing/fake-db';
import { FakeServer, type Recorded } from '../testing/fake-server';
import { ENROLLMENT, queueApplications } from '../testing/queue-fixtures';
import { runSync } from './engine';
import type { EngineDeps } from './engine-deps';

let db: SevaDb;
let server: FakeServer;
let deps: EngineDeps;

beforeEach(async () => {
  db = fakeDb();
  server = new FakeServer();
  deps = { db, fetch: server.fetch, now: () => new Date('2026-01-15T06:00:00Z'), emit: () => undefined };
  await setMeta(db, 'enrollment', ENROLLMENT);
  await db.catalog.put({ rev: 1, publishedAt: '2026-01-01T00:00:00.000Z', departments: [] });
});

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

let captured = 0;

/** Keeps a JPEG-looking file the way the form does, due for upload; returns its row. */
async function capture(mimeType = 'image/jpeg', size = 3000): Promise<AttachmentRow> {
  const bytes = new Uint8Array(size);
  crypto.getRandomValues(bytes);
  bytes.set([0xff, 0xd8, 0xff]);
  captured += 1;
  const row: AttachmentRow = {
    sha256: await sha256Hex(bytes),
    blob: new Blob([bytes], { type: mimeType }),
    mimeType,
    sizeBytes: size,
    name: `photo-${captured}.jpg`,
    createdAt: new Date(Date.UTC(2026, 0, 15, 5, captured)).toISOString(),
    upload: { kind: 'due' },
  };
  await db.attachments.add(row);
  return row;
}

const attachmentCalls = () =>
  server.requests
    .filter((r) => r.path.startsWith('/api/attachments/'))
    .map((r) => `${r.method} ${r.path.slice('/api/attachments/'.length, '/api/attachments/'.length + 8)}`);
const short = (row: AttachmentRow) => row.sha256.slice(0, 8);
const uploadOf = async (row: AttachmentRow) => (await db.attachments.get(row.sha256))?.upload;
const isPush = (r: Recorded) => r.path === '/api/sync/push';

describe('sync engine: attachments', () => {
  it('SYNC-ATT-8 when files are due and applications queued, then the bytes go before the push, exactly as kept', async () => {
    const [first, second] = [await capture(), await capture('application/pdf')];
    if (!first || !second) throw new Error('no files');
    await queueApplications(db, 2);

    expect(await runSync(deps)).toMatchObject({ kind: 'synced', pushed: 2 });

    const firstPush = server.requests.findIndex(isPush);
    const lastUpload = server.requests.findLastIndex((r) => r.method === 'PUT');
    expect(lastUpload).toBeLessThan(firstPush);
    expect(attachmentCalls()).toEqual([
      `HEAD ${short(first)}`,
      `PUT ${short(first)}`,
      `HEAD ${short(second)}`,
      `PUT ${short(second)}`,
    ]);
    const put = server.requests.find((r) => r.method === 'PUT');
    expect(put?.headers).toMatchObject({ 'Content-Type': 'image/jpeg', Authorization: 'Bearer token-abc' });
    expect(server.attachments.get(first.sha256)?.bytes).toEqual(new Uint8Array(await first.blob.arrayBuffer()));
    expect(server.attachments.get(second.sha256)?.type).toBe('application/pdf');
    expect(await uploadOf(first)).toEqual({ kind: 'uploaded', uploadedAt: '2026-01-15T06:00:00.000Z' });
    expect(await uploadOf(second)).toMatchObject({ kind: 'uploaded' });
  });

  it('SYNC-ATT-4 when the server already holds a file, then HEAD finds it and the bytes are not sent', async () => {
    const held = await capture();
    server.attachments.set(held.sha256, { type: 'image/jpeg', bytes: new Uint8Array(await held.blob.arrayBuffer()) });
    expect((await runSync(deps)).kind).toBe('synced');
    expect(attachmentCalls()).toEqual([`HEAD ${short(held)}`]);
    expect(await uploadOf(held)).toMatchObject({ kind: 'uploaded' });
  });

  it('SYNC-ATT-8 when a file was uploaded, then later runs neither ask about it nor send it again', async () => {
    const photo = await capture();
    await runSync(deps);
    const before = attachmentCalls().length;
    await queueApplications(db, 1);
    expect((await runSync(deps)).kind).toBe('synced');
    expect((await runSync(deps)).kind).toBe('synced');
    expect(attachmentCalls()).toHaveLength(before);
    expect(server.attachments.has(photo.sha256)).toBe(true);
  });

  it('SYNC-CLIENT-1, SYNC-ATT-8 when the network fails mid-upload, then the push still goes, the run asks for a retry and the next run uploads', async () => {
    const photo = await capture();
    await queueApplications(db, 3);
    let cut = true;
    server.intercept = (request) => {
      if (request.method !== 'PUT' || !cut) return undefined;
      cut = false;
      throw new TypeError('Failed to fetch');
    };

    expect(await runSync(deps)).toMatchObject({ kind: 'retry', detail: 'Failed to fetch' });
    expect(await uploadOf(photo)).toEqual({ kind: 'due' });
    // The application carries only the reference: it was not held back by the missing bytes.
    expect(server.requests.filter(isPush)).toHaveLength(1);
    expect(await db.outbox.count()).toBe(0);

    expect(await runSync(deps)).toMatchObject({ kind: 'synced' });
    expect(await uploadOf(photo)).toMatchObject({ kind: 'uploaded' });
    expect(server.attachments.has(photo.sha256)).toBe(true);
  });

  it('SYNC-CLIENT-1 when the server fails an upload with 5xx, then the file stays due and the run asks for a retry', async () => {
    const photo = await capture();
    server.intercept = (request) =>
      request.method === 'PUT'
        ? new Response(JSON.stringify({ error: { code: 'unavailable' } }), { status: 503 })
        : undefined;
    expect((await runSync(deps)).kind).toBe('retry');
    expect(await uploadOf(photo)).toEqual({ kind: 'due' });
    server.intercept = undefined;
    expect((await runSync(deps)).kind).toBe('synced');
    expect(await uploadOf(photo)).toMatchObject({ kind: 'uploaded' });
  });

  it('SYNC-ATT-8 when the server refuses a file, then it is marked with the reason, never sent again, and the others still go', async () => {
    const refused = await capture();
    const fine = await capture();
    server.intercept = (request) =>
      request.method === 'PUT' && request.path.endsWith(refused.sha256)
        ? new Response(JSON.stringify({ error: { code: 'unsupported_media_type', message: 'not a JPEG' } }), {
            status: 415,
          })
        : undefined;
    expect((await runSync(deps)).kind).toBe('synced');
    expect(await uploadOf(refused)).toEqual({
      kind: 'refused',
      uploadError: {
        status: 415,
        code: 'unsupported_media_type',
        message: '415 unsupported_media_type: not a JPEG',
        at: '2026-01-15T06:00:00.000Z',
      },
    });
    expect(await uploadOf(fine)).toMatchObject({ kind: 'uploaded' });

    const before = attachmentCalls().length;
    await runSync(deps);
    expect(attachmentCalls()).toHaveLength(before);
  });

  it('SYNC-ATT-2 when a file is of a type the server keeps none of, then the device marks it without sending a byte', async () => {
    const heic = await capture('image/heic');
    expect((await runSync(deps)).kind).toBe('synced');
    expect(attachmentCalls()).toEqual([]);
    expect(await uploadOf(heic)).toMatchObject({
      kind: 'refused',
      uploadError: { status: 0, code: 'unsupported_media_type' },
    });
  });

  it('SYNC-CLIENT-2 when the token is refused, then nothing is marked, nothing is pushed and the agent is asked to enroll again', async () => {
    const photo = await capture();
    await queueApplications(db, 1);
    server.intercept = () =>
      new Response(JSON.stringify({ error: { code: 'unauthorized', message: 'revoked' } }), { status: 401 });
    expect(await runSync(deps)).toMatchObject({ kind: 'blocked', problem: 'needs_enrollment' });
    expect(await uploadOf(photo)).toEqual({ kind: 'due' });
    expect(server.requests.filter(isPush)).toHaveLength(0);
    expect(await db.outbox.count()).toBe(1);
  });
});
