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

const Payload = z.object({
  entry: z.array(
    z.object({
      changes: z.array(
        z.object({
          field: z.string(),
          value: z.object({ statuses: z.array(z.unknown()).optional() }).passthrough(),
        }),
      ),
    }),
  ),
});

export function deliveryStatuses(payload: unknown): DeliveryStatus[] {
  const parsed = Payload.safeParse(payload);
  if (!parsed.success) return [];
  const statuses: DeliveryStatus[] = [];
  for (const change of parsed.data.entry.flatMap((entry) => entry.changes)) {
    if (change.field !== 'messages') continue;
    for (const raw of change.value.statuses ?? []) {
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
  }
  return statuses;
}
