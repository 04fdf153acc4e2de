import { createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttachmentUploader, NewAttachment } from '../../../sync-server/store/attachment-store';
import type { Store } from '../../../sync-server/store/store';

const T0 = '2026-03-01T10:00:00.000Z';
const T1 = '2026-03-01T11:00:00.000Z';

const AGENT_A: AttachmentUploader = { tokenId: 'tok_a', secretariatCode: 'GNT-01-001', districtCode: 'GNT' };
const AGENT_C: AttachmentUploader = { tokenId: 'tok_c', secretariatCode: 'KRI-01-001', districtCode: 'KRI' };
const OFFICER_KRI: AttachmentUploader = { tokenId: 'tok_o', secretariatCode: null, districtCode: 'KRI' };
const ADMIN: AttachmentUploader = { tokenId: 'tok_admin', secretariatCode: null, districtCode: null };

/** A JPEG-looking file of `size` random bytes, addressed by its hash. */
function photo(uploader: AttachmentUploader, at = T0, size = 2048): NewAttachment {
  const bytes = new Uint8Array(randomBytes(size));
  bytes.set([0xff, 0xd8, 0xff]);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), mimeType: 'image/jpeg', bytes, uploader, at };
}

/** Attachment bytes on every engine (AttachmentStore, SYNC-ATT-3, SYNC-ATT-6). */
export function attachmentStoreContract(engine: string, openEmptyStore: () => Promise<Store>): void {
  describe(`Attachment store contract on ${engine}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openEmptyStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('SYNC-ATT-3 when a file is stored, then it reads back byte for byte with its type, size and time', async () => {
      const file = photo(AGENT_A, T0, 300_000);
      const outcome = await store.attachments.put(file);
      const record = { sha256: file.sha256, mimeType: 'image/jpeg', sizeBytes: 300_000, uploadedAt: T0 };
      expect(outcome).toEqual({ created: true, record });
      const read = await store.attachments.read(file.sha256, { kind: 'secretariat', secretariatCode: 'GNT-01-001' });
      expect(read?.record).toEqual(record);
      expect(Buffer.from(read?.bytes ?? []).equals(Buffer.from(file.bytes))).toBe(true);
    });

    it('SYNC-ATT-3 when the same file is stored again, then nothing changes and the first record stands', async () => {
      const file = photo(AGENT_A, T0);
      await store.attachments.put(file);
      const again = await store.attachments.put({ ...file, at: T1 });
      expect(again).toEqual({
        created: false,
        record: { sha256: file.sha256, mimeType: 'image/jpeg', sizeBytes: 2048, uploadedAt: T0 },
      });
    });

    it('SYNC-ATT-6 when an agent stores a file, then its secretariat, its district and admins may open it, and no one else', async () => {
      const file = photo(AGENT_A);
      await store.attachments.put(file);
      const found = (reader: Parameters<Store['attachments']['find']>[1]) =>
        store.attachments.find(file.sha256, reader);
      expect(await found({ kind: 'secretariat', secretariatCode: 'GNT-01-001' })).toBeDefined();
      expect(await found({ kind: 'district', districtCode: 'GNT' })).toBeDefined();
      expect(await found({ kind: 'all' })).toBeDefined();
      expect(await found({ kind: 'secretariat', secretariatCode: 'GNT-01-002' })).toBeUndefined();
      expect(await found({ kind: 'district', districtCode: 'KRI' })).toBeUndefined();
      expect(await store.attachments.read(file.sha256, { kind: 'district', districtCode: 'KRI' })).toBeUndefined();
    });

    it('SYNC-ATT-6 when another jurisdiction sends the same bytes, then it may open them too, from its own time', async () => {
      const file = photo(AGENT_A, T0);
      await store.attachments.put(file);
      const second = await store.attachments.put({ ...file, uploader: AGENT_C, at: T1 });
      expect(second).toMatchObject({ created: true, record: { uploadedAt: T1 } });
      expect(await store.attachments.find(file.sha256, { kind: 'district', districtCode: 'KRI' })).toMatchObject({
        uploadedAt: T1,
      });
      // The first sender's view is unchanged, and admins see the first upload.
      expect(
        await store.attachments.find(file.sha256, { kind: 'secretariat', secretariatCode: 'GNT-01-001' }),
      ).toMatchObject({ uploadedAt: T0 });
      expect(await store.attachments.find(file.sha256, { kind: 'all' })).toMatchObject({ uploadedAt: T0 });
    });

    it('SYNC-ATT-6 when an officer or an admin stores a file, then the officer’s district or admins alone may open it', async () => {
      const byOfficer = photo(OFFICER_KRI);
      const byAdmin = photo(ADMIN);
      expect((await store.attachments.put(byOfficer)).created).toBe(true);
      expect((await store.attachments.put(byAdmin)).created).toBe(true);
      expect((await store.attachments.put(byAdmin)).created).toBe(false);
      expect(await store.attachments.find(byOfficer.sha256, { kind: 'district', districtCode: 'KRI' })).toBeDefined();
      expect(
        await store.attachments.find(byOfficer.sha256, { kind: 'secretariat', secretariatCode: 'KRI-01-001' }),
      ).toBeUndefined();
      expect(await store.attachments.find(byAdmin.sha256, { kind: 'all' })).toBeDefined();
      expect(await store.attachments.find(byAdmin.sha256, { kind: 'district', districtCode: 'KRI' })).toBeUndefined();
    });

    it('SYNC-ATT-3 when two uploads of one file race, then one is stored and both answers agree', async () => {
      const file = photo(AGENT_A);
      const outcomes = await Promise.all([store.attachments.put(file), store.attachments.put(file)]);
      expect(outcomes.map((o) => o.created).sort()).toEqual([false, true]);
      expect(outcomes[0]?.record).toEqual(outcomes[1]?.record);
    });

    it('when nothing is stored under a hash, then it is not found by anyone', async () => {
      const { sha256 } = photo(AGENT_A);
      expect(await store.attachments.find(sha256, { kind: 'all' })).toBeUndefined();
      expect(await store.attachments.read(sha256, { kind: 'all' })).toBeUndefined();
    });
  });
}
