import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { EnrollResponse } from '../../shared/sync/protocol';
import { hashToken } from '../auth/tokens';
import { AppError } from '../http/app-error';
import type { EnrollmentRecord, Store, TokenRecord } from '../store/store';

/** How long an enrollment code can be used (SYNC-ENROLL-1). */
export const ENROLLMENT_TTL_MS = 15 * 60_000;
/** Crockford base32: no I, L, O or U to misread when a code is typed from a screen. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 12;

/** Codes are compared by hash, ignoring case, spaces and dashes as a person might type them. */
export function hashEnrollmentCode(code: string): string {
  const canonical = code.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return createHash('sha256').update(`enroll:${canonical}`).digest('hex');
}

/** Creates a one-time code an agent's device exchanges for its own token. */
export async function createEnrollment(
  store: Store,
  grant: { name: string; secretariatCode: string },
  now: Date,
): Promise<{ code: string; expiresAt: string }> {
  const raw = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  const code = `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
  const record: EnrollmentRecord = {
    id: `enr_${randomBytes(8).toString('hex')}`,
    codeHash: hashEnrollmentCode(code),
    role: 'agent',
    name: grant.name,
    secretariatCode: grant.secretariatCode,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ENROLLMENT_TTL_MS).toISOString(),
    usedAt: null,
    tokenId: null,
  };
  await store.insertEnrollment(record);
  return { code, expiresAt: record.expiresAt };
}

/** Exchanges a code, once, for a token bound to `deviceId`. */
export async function redeemEnrollment(
  store: Store,
  request: { code: string; deviceId: string },
  now: Date,
): Promise<EnrollResponse> {
  const token = `seva_${randomBytes(32).toString('base64url')}`;
  const record = await store.redeemEnrollment(
    hashEnrollmentCode(request.code),
    now.toISOString(),
    (enrollment): TokenRecord => ({
      id: `tok_${randomBytes(8).toString('hex')}`,
      tokenHash: hashToken(token),
      role: enrollment.role,
      name: enrollment.name,
      secretariatCode: enrollment.secretariatCode,
      departmentCode: null,
      districtCode: null,
      createdAt: now.toISOString(),
      revokedAt: null,
      deviceId: request.deviceId,
    }),
  );
  if (!record?.secretariatCode) {
    throw new AppError('unauthorized', 'this enrollment code is unknown, expired or already used; ask for a new one');
  }
  return {
    token,
    tokenId: record.id,
    role: 'agent',
    name: record.name,
    secretariatCode: record.secretariatCode,
    deviceId: request.deviceId,
  };
}
