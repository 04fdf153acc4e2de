import type { InFlight, OutboxRow } from '../db/rows';

/**
 * The in-flight marker's arithmetic (see `InFlight` in db/rows.ts), kept pure for tests; the
 * transactions that read and write it are in `apply-push.ts`.
 */

/** The marker after claiming `batch` (in seq order, not empty) behind whatever is claimed already. */
export function claimInFlight(
  current: InFlight | undefined,
  batch: readonly OutboxRow[],
  since: string,
  resendFrom: number | undefined,
): InFlight {
  const first = batch[0]?.seq ?? 0;
  const last = batch.at(-1)?.seq ?? first;
  const fromSeq = current ? Math.min(current.fromSeq, first) : first;
  const toSeq = current ? Math.max(current.toSeq, last) : last;
  const resend = resendFrom ?? current?.resendFrom;
  return { fromSeq, toSeq, since: current?.since ?? since, ...(resend === undefined ? {} : { resendFrom: resend }) };
}

/**
 * The marker once the batch ending at `throughSeq` is settled: what was claimed behind it, or
 * nothing.
 */
export function settleInFlight(current: InFlight | undefined, throughSeq: number): InFlight | undefined {
  if (!current || current.toSeq <= throughSeq) return undefined;
  return { ...current, fromSeq: Math.max(current.fromSeq, throughSeq + 1) };
}
