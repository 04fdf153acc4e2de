import { describe, expect, it } from 'vitest';
import { fakeDb } from '../../testing/fake-db';
import { attachmentRef, keepAttachment } from './attachments';

const NOW = new Date('2026-01-15T06:00:00Z');

function photo(): File {
  return new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9, 9])], 'door.jpg', { type: 'image/jpeg' });
}

describe('keeping attachments on the device', () => {
  it('SYNC-ATT-8 when a file is attached, then its bytes are kept under their hash, due for upload', async () => {
    const db = fakeDb();
    const file = photo();
    const ref = await attachmentRef(file);
    await keepAttachment(db, file, ref, NOW);
    const kept = await db.attachments.get(ref.sha256);
    expect(kept).toMatchObject({ mimeType: 'image/jpeg', sizeBytes: 6, name: 'door.jpg', upload: { kind: 'due' } });
    expect(ref.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('SYNC-ATT-8 when an uploaded file is attached again, then it stays uploaded and is not sent twice', async () => {
    const db = fakeDb();
    const file = photo();
    const ref = await attachmentRef(file);
    await keepAttachment(db, file, ref, NOW);
    await db.attachments.update(ref.sha256, { upload: { kind: 'uploaded', uploadedAt: NOW.toISOString() } });
    await keepAttachment(db, photo(), ref, new Date('2026-02-01T00:00:00Z'));
    expect(await db.attachments.get(ref.sha256)).toMatchObject({
      createdAt: NOW.toISOString(),
      upload: { kind: 'uploaded' },
    });
    expect(await db.attachments.count()).toBe(1);
  });
});
