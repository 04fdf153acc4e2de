/**
 * When a waiting app version may take over. A reload never happens while a form is open, nor
 * while the outbox holds work this version can still send: that work goes out first, under the
 * code that queued it. Two exceptions are safe by construction — the queue lives in IndexedDB,
 * and schema upgrades never drop it:
 * - items only the agent can settle (refused, in conflict) do not hold an update back forever;
 * - when the server has said this version's protocol is too old (SYNC-CLIENT-3), nothing can be
 *   sent until the update, so waiting would wait forever.
 */
export interface GateInput {
  updateWaiting: boolean;
  formOpen: boolean;
  /** Whether the outbox holds items in state queued or sending. */
  sendable: boolean;
  /** The last sync was refused with `protocol_mismatch`. */
  needsUpdate: boolean;
}

export function isUpdateSafe(input: GateInput): boolean {
  if (!input.updateWaiting || input.formOpen) return false;
  return !input.sendable || input.needsUpdate;
}
