import { createHash, randomBytes } from 'node:crypto';
import type { TokenRole } from '../../shared/model/role';
import type { Store, TokenRecord } from '../store/store';
import type { Principal } from './principal';

const TOKEN_PREFIX = 'seva_';

/** SHA-256 of the whole bearer token: tokens carry 256 random bits, so a slow hash adds nothing. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface TokenGrant {
  role: TokenRole;
  name: string;
  secretariatCode?: string | undefined;
  departmentCode?: string | undefined;
  districtCode?: string | undefined;
  deviceId?: string | undefined;
}

/**
 * Creates a token and stores only its hash. The returned secret is shown once and can
 * never be recovered; lose it and revoke the token.
 */
export async function issueToken(
  store: Store,
  grant: TokenGrant,
  now: Date,
): Promise<{ record: TokenRecord; token: string }> {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const record: TokenRecord = {
    id: `tok_${randomBytes(8).toString('hex')}`,
    tokenHash: hashToken(token),
    role: grant.role,
    name: grant.name,
    secretariatCode: grant.secretariatCode ?? null,
    departmentCode: grant.departmentCode ?? null,
    districtCode: grant.districtCode ?? null,
    createdAt: now.toISOString(),
    revokedAt: null,
    deviceId: grant.deviceId ?? null,
  };
  await store.insertToken(record);
  return { record, token };
}

/** The principal behind a bearer token, or undefined when the token is unknown or revoked. */
export async function principalForToken(store: Store, token: string): Promise<Principal | undefined> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return undefined;
  const record = await store.findTokenByHash(hashToken(token));
  if (!record || record.revokedAt !== null) return undefined;
  return {
    tokenId: record.id,
    role: record.role,
    name: record.name,
    secretariatCode: record.secretariatCode,
    departmentCode: record.departmentCode,
    districtCode: record.districtCode,
    deviceId: record.deviceId,
  };
}
