import { newUuidV7, referenceFromId } from '../../../../shared/ids';
import type { ApplicantAnswers, FormField } from '../../../../shared/model/form-field';
import type { CitizenContact } from '../../../../shared/model/service-request';
import type { Service } from '../../../../shared/model/service';
import { enqueue, queueTables } from '../../db/queue';
import type { RequestRow } from '../../db/rows';
import type { SevaDb } from '../../db/seva-db';

export interface FilingInput {
  draftId: string;
  service: Service;
  /** The catalog rev whose form was filled (SYNC-CAT-2). */
  catalogRev: number;
  /** Answers already checked by the shared validators. */
  answers: ApplicantAnswers;
  /** Kept when refiling a rejected application, so the citizen's reference stays the same. */
  requestId?: string;
  now: Date;
}

export interface Filed {
  requestId: string;
  reference: string;
  seq: number;
}

/** The citizen's mobile number, from the first mobile question answered, to reach them about it. */
function contactOf(fields: readonly FormField[], answers: ApplicantAnswers): CitizenContact | undefined {
  const mobile = fields.find((field) => field.type === 'mobile' && typeof answers[field.key] === 'string');
  return mobile ? { mobile: answers[mobile.key] as string } : undefined;
}

/**
 * Files an application in ONE IndexedDB transaction: the next seq (SYNC-SEQ-1), the outbox
 * mutation, an optimistic copy marked pending, and the draft deleted. Either all of it is on the
 * phone or none; the reference number derives from the id, so the citizen can have it at once.
 */
export async function fileRequest(db: SevaDb, input: FilingInput): Promise<Filed> {
  const requestId = input.requestId ?? newUuidV7();
  const filedAt = input.now.toISOString();
  const contact = contactOf(input.service.fields, input.answers);
  const optimistic: RequestRow = {
    id: requestId,
    reference: referenceFromId(requestId),
    serviceId: input.service.id,
    serviceRev: input.catalogRev,
    departmentCode: input.service.departmentCode,
    status: 'submitted',
    applicant: input.answers,
    filedAt,
    updatedAt: filedAt,
    version: 0,
    source: 'optimistic',
    mine: true,
    history: [{ version: 0, status: 'submitted', at: filedAt }],
  };
  const seq = await db.transaction('rw', [...queueTables(db), db.requests, db.drafts], async () => {
    if (input.requestId) {
      // Refiling replaces the refused filing of the same application, which the server has processed.
      await db.outbox
        .where('requestId')
        .equals(requestId)
        .filter((row) => row.type === 'create_request' && row.state.kind === 'rejected')
        .delete();
    }
    const row = await enqueue(
      db,
      {
        mutationId: newUuidV7(),
        requestId,
        type: 'create_request',
        baseVersion: 0,
        args: {
          serviceId: input.service.id,
          serviceRev: input.catalogRev,
          applicant: input.answers,
          ...(contact ? { contact } : {}),
          filedAt,
        },
      },
      input.now,
    );
    await db.requests.put(optimistic);
    await db.drafts.delete(input.draftId);
    return row.seq;
  });
  return { requestId, reference: optimistic.reference, seq };
}
