import { z } from 'zod';
import { CitizenContactSchema, RecordIdSchema } from '../model/service-request';
import { ServiceIdSchema } from '../model/service';
import { DepartmentCodeSchema } from '../model/department';

/**
 * The sync protocol between offline devices and the server. docs/SPEC-sync.md states its
 * rules with stable IDs (SYNC-…); tests cite them. Bump the version for any change an older
 * client could misread; the server then answers `protocol_mismatch` and the client keeps
 * its queue and asks the agent to update the app.
 */
export const SYNC_PROTOCOL_VERSION = 1;

/** SYNC-PUSH-1: at most this many mutations per push. */
export const MAX_PUSH_BATCH = 200;
/** SYNC-PULL-2: at most this many changes per pull page. */
export const MAX_PULL_LIMIT = 1000;

export const DeviceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'device ids are 8–64 URL-safe characters');

/** Answers as they travel before the server validates them against the service's form. */
const RawAnswersSchema = z.record(z.string().max(40), z.unknown());

const mutationBase = {
  /** UUIDv7 minted when the agent acted; the key the server remembers the result under. */
  mutationId: RecordIdSchema,
  /** Per device, starting at 1, with no gaps (SYNC-SEQ-1). */
  seq: z.number().int().min(1),
  /** The record the mutation is about (for `create_grievance`, the new grievance's id). */
  requestId: RecordIdSchema,
  /** The record version the agent saw; 0 when creating. */
  baseVersion: z.number().int().min(0),
};

export const CreateRequestMutationSchema = z.object({
  ...mutationBase,
  type: z.literal('create_request'),
  args: z.object({
    serviceId: ServiceIdSchema,
    /** The catalog rev whose form the agent filled (SYNC-CAT-2). */
    serviceRev: z.number().int().min(1),
    applicant: RawAnswersSchema,
    contact: CitizenContactSchema.optional(),
    filedAt: z.string().datetime(),
  }),
});

export const AmendRequestMutationSchema = z.object({
  ...mutationBase,
  type: z.literal('amend_request'),
  /** Only the answers the agent changed, with their new values (SYNC-CONFLICT-2). */
  args: z.object({ fields: RawAnswersSchema }),
});

export const WithdrawRequestMutationSchema = z.object({
  ...mutationBase,
  type: z.literal('withdraw_request'),
  args: z.object({ reason: z.string().trim().max(500).optional() }),
});

export const RespondNeedsInfoMutationSchema = z.object({
  ...mutationBase,
  type: z.literal('respond_needs_info'),
  args: z.object({ fields: RawAnswersSchema, note: z.string().trim().max(1000).optional() }),
});

export const CreateGrievanceMutationSchema = z.object({
  ...mutationBase,
  type: z.literal('create_grievance'),
  args: z.object({
    category: z.string().trim().min(1).max(60),
    description: z.string().trim().min(1).max(4000),
    departmentCode: DepartmentCodeSchema.optional(),
    /** The application this grievance is about, if any. */
    aboutRequestId: RecordIdSchema.optional(),
    contact: CitizenContactSchema.optional(),
    filedAt: z.string().datetime(),
  }),
});

export const MutationSchema = z.discriminatedUnion('type', [
  CreateRequestMutationSchema,
  AmendRequestMutationSchema,
  WithdrawRequestMutationSchema,
  RespondNeedsInfoMutationSchema,
  CreateGrievanceMutationSchema,
]);
export type Mutation = z.infer<typeof MutationSchema>;
export type MutationType = Mutation['type'];

export const PushRequestSchema = z.object({
  protocol: z.number().int(),
  deviceId: DeviceIdSchema,
  mutations: z.array(MutationSchema).min(1).max(MAX_PUSH_BATCH),
});
export type PushRequest = z.infer<typeof PushRequestSchema>;

/** Why the server refused a mutation for good. The agent sees the reason; retrying is pointless. */
export const REJECT_REASONS = [
  'unknown_service',
  'unknown_catalog_rev',
  'catalog_rev_expired',
  'validation_failed',
  'not_found',
  'forbidden',
  'illegal_transition',
  'already_exists',
  'seq_reused',
] as const;
export const RejectReasonSchema = z.enum(REJECT_REASONS);
export type RejectReason = z.infer<typeof RejectReasonSchema>;

