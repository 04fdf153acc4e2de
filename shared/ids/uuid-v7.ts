import { v7 } from 'uuid';

/**
 * Record ids are UUIDv7: a device can mint them offline without coordination, and because they
 * start with a millisecond timestamp they sort by creation time and index well.
 */

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** A new UUIDv7 in lowercase canonical form; ids minted by one process within a millisecond stay ordered. */
export function newUuidV7(): string {
  return v7();
}

/** True when `s` is a canonical UUID string with version 7 and the RFC 9562 variant (either case). */
export function isUuidV7(s: string): boolean {
  return UUID_V7.test(s);
}

/**
 * The moment a UUIDv7 was minted, from its leading 48-bit Unix millisecond timestamp.
 *
 * @throws TypeError when `s` is not a UUIDv7.
 */
export function uuidV7Time(s: string): Date {
  if (!isUuidV7(s)) throw new TypeError(`not a UUIDv7: ${s}`);
  // 48 bits fit exactly in a double, so no BigInt is needed.
  return new Date(Number.parseInt(s.slice(0, 8) + s.slice(9, 13), 16));
}
