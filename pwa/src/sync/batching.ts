import { MAX_PUSH_BATCH } from '../../../shared/sync/protocol';
import type { OutboxRow } from '../db/rows';

/**
 * Which outbox rows the next push carries: in seq order, at most {@link MAX_PUSH_BATCH}
 * (SYNC-PUSH-1). Queued rows and rows whose answer never arrived are due; rejected and conflict
 * rows were processed and wait for the agent (SYNC-CLIENT-4) — unless the server asked to resend
 * from an earlier seq (`resendFrom`, SYNC-SEQ-2), when every row from there on goes again.
 *
 * The batch stops before a row the device itself found unsendable: sending what follows would
 * leave a gap the server stops at anyway.
 */
export function selectBatch(
  rows: readonly OutboxRow[],
  resendFrom: number | undefined,
  limit: number = MAX_PUSH_BATCH,
): OutboxRow[] {
  const batch: OutboxRow[] = [];
  for (const row of [...rows].sort((a, b) => a.seq - b.seq)) {
    if (batch.length >= limit) break;
    if (row.state.kind === 'rejected' && row.state.reason === 'invalid_local') break;
    if (isDue(row, resendFrom)) batch.push(row);
  }
  return batch;
}

function isDue(row: OutboxRow, resendFrom: number | undefined): boolean {
  if (resendFrom !== undefined && row.seq >= resendFrom) return true;
  switch (row.state.kind) {
    case 'queued':
    case 'sending':
      return true;
    case 'rejected':
    case 'conflict':
      return false;
    default: {
      const unhandled: never = row.state;
      throw new TypeError(`unhandled outbox state ${JSON.stringify(unhandled)}`);
    }
  }
}

/**
 * After `stoppedAt`, whether the device still holds the seq the server expects. When it does
 * not (the row was deleted after an acknowledgement the server has since lost), resending cannot
 * close the gap and the agent must call support.
 */
export function canCloseGap(rows: readonly OutboxRow[], expectedSeq: number): boolean {
  return rows.some((row) => row.seq === expectedSeq);
}
