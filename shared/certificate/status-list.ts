import type { StatusList, VerifiedStatusList } from './types';

/**
 * Revocation status lists: one bitstring per issuer, bit i set when the certificate holding
 * status index i is revoked. Bits are numbered from the most significant bit of byte 0, as in
 * the W3C Bitstring Status List. Lists are values: revoking makes a new list.
 */

/** 2^24 indices (2 MiB of bits) is far beyond one issuer's certificates, and bounds what a verifier inflates. */
export const MAX_STATUS_LIST_SIZE = 1 << 24;
/** A size with room for random indices to hide among many (the W3C minimum, 16 KiB of bits). */
export const DEFAULT_STATUS_LIST_SIZE = 131_072;

export function statusListByteLength(size: number): number {
  return Math.ceil(size / 8);
}

export function isStatusIndex(size: number, index: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < size;
}

function bitIsSet(bits: Uint8Array, index: number): boolean {
  return ((bits[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;
}

/** An empty list with `size` indices, none revoked. */
export function newStatusList(id: string, issuer: string, size: number, at: Date): StatusList {
  if (!Number.isInteger(size) || size < 1 || size > MAX_STATUS_LIST_SIZE) {
    throw new RangeError(`a status list holds 1 to ${MAX_STATUS_LIST_SIZE} indices, not ${size}`);
  }
  return {
    id,
    issuer,
    updatedAt: at.toISOString(),
    size,
    bits: new Uint8Array(statusListByteLength(size)),
    revokedAt: {},
  };
}

/**
 * The list with `index` revoked at `at`. Revoking an index twice keeps the first date and
 * returns the list unchanged; the input list is never modified.
 */
export function withRevoked(list: StatusList, index: number, at: Date): StatusList {
  if (!isStatusIndex(list.size, index)) {
    throw new RangeError(`status index ${index} is outside list ${list.id} (size ${list.size})`);
  }
  if (bitIsSet(list.bits, index)) return list;
  const bits = list.bits.slice();
  bits[index >> 3] = (bits[index >> 3] ?? 0) | (0x80 >> (index & 7));
  return { ...list, updatedAt: at.toISOString(), bits, revokedAt: { ...list.revokedAt, [index]: at.toISOString() } };
}

/**
 * A uniformly random index below `size`, from the platform's CSPRNG: an index says nothing
 * about when or where a certificate was issued. The issuer retries when it is already taken.
 */
export function randomStatusIndex(size: number): number {
  if (!Number.isInteger(size) || size < 1 || size > MAX_STATUS_LIST_SIZE) {
    throw new RangeError(`a status list holds 1 to ${MAX_STATUS_LIST_SIZE} indices, not ${size}`);
  }
  // Rejection sampling: drop draws from the incomplete last block so every index is equally likely.
  const limit = Math.floor(2 ** 32 / size) * size;
  const draw = new Uint32Array(1);
  let value: number;
  do {
    crypto.getRandomValues(draw);
    value = draw[0] ?? limit;
  } while (value >= limit);
  return value % size;
}

/** The read side of a list whose signature (or origin) is already trusted. */
export function verifiedStatusList(list: StatusList): VerifiedStatusList {
  return {
    id: list.id,
    issuer: list.issuer,
    updatedAt: list.updatedAt,
    isRevoked: (index) => isStatusIndex(list.size, index) && bitIsSet(list.bits, index),
    revokedAt: (index) => (isStatusIndex(list.size, index) ? list.revokedAt[index] : undefined),
  };
}

/** True when every recorded revocation date belongs to a set bit inside the list. */
export function revocationDatesMatchBits(list: StatusList): boolean {
  return Object.keys(list.revokedAt).every((key) => {
    const index = Number(key);
    return String(index) === key && isStatusIndex(list.size, index) && bitIsSet(list.bits, index);
  });
}