/**
 * What became of one mutation (SYNC-PUSH-3). `record` is the server's copy after the
 * mutation; clients replace their optimistic copy only when a pull shows it (SYNC-CLIENT-4).
 */
export const MutationResultSchema = z.discriminatedUnion('status', [
  z.object({
    mutationId: RecordIdSchema,
    seq: z.number().int(),
    status: z.literal('applied'),
    recordId: RecordIdSchema,
    version: z.number().int().min(1),
    /** Set when an amend against an older version was merged field by field (SYNC-CONFLICT-2). */
    merged: z.boolean().optional(),
  }),
  z.object({
    mutationId: RecordIdSchema,
    seq: z.number().int(),
    status: z.literal('rejected'),
    reason: RejectReasonSchema,
    message: z.string(),
    details: z.unknown().optional(),
  }),
  z.object({
    mutationId: RecordIdSchema,
    seq: z.number().int(),
    status: z.literal('conflict'),
    /** The server's copy, which stands; the agent decides what to do with theirs. */
    server: z.record(z.string(), z.unknown()),
    /** Answers both sides changed since the agent's base version. */
    fields: z.array(z.string()),
    message: z.string(),
  }),
]);
export type MutationResult = z.infer<typeof MutationResultSchema>;

/** A replay's answer: the result stored the first time, marked as a duplicate (SYNC-PUSH-2). */
export const DuplicateResultSchema = z.object({
  mutationId: RecordIdSchema,
  seq: z.number().int(),
  status: z.literal('duplicate'),
  original: MutationResultSchema,
});
export type DuplicateResult = z.infer<typeof DuplicateResultSchema>;

export const PushResultSchema = z.union([MutationResultSchema, DuplicateResultSchema]);
export type PushResult = z.infer<typeof PushResultSchema>;

export const PushResponseSchema = z.object({
  protocol: z.literal(SYNC_PROTOCOL_VERSION),
  /** One result per processed mutation, in order. */
  results: z.array(PushResultSchema),
  /** The highest seq the server has processed for this device (SYNC-SEQ-3). */
  lastSeq: z.number().int().min(0),
  /** Present when a gap stopped the batch: resend from `expectedSeq` (SYNC-SEQ-2). */
  stoppedAt: z.object({ seq: z.number().int(), expectedSeq: z.number().int() }).optional(),
});
export type PushResponse = z.infer<typeof PushResponseSchema>;

export const PullQuerySchema = z.object({
  cursor: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(500),
});

export const SyncChangeSchema = z.object({
  seq: z.number().int().min(1),
  entity: z.enum(['request', 'grievance']),
  id: RecordIdSchema,
  version: z.number().int().min(1),
  /** The record after the change. */
  data: z.record(z.string(), z.unknown()),
});
export type SyncChange = z.infer<typeof SyncChangeSchema>;

export const PullResponseSchema = z.object({
  protocol: z.literal(SYNC_PROTOCOL_VERSION),
  changes: z.array(SyncChangeSchema),
  /** Pass as `cursor` next time; it only moves forward (SYNC-PULL-1). */
  nextCursor: z.number().int().min(0),
  hasMore: z.boolean(),
  /** The latest published catalog rev, so the device knows to fetch a delta (SYNC-CAT-1). */
  catalogRev: z.number().int().min(0),
});
export type PullResponse = z.infer<typeof PullResponseSchema>;

/** `POST /api/enroll`: a one-time code (from `npx seva enroll`) for a device token. */
export const EnrollRequestSchema = z.object({
  code: z.string().trim().min(6).max(64),
  deviceId: DeviceIdSchema,
  deviceName: z.string().trim().max(80).optional(),
});
export type EnrollRequest = z.infer<typeof EnrollRequestSchema>;

export const EnrollResponseSchema = z.object({
  token: z.string(),
  tokenId: z.string(),
  role: z.literal('agent'),
  name: z.string(),
  secretariatCode: z.string(),
  deviceId: DeviceIdSchema,
});
export type EnrollResponse = z.infer<typeof EnrollResponseSchema>;
