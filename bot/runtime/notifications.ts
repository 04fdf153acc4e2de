import type { StatusChangedEvent } from '../conversation';
import type { BotLogger } from './logger';
import type { BotStorePort, NewInbound, RequestQueuePort, StatusChange } from './ports';

/** The store's cursor over the request queue's status changes. */
export const STATUS_CURSOR = 'whatsapp:status-changes';
const BATCH = 200;

/** The id of a change's notification: the same change read twice is one inbound event. */
export function statusEventId(change: StatusChange): string {
  return `status:${change.requestId}:${change.seq}`;
}

/**
 * Turns request status changes into `status_changed` events in the citizens' inboxes, where
 * they are processed like messages (in order with what the citizen sends, opted-out citizens
 * hear nothing). The cursor moves only after the events are stored; a crash in between reads
 * the same changes again, and the inbox drops them by id. A change to `issued` carries its
 * certificate, which the same turn sends after the notification — so it too is sent once.
 */
export async function followStatusChanges(deps: {
  store: BotStorePort;
  queue: RequestQueuePort;
  logger: BotLogger;
  now: () => Date;
  onInbound: () => void;
}): Promise<number> {
  const { store, queue, logger } = deps;
  const cursor = await store.getCursor(STATUS_CURSOR);
  const { changes, nextCursor } = await queue.statusChangesSince(cursor, BATCH);
  const receivedAt = deps.now().toISOString();
  const inbound: NewInbound[] = [];
  for (const change of changes) {
    const citizenId = change.contact.whatsappId;
    if (!citizenId) {
      logger.info({ requestId: change.requestId }, 'status change for a request without a whatsapp contact');
      continue;
    }
    const event: StatusChangedEvent = {
      kind: 'status_changed',
      citizenId,
      reference: change.reference,
      serviceName: change.serviceName,
      status: change.status,
      at: change.at,
      ...(change.note === undefined ? {} : { note: change.note }),
      ...(change.certificate === undefined ? {} : { certificate: change.certificate }),
    };
    inbound.push({ messageId: statusEventId(change), citizenId, receivedAt, event });
  }
  if (inbound.length > 0 && (await store.addInbound(inbound)) > 0) deps.onInbound();
  if (nextCursor !== cursor) await store.setCursor(STATUS_CURSOR, nextCursor);
  return changes.length;
}
