import { createHash } from 'node:crypto';

/**
 * UUIDv7s that are the same every time the same inbound event is processed. Processing is
 * at-least-once (a crash before the turn is committed means it runs again), so the ids the
 * engine mints — request and grievance ids above all — must come out the same on the second
 * run: the queue is idempotent on them, and the citizen's request is filed once.
 *
 * Layout (RFC 9562): 48 bits of Unix milliseconds from the event's own time, the version (7),
 * 74 bits from SHA-256 of the event id and the call's index, the variant (10).
 */

const MAX_MS = 2 ** 48 - 1;

export function deterministicUuidV7(seed: string, timeMs: number): string {
  const bytes = Buffer.alloc(16);
  let time = Math.min(MAX_MS, Math.max(0, Math.floor(timeMs)));
  for (let index = 5; index >= 0; index -= 1) {
    bytes[index] = time % 256;
    time = Math.floor(time / 256);
  }
  createHash('sha256').update(seed).digest().copy(bytes, 6, 0, 10);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `context.newId` for one inbound event: the n-th call returns the n-th id derived from `eventId`. */
export function idsForEvent(eventId: string, eventTime: Date): () => string {
  let index = 0;
  return () => {
    const id = deterministicUuidV7(`${eventId}\u0000${index}`, eventTime.getTime());
    index += 1;
    return id;
  };
}
