import type { VerdictStatus } from './types';

/**
 * Every reason a verdict can give, by the status it comes with: a closed list the kiosk maps
 * to messages. The README's verification order says where in the pipeline each arises.
 */
export const VERDICT_REASONS = {
  unknown_prefix: 'NOT_OURS',
  too_long: 'INVALID',
  base45_malformed: 'INVALID',
  inflate_failed: 'INVALID',
  inflate_limit: 'INVALID',
  cose_malformed: 'INVALID',
  unsupported_algorithm: 'INVALID',
  kid_missing: 'INVALID',
  unknown_kid: 'UNKNOWN_ISSUER',
  bad_signature: 'INVALID',
  claims_malformed: 'INVALID',
  issuer_mismatch: 'INVALID',
  key_not_allowed: 'INVALID',
  not_yet_valid: 'NOT_YET_VALID',
  expired: 'EXPIRED',
  revoked: 'REVOKED',
  valid: 'VALID',
  invalid_clock: 'INVALID',
  unexpected_error: 'INVALID',
} as const satisfies Record<string, VerdictStatus>;

export type VerdictReason = keyof typeof VERDICT_REASONS;
