import { z } from 'zod';
import { RequestStatusSchema } from '../lifecycle/request-state-machine';
import { ChannelSchema, CitizenContactSchema, RecordIdSchema, ServiceRequestSchema } from '../model/service-request';
import { ServiceIdSchema } from '../model/service';
import { SecretariatCodeSchema } from '../model/geography';

/**
 * `POST /api/requests`. The client makes the id (UUIDv7) so a retry is recognised: posting the
 * same id again returns the stored request and never files a second one.
 */
export const CreateRequestBodySchema = z.object({
  id: RecordIdSchema,
  serviceId: ServiceIdSchema,
  serviceRev: z.number().int().min(1),
  /** Defaults to the channel of the caller's role (agent → `agent`, officer → `office`). */
  channel: ChannelSchema.optional(),
  /** Defaults to the agent's own secretariat. */
  secretariatCode: SecretariatCodeSchema.optional(),
  applicant: z.record(z.string(), z.unknown()),
  contact: CitizenContactSchema.optional(),
  filedAt: z.string().datetime().optional(),
});
export type CreateRequestBody = z.infer<typeof CreateRequestBodySchema>;

/** `POST /api/requests/:id/transition`. */
export const TransitionBodySchema = z.object({
  to: RequestStatusSchema,
  note: z.string().trim().max(1000).optional(),
  /** When given, the transition applies only if the request is still at this version. */
  expectedVersion: z.number().int().min(1).optional(),
});
export type TransitionBody = z.infer<typeof TransitionBodySchema>;

/** `GET /api/requests` query: newest first, paged by an opaque cursor. */
export const ListRequestsQuerySchema = z.object({
  status: RequestStatusSchema.optional(),
  service: ServiceIdSchema.optional(),
  cursor: RecordIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListRequestsQuery = z.infer<typeof ListRequestsQuerySchema>;

export const ListRequestsResponseSchema = z.object({
  items: z.array(ServiceRequestSchema),
  nextCursor: RecordIdSchema.nullable(),
});
export type ListRequestsResponse = z.infer<typeof ListRequestsResponseSchema>;

/** `GET /api/track/:reference`: status and dates only, never personal data. */
export const TrackResponseSchema = z.object({
  reference: z.string(),
  serviceId: ServiceIdSchema,
  serviceName: z.object({ en: z.string(), te: z.string() }),
  status: RequestStatusSchema,
  filedAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
  /** When the department promised a decision by (filing date + the service's SLA days). */
  dueBy: z.string().datetime(),
  history: z.array(z.object({ status: RequestStatusSchema, at: z.string().datetime() })),
});
export type TrackResponse = z.infer<typeof TrackResponseSchema>;
