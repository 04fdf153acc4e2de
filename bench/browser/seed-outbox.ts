import type { Page } from 'playwright-core';
import { newUuidV7, referenceFromId } from '../../shared/ids';
import type { Service } from '../../shared/model/service';
import { todayIso } from '../../shared/validation';
import type { UnnumberedMutation } from '../../pwa/src/db/queue';
import type { OutboxRow, RequestRow } from '../../pwa/src/db/rows';
import { DEFAULT_DB_NAME } from '../../pwa/src/db/seva-db';
import { validAnswersFor } from '../../test/fixtures/answers';

/**
 * Fills a device's outbox with applications exactly as the app queues them when an agent files
 * a form. This mirrors two pieces of app code, and must change when they do:
 *
 * - `fileRequest` in pwa/src/agent/form/file-request.ts: the request id minted first, then the
 *   mutation id; a `create_request` mutation with baseVersion 0, the catalog rev, the answers,
 *   the citizen's contact (the first mobile answer) and `filedAt`; an optimistic request copy
 *   (`source: 'optimistic'`, version 0, one history entry) put in `requests`;
 * - `allocateSeq` and `enqueue` in pwa/src/db/queue.ts: the next gap-free seq is the largest of
 *   the `nextSeq` counter, the last outbox seq + 1 and the last sent seq + 1, the counter moves
 *   past it, and the row goes in as `{ kind: 'queued' }` with 0 attempts.
 *
 * The app writes one IndexedDB transaction per filing; this writes a chunk of filings per
 * transaction (ten thousand transactions would make the set-up slower than the measurement).
 * The rows and seqs are the same: within one transaction, allocating per row gives exactly the
 * consecutive seqs numbered here from one read of the counter and the two last keys.
 */

/** One filing as `fileRequest` builds it, before the queue numbers it. */
export interface Filing {
  mutation: UnnumberedMutation;
  optimistic: RequestRow;
  createdAt: string;
}

/** Distinct names the form accepts (letters only): Lakshmi Devi Aaa, Lakshmi Devi Aab, … */
function applicantName(index: number): string {
  let suffix = '';
  for (let n = index, i = 0; i < 3; i++, n = Math.floor(n / 26)) suffix = String.fromCharCode(97 + (n % 26)) + suffix;
  return `Lakshmi Devi ${suffix.charAt(0).toUpperCase()}${suffix.slice(1)}`;
}

/** `count` income-certificate filings with valid, distinct answers, filed a second apart up to `now`. */
export function makeFilings(service: Service, catalogRev: number, count: number, now: Date): Filing[] {
  const base = validAnswersFor(service.fields, todayIso(now));
  const mobileField = service.fields.find((field) => field.type === 'mobile');
  return Array.from({ length: count }, (_, index) => {
    const filedAt = new Date(now.getTime() - (count - index) * 1000).toISOString();
    const answers: Record<string, unknown> = { ...base, applicantName: applicantName(index) };
    const mobile = mobileField ? answers[mobileField.key] : undefined;
    const requestId = newUuidV7();
    const mutation: UnnumberedMutation = {
      mutationId: newUuidV7(),
      requestId,
      type: 'create_request',
      baseVersion: 0,
      args: {
        serviceId: service.id,
        serviceRev: catalogRev,
        applicant: answers,
        ...(typeof mobile === 'string' ? { contact: { mobile } } : {}),
        filedAt,
      },
    };
    const optimistic: RequestRow = {
      id: requestId,
      reference: referenceFromId(requestId),
      serviceId: service.id,
      serviceRev: catalogRev,
      departmentCode: service.departmentCode,
      status: 'submitted',
      applicant: answers,
      filedAt,
      updatedAt: filedAt,
      version: 0,
      source: 'optimistic',
      mine: true,
      history: [{ version: 0, status: 'submitted', at: filedAt }],
    };
    return { mutation, optimistic, createdAt: filedAt };
  });
}

interface ChunkArgs {
  dbName: string;
  filings: Filing[];
}

/**
 * Runs in the page: numbers and stores one chunk of filings in one transaction over the tables
 * the filing transaction covers. Raw IndexedDB, because the app's Dexie instance is bundled and
 * not reachable from outside. (No named functions inside: tsx wraps them in a helper the page
 * does not have.)
 */
async function writeChunkInPage({ dbName, filings }: ChunkArgs): Promise<{ first: number; last: number }> {
  const opening = indexedDB.open(dbName);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  try {
    const tx = db.transaction(['meta', 'outbox', 'sent', 'requests', 'drafts'], 'readwrite');
    const committed = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error('seeding transaction aborted'));
    });
    const counterRequest = tx.objectStore('meta').get('nextSeq');
    const lastQueuedRequest = tx.objectStore('outbox').openKeyCursor(null, 'prev');
    const lastSentRequest = tx.objectStore('sent').openKeyCursor(null, 'prev');
    const [counter, lastQueued, lastSent] = await Promise.all(
      [counterRequest, lastQueuedRequest, lastSentRequest].map(
        (request) =>
          new Promise<unknown>((resolve, reject) => {
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    const counterValue = (counter as { value?: number } | undefined)?.value ?? 1;
    const queuedKey = Number((lastQueued as IDBCursor | null)?.key ?? 0);
    const sentKey = Number((lastSent as IDBCursor | null)?.key ?? 0);
    const first = Math.max(counterValue, queuedKey + 1, sentKey + 1);
    let seq = first;
    for (const filing of filings) {
      const mutation = { ...filing.mutation, seq };
      const row: OutboxRow = {
        seq,
        mutationId: mutation.mutationId,
        requestId: mutation.requestId,
        type: mutation.type,
        mutation,
        state: { kind: 'queued' },
        attempts: 0,
        createdAt: filing.createdAt,
      };
      tx.objectStore('outbox').add(row);
      tx.objectStore('requests').put(filing.optimistic);
      seq += 1;
    }
    tx.objectStore('meta').put({ key: 'nextSeq', value: seq });
    await committed;
    return { first, last: seq - 1 };
  } finally {
    db.close();
  }
}

const CHUNK = 1000;

/** Queues `filings` on the device open in `page`; returns the seqs they got. */
export async function seedOutbox(page: Page, filings: readonly Filing[]): Promise<{ first: number; last: number }> {
  let first: number | undefined;
  let last = 0;
  for (let from = 0; from < filings.length; from += CHUNK) {
    const chunk = await page.evaluate(writeChunkInPage, {
      dbName: DEFAULT_DB_NAME,
      filings: filings.slice(from, from + CHUNK),
    });
    if (last !== 0 && chunk.first !== last + 1) throw new Error(`seq gap while seeding: ${last} then ${chunk.first}`);
    first ??= chunk.first;
    last = chunk.last;
  }
  return { first: first ?? 0, last };
}
