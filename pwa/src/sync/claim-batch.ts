import { MAX_PUSH_BATCH } from '../../../shared/sync/protocol';
import { isDue } from '../db/outbox-state';
import { restoreOutboxRow } from '../db/restore';
import type { InFlight, OutboxRow } from '../db/rows';
import { getMeta, setMeta, type SevaDb } from '../db/seva-db';
import { scanBatch } from './batching';
import { claimInFlight } from './in-flight';

/** Says what is wrong with a mutation that does not match the protocol, or undefined. */
export type MutationCheck = (mutation: unknown) => string | undefined;

/** A claimed batch and the resend point it was claimed under. */
export interface Claim {
  rows: OutboxRow[];
  resendFrom: number | undefined;
}

/**
 * A marker found when starting afresh was left by a worker that died with a push under way:
 * those rows may have reached the server, so they must never be edited in place again.
 */
async function retireStaleMarker(db: SevaDb, stale: InFlight): Promise<void> {
  const rows = (await db.outbox.where('seq').between(stale.fromSeq, stale.toSeq, true, true).toArray())
    .map(restoreOutboxRow)
    .filter((row) => row.attempts === 0 && isDue(row, stale.resendFrom));
  if (rows.length) await db.outbox.bulkPut(rows.map((row) => ({ ...row, attempts: 1 })));
}

/**
 * The due rows after `afterSeq`, reading only as far as a batch can take: a page of rows at a
 * time, more only when rows that are not due (rejected, in conflict) were skipped.
 */
async function readDue(db: SevaDb, afterSeq: number, resendFrom: number | undefined): Promise<OutboxRow[]> {
  const due: OutboxRow[] = [];
  let from = afterSeq;
  for (;;) {
    const page = (await db.outbox.where('seq').above(from).limit(MAX_PUSH_BATCH).toArray()).map(restoreOutboxRow);
    const scan = scanBatch(page, resendFrom, MAX_PUSH_BATCH - due.length);
    due.push(...scan.due);
    const last = page.at(-1);
    if (scan.done || !last || page.length < MAX_PUSH_BATCH) return due;
    from = last.seq;
  }
}

/**
 * Picks the next batch and claims it, in one transaction. Claiming writes one marker row
 * (`inFlight`) rather than touching the rows: while they are claimed the page does not edit
 * them in place, so what is read here is exactly what is sent. A row that fails `check` is
 * marked and ends the batch (see `scanBatch`).
 *
 * `afterSeq` claims the batch behind the one already claimed (prepared while that one is on the
 * wire); without it this starts afresh, and a marker found then was left by a dead worker.
 */
export async function claimBatch(db: SevaDb, check: MutationCheck, now: Date, afterSeq?: number): Promise<Claim> {
  return db.transaction('rw', db.outbox, db.meta, async () => {
    const resendFrom = await getMeta(db, 'resendFrom');
    const found = await getMeta(db, 'inFlight');
    const stale = afterSeq === undefined ? found : undefined;
    if (stale) await retireStaleMarker(db, stale);
    const flight = stale ? undefined : found;
    const rows = await readDue(db, afterSeq ?? 0, resendFrom);
    const claimed: OutboxRow[] = [];
    for (const row of rows) {
      const problem = check(row.mutation);
      if (problem !== undefined) {
        await db.outbox.update(row.seq, { state: { kind: 'rejected', reason: 'invalid_local', message: problem } });
        break;
      }
      claimed.push(row);
    }
    if (claimed.length) await setMeta(db, 'inFlight', claimInFlight(flight, claimed, now.toISOString(), resendFrom));
    else if (stale) await db.meta.delete('inFlight');
    return { rows: claimed, resendFrom };
  });
}
