import { describe, expect, it } from 'vitest';
import { fakeDb, fakeStorage } from '../testing/fake-db';
import { restoreAttachmentRow, restoreOutboxRow } from './restore';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';

const mutation = {
  mutationId: '0190a3c2-0000-7aaa-8bbb-000000000001',
  seq: 1,
  type: 'create_request',
  requestId: '0190a3c2-0000-7aaa-8bbb-0000000000aa',
  baseVersion: 0,
  args: {
    serviceId: 'rev.income-certificate',
    serviceRev: 1,
    applicant: { applicantName: 'Ravi' },
    filedAt: '2026-01-15T06:00:00.000Z',
  },
};

describe('database upgrades', () => {
  it('when a version-1 database holds a queued mutation, then opening it with today’s schema keeps and migrates it', async () => {
    const storage = fakeStorage();
    const old = fakeDb(storage, 1, 'seva-upgrade');
    await old.table('outbox').add({
      seq: 1,
      mutationId: mutation.mutationId,
      requestId: mutation.requestId,
      type: 'create_request',
      mutation,
      status: 'queued',
      createdAt: '2026-01-15T06:00:00.000Z',
    });
    await old
      .table('requests')
      .add({ id: mutation.requestId, status: 'submitted', filedAt: '2026-01-15T06:00:00.000Z' });
    old.close();

    const current = fakeDb(storage, undefined, 'seva-upgrade');
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    const rows = await current.outbox.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ seq: 1, mutationId: mutation.mutationId, state: { kind: 'queued' }, mutation });
    // An old row of unknown history may have been sent: it must not be edited in place.
    expect(rows[0]?.attempts).toBe(1);
    expect(await current.outbox.where('state.kind').equals('queued').count()).toBe(1);
    expect(await current.requests.get(mutation.requestId)).toMatchObject({
      source: 'optimistic',
      mine: true,
      version: 0,
    });
    current.close();
  });

  it('when a version-2 database holds queued and sent work, then opening it with today’s schema keeps all of it', async () => {
    const storage = fakeStorage();
    const old = fakeDb(storage, 2, 'seva-upgrade-2');
    const row = restoreOutboxRow({ seq: 2, mutation: { ...mutation, seq: 2 }, state: { kind: 'queued' }, attempts: 0 });
    await old.table('outbox').add(row);
    await old.table('outbox').add({ ...row, seq: 3, mutationId: 'm3', state: { kind: 'sending', since: 'x' } });
    await old.table('sent').add({ seq: 1, mutationId: 'm1', requestId: 'r1', type: 'create_request', version: 1 });
    old.close();

    const current = fakeDb(storage, undefined, 'seva-upgrade-2');
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await current.outbox.toArray()).toEqual([
      row,
      { ...row, seq: 3, mutationId: 'm3', state: { kind: 'sending', since: 'x' } },
    ]);
    expect(await current.sent.count()).toBe(1);
    // Versions learnt from push answers have their own table now, empty to begin with.
    expect(await current.knownVersions.count()).toBe(0);
    current.close();
  });

  it('when a version-1 row was in conflict, then the server copy and fields survive the upgrade', () => {
    const restored = restoreOutboxRow({
      seq: 4,
      mutation: { ...mutation, seq: 4 },
      status: 'conflict',
      server: { version: 3 },
      fields: ['applicantName', 7],
      message: 'changed in the office',
      attempts: 2,
    });
    expect(restored.state).toEqual({
      kind: 'conflict',
      server: { version: 3 },
      fields: ['applicantName'],
      message: 'changed in the office',
    });
    expect(restored.mutationId).toBe(mutation.mutationId);
  });

  it('SYNC-ATT-8 when a version-3 database holds captured files and queued work, then the upgrade keeps every byte and makes the files due', async () => {
    const storage = fakeStorage();
    const old = fakeDb(storage, 3, 'seva-upgrade-3');
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
    const file = {
      sha256: 'a'.repeat(64),
      blob: new Blob([bytes], { type: 'image/jpeg' }),
      mimeType: 'image/jpeg',
      sizeBytes: bytes.length,
      name: 'ration-card.jpg',
      createdAt: '2026-01-15T06:00:00.000Z',
    };
    await old.table('attachments').add(file);
    await old.table('attachments').add({ ...file, sha256: 'b'.repeat(64), name: 'house.jpg' });
    const row = restoreOutboxRow({ seq: 1, mutation, state: { kind: 'queued' }, attempts: 0 });
    await old.table('outbox').add(row);
    old.close();

    const current = fakeDb(storage, undefined, 'seva-upgrade-3');
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await current.outbox.toArray()).toEqual([row]);
    const kept = await current.attachments.get(file.sha256);
    expect(kept).toMatchObject({ ...file, blob: expect.any(Blob), upload: { kind: 'due' } });
    expect(new Uint8Array((await kept?.blob.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(bytes);
    expect(await current.attachments.where('upload.kind').equals('due').primaryKeys()).toEqual([
      file.sha256,
      'b'.repeat(64),
    ]);
    current.close();
  });

  it('when an attachment row was uploaded or refused, then restoring it keeps that state', () => {
    const base = { sha256: 'c'.repeat(64), blob: new Blob([]), mimeType: 'image/png', sizeBytes: 0, name: '' };
    expect(restoreAttachmentRow({ ...base, upload: { kind: 'uploaded', uploadedAt: 'x' } }).upload).toEqual({
      kind: 'uploaded',
      uploadedAt: 'x',
    });
    const uploadError = { status: 415, code: 'unsupported_media_type', message: 'no', at: 'y' };
    expect(restoreAttachmentRow({ ...base, upload: { kind: 'refused', uploadError } }).upload).toEqual({
      kind: 'refused',
      uploadError,
    });
    expect(restoreAttachmentRow({ ...base, upload: { kind: 'uploaded' } }).upload).toEqual({ kind: 'due' });
  });

  it('when a row is unreadable, then it is kept (queued) rather than dropped', () => {
    expect(restoreOutboxRow({ seq: 9, state: { kind: 'from-the-future' } })).toMatchObject({
      seq: 9,
      state: { kind: 'queued' },
    });
  });

  it('every schema version keeps the outbox: none deletes it, and versions only grow', () => {
    let previous = 0;
    for (const step of SCHEMA_VERSIONS) {
      expect(step.stores.outbox).not.toBeNull();
      expect(step.version).toBeGreaterThan(previous);
      previous = step.version;
    }
    expect(SCHEMA_VERSIONS[0]?.stores.outbox).toBeTruthy();
  });
});
