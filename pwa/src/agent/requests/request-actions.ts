import { newUuidV7 } from '../../../../shared/ids';
import { baseVersionOf, enqueue, mayEditInPlace, queueTables } from '../../db/queue';
import type { OutboxRow, RequestRow } from '../../db/rows';
import type { SevaDb } from '../../db/seva-db';

/**
 * The agent's changes to a filed request, queued like filing (SYNC-SEQ-1). The device's copy is
 * not rewritten (SYNC-CLIENT-4: a pull replaces it); screens overlay what is still queued.
 */

/** The outbox rows about one request, oldest first. */
export async function pendingFor(db: SevaDb, requestId: string): Promise<OutboxRow[]> {
  return (await db.outbox.where('requestId').equals(requestId).toArray()).sort((a, b) => a.seq - b.seq);
}

/** Answers as the agent last set them: the device's copy with queued changes on top. */
export function effectiveAnswers(request: RequestRow, pending: readonly OutboxRow[]): Record<string, unknown> {
  const answers = { ...request.applicant };
  for (const row of pending) {
    if (row.state.kind !== 'queued' && row.state.kind !== 'sending') continue;
    const { mutation } = row;
    if (mutation.type === 'amend_request' || mutation.type === 'respond_needs_info')
      Object.assign(answers, mutation.args.fields);
  }
  return answers;
}

/**
 * Queues changed answers (only those, SYNC-CONFLICT-2). While the latest queued change to this
 * request has never left the phone, the new answers are folded into it instead: the server sees
 * one change, and the agent's own edits cannot conflict with each other.
 */
export async function amendRequest(
  db: SevaDb,
  request: RequestRow,
  fields: Record<string, unknown>,
  now: Date,
): Promise<void> {
  await db.transaction('rw', [...queueTables(db), db.requests, db.knownVersions], async () => {
    const last = (await pendingFor(db, request.id)).at(-1);
    if (last && (await mayEditInPlace(db, last))) {
      const { mutation } = last;
      if (mutation.type === 'create_request') {
        mutation.args.applicant = { ...mutation.args.applicant, ...fields };
        await db.outbox.put({ ...last, mutation });
        // The local copy of an unsent filing is ours alone, so it follows the edit.
        await db.requests.update(request.id, { applicant: mutation.args.applicant, updatedAt: now.toISOString() });
        return;
      }
      if (mutation.type === 'amend_request') {
        mutation.args.fields = { ...mutation.args.fields, ...fields };
        await db.outbox.put({ ...last, mutation });
        return;
      }
    }
    await enqueue(
      db,
      {
        mutationId: newUuidV7(),
        requestId: request.id,
        type: 'amend_request',
        baseVersion: await baseVersionOf(db, request),
        args: { fields },
      },
      now,
    );
  });
}

/** Queues a withdrawal (SYNC-APPLY-3); the server's state machine decides whether it still may. */
export async function withdrawRequest(db: SevaDb, request: RequestRow, reason: string, now: Date): Promise<void> {
  await db.transaction('rw', [...queueTables(db), db.knownVersions], async () => {
    const trimmed = reason.trim();
    await enqueue(
      db,
      {
        mutationId: newUuidV7(),
        requestId: request.id,
        type: 'withdraw_request',
        baseVersion: await baseVersionOf(db, request),
        args: trimmed ? { reason: trimmed.slice(0, 500) } : {},
      },
      now,
    );
  });
}

/** Queues the answers the office asked for, moving the request back to the office (SYNC-APPLY-4). */
export async function respondNeedsInfo(
  db: SevaDb,
  request: RequestRow,
  fields: Record<string, unknown>,
  note: string,
  now: Date,
): Promise<void> {
  await db.transaction('rw', [...queueTables(db), db.knownVersions], async () => {
    const trimmed = note.trim();
    await enqueue(
      db,
      {
        mutationId: newUuidV7(),
        requestId: request.id,
        type: 'respond_needs_info',
        baseVersion: await baseVersionOf(db, request),
        args: { fields, ...(trimmed ? { note: trimmed.slice(0, 1000) } : {}) },
      },
      now,
    );
  });
}
