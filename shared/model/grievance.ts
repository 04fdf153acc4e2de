import { z } from 'zod';
import {
  ChannelSchema,
  HistoryEntrySchema,
  RecordIdSchema,
  ReferenceSchema,
  CitizenContactSchema,
} from './service-request';
import { JurisdictionSchema } from './geography';
import { DepartmentCodeSchema } from './department';

export const GRIEVANCE_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;
export const GrievanceStatusSchema = z.enum(GRIEVANCE_STATUSES);
export type GrievanceStatus = z.infer<typeof GrievanceStatusSchema>;

/** A citizen's complaint, optionally about one of their requests. */
export const GrievanceSchema = z.object({
  id: RecordIdSchema,
  reference: ReferenceSchema,
  channel: ChannelSchema,
  departmentCode: DepartmentCodeSchema.optional(),
  /** The request this grievance is about, when there is one. */
  requestId: RecordIdSchema.optional(),
  category: z.string().min(1).max(60),
  description: z.string().trim().min(1).max(4000),
  contact: CitizenContactSchema.optional(),
  jurisdiction: JurisdictionSchema,
  status: GrievanceStatusSchema,
  version: z.number().int().min(1),
  history: z.array(HistoryEntrySchema.omit({ status: true }).extend({ status: GrievanceStatusSchema })).min(1),
  filedAt: z.string().datetime(),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});
export type Grievance = z.infer<typeof GrievanceSchema>;
