import { z } from 'zod';
import type { DeliveryStatus } from '../runtime/ports';

/**
 * Delivery statuses of the messages Seva sent (`value.statuses` in a `messages` change):
 * sent, delivered, read, failed. Read leniently, like the rest of the webhook: what cannot be
 * used is skipped, never thrown.
 */

const Status = z
  .object({
    id: z.string().min(1),
    status: z.enum(['sent', 'delivered', 'read', 'failed']),
    timestamp: z.string().regex(/^\d+$/),
    recipient_id: z.string().optional(),
    recipient_user_id: z.string().optional(),
    errors: z.array(z.object({ code: z.number().int(), title: z.string().optional() }).passthrough()).optional(),
  })
  .passthrough();

/** The raw `value.statuses` arrays of the payload's `messages` changes; anything else is skipped. */
function rawStatuses(payload: unknown): unknown[] {
  // Walked by hand, not with a schema: nearly every webhook is a message with no statuses, and
  // the envelope was already checked by normalizeWebhook. Each status is parsed below.
  const found: unknown[] = [];
  const entries = (payload as { entry?: unknown } | null)?.entry;
  if (!Array.isArray(entries)) return found;
  for (const entry of entries) {
    const changes = (entry as { changes?: unknown } | null)?.changes;
    if (!Array.isArray(changes)) continue;
    for (const change of changes) {
      const { field, value } = (change ?? {}) as { field?: unknown; value?: unknown };
      const statuses = (value as { statuses?: unknown } | null)?.statuses;
      if (field === 'messages' && Array.isArray(statuses)) found.push(...statuses);
    }
  }
  return found;
}

export function deliveryStatuses(payload: unknown): DeliveryStatus[] {
  const statuses: DeliveryStatus[] = [];
  for (const raw of rawStatuses(payload)) {
    const status = Status.safeParse(raw);
    if (!status.success) continue;
    const { id, status: state, timestamp, recipient_id, recipient_user_id, errors } = status.data;
    const [error] = errors ?? [];
    statuses.push({
      waMessageId: id,
      status: state,
      timestamp: new Date(Number(timestamp) * 1000).toISOString(),
      recipientId: recipient_id ?? recipient_user_id ?? '',
      ...(error ? { errorCode: error.code } : {}),
      ...(error?.title ? { errorTitle: error.title } : {}),
    });
  }
  return statuses;
}
