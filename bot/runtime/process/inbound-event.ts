import type { BotEvent } from '../../conversation';
import type { InboundRecord } from '../ports';

const KINDS: ReadonlySet<string> = new Set([
  'message',
  'effect_result',
  'status_changed',
  'person_message',
  'handoff_ended',
]);

/**
 * The stored event, if it is one. Events are parsed where they enter (the webhook normalises
 * citizen messages; the runtime writes the others), so this only guards against a row that is
 * not an event at all or belongs to someone else.
 */
export function readEvent(record: InboundRecord): BotEvent | undefined {
  const event = record.event;
  if (typeof event !== 'object' || event === null) return undefined;
  const { kind, citizenId } = event as { kind?: unknown; citizenId?: unknown };
  if (typeof kind !== 'string' || !KINDS.has(kind) || citizenId !== record.citizenId) return undefined;
  return event as BotEvent;
}

/** The event's own time (when the citizen sent it), else when it was stored: the same on every run. */
export function eventTime(record: InboundRecord, event: BotEvent | undefined): Date {
  const sent = event?.kind === 'message' ? Date.parse(event.timestamp) : Number.NaN;
  if (Number.isFinite(sent)) return new Date(sent);
  const received = Date.parse(record.receivedAt);
  return new Date(Number.isFinite(received) ? received : 0);
}
