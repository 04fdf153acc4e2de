import type { InFlight, OutboxRow, OutboxState } from './rows';

/**
 * Where an outbox row stands, for the worker and the page alike. Kept free of the protocol's
 * schemas so the page can use it without loading them.
 */

/**
 * Whether a push sends `row`: queued rows and rows whose answer never arrived are due; rejected
 * and conflict rows were processed and wait for the agent (SYNC-CLIENT-4) — unless the server
 * asked to resend from an earlier seq (`resendFrom`, SYNC-SEQ-2), when every row from there on
 * goes again.
 */
export function isDue(row: OutboxRow, resendFrom: number | undefined): boolean {
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

/** Whether `row` belongs to the push the worker has claimed (see {@link InFlight}). */
export function isInFlight(row: OutboxRow, flight: InFlight | undefined): boolean {
  if (!flight || row.seq < flight.fromSeq || row.seq > flight.toSeq) return false;
  return isDue(row, flight.resendFrom);
}

/** The state a screen shows: a row the worker has claimed is sending, whatever is stored. */
export function shownState(row: OutboxRow, flight: InFlight | undefined): OutboxState {
  return flight && isInFlight(row, flight) ? { kind: 'sending', since: flight.since } : row.state;
}
