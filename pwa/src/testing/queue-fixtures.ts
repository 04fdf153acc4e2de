import { newUuidV7 } from '../../../shared/ids';
import { enqueue, queueTables } from '../db/queue';
import type { SevaDb } from '../db/seva-db';

/** Queues `count` valid new applications the way the app does, returning their request ids. */
export async function queueApplications(
  db: SevaDb,
  count: number,
  now = new Date('2026-01-15T06:00:00Z'),
): Promise<string[]> {
  const ids: string[] = [];
  await db.transaction('rw', [...queueTables(db)], async () => {
    for (let i = 0; i < count; i += 1) {
      const requestId = newUuidV7();
      ids.push(requestId);
      await enqueue(
        db,
        {
          mutationId: newUuidV7(),
          requestId,
          type: 'create_request',
          baseVersion: 0,
          args: {
            serviceId: 'rev.income-certificate',
            serviceRev: 1,
            applicant: { applicantName: `Citizen ${i}` },
            filedAt: now.toISOString(),
          },
        },
        now,
      );
    }
  });
  return ids;
}

export const ENROLLMENT = {
  token: 'token-abc',
  tokenId: 'tok_1',
  name: 'Ravi',
  secretariatCode: 'GNT-01-001',
  enrolledAt: '2026-01-01T00:00:00.000Z',
};
