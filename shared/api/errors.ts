import { z } from 'zod';

/**
 * Every failure any Seva endpoint reports, as a closed list: clients switch on `code`,
 * people read `message`.
 */
export const ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'illegal_transition',
  'version_conflict',
  'unknown_service',
  'unknown_catalog_rev',
  'catalog_rev_expired',
  'unknown_secretariat',
  'protocol_mismatch',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'unavailable',
  'internal',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** The one error body: `{ "error": { "code": "...", "message": "..." } }`, with optional details. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: ErrorCodeSchema,
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
