import { MAX_PUSH_BATCH } from '../../../shared/sync/protocol';
import { isDue } from '../db/outbox-state';
import type { OutboxRow } from '../db/rows';

/** What a walk over outbox rows found for the next push. */
export interface BatchScan {
  /** The due rows, in seq order, at most the limit. */
  due: OutboxRow[];
  /** True when the walk may not go past these rows: the batch is full, or an unsendable row stops it. */
  done: boolean;
}

/**
 * Which outbox rows the next push carries: in seq order, at most {@link MAX_PUSH_BATCH}
 * (SYNC-PUSH-1), the due ones (`isDue`: queued, unanswered, or everything from a resend point).
 *
 * The batch stops before a row the device itself found unsendable: sending what follows would
 * leave a gap the server stops at anyway.
 */
export function scanBatch(rows: readonly OutboxRow[], resendFrom: number | undefined, limit: number): BatchScan {
  const due: OutboxRow[] = [];
  for (const row of [...rows].sort((a, b) => a.seq - b.seq)) {
    if (due.length >= limit) return { due, done: true };
    if (row.state.kind === 'rejected' && row.state.reason === 'invalid_local') return { due, done: true };
    if (isDue(row, resendFrom)) due.push(row);
  }
  return { due, done: due.length >= limit };
}

/** The rows of the next push among `rows` (see {@link scanBatch}). */
export function selectBatch(
  rows: readonly OutboxRow[],
  resendFrom: number | undefined,
  limit: number = MAX_PUSH_BATCH,
): OutboxRow[] {
  return scanBatch(rows, resendFrom, limit).due;
}
