/**
 * Aadhaar numbers: 12 digits, never starting with 0 or 1, the last digit a Verhoeff check
 * digit. Verhoeff catches every single-digit error and every adjacent transposition, which
 * are the mistakes people make when reading a number off a card into a phone.
 */

// Multiplication table of the dihedral group D5.
const D: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];

// Position-dependent permutation; row i applies to the digit i places from the right.
const P: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 8, 3, 6, 2, 7, 1, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

// Inverse of each element of D5.
const INV: readonly number[] = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

const DIGITS_ONLY = /^\d+$/;

function lookup(table: readonly (readonly number[])[], row: number, column: number): number {
  const value = table[row]?.[column];
  if (value === undefined) throw new RangeError(`Verhoeff table index out of range: ${row},${column}`);
  return value;
}

/** Runs the Verhoeff accumulator over `digits`, treating the rightmost digit as position `offset`. */
function verhoeffAccumulate(digits: string, offset: number): number {
  if (!DIGITS_ONLY.test(digits)) throw new RangeError('Verhoeff input must be a non-empty string of digits');
  let c = 0;
  for (let i = 0; i < digits.length; i += 1) {
    const digit = Number(digits[digits.length - 1 - i]);
    c = lookup(D, c, lookup(P, (i + offset) % 8, digit));
  }
  return c;
}

/** Removes the spaces and hyphens people type between the groups of four digits. */
export function normalizeAadhaar(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/**
 * The Verhoeff check digit to append to `digits` (a non-empty string of decimal digits).
 * For example `verhoeffCheckDigit('236')` is 3.
 *
 * @throws RangeError when `digits` contains anything other than 0–9 or is empty.
 */
export function verhoeffCheckDigit(digits: string): number {
  const inverse = INV[verhoeffAccumulate(digits, 1)];
  if (inverse === undefined) throw new RangeError('Verhoeff inverse table index out of range');
  return inverse;
}

/** True when `digits` (check digit last) passes the Verhoeff checksum. */
export function hasValidVerhoeffChecksum(digits: string): boolean {
  return DIGITS_ONLY.test(digits) && verhoeffAccumulate(digits, 0) === 0;
}

/**
 * True when `input`, after removing spaces and hyphens, is 12 digits, does not start with
 * 0 or 1 (UIDAI never issues those), and carries a valid Verhoeff check digit.
 */
export function isValidAadhaar(input: string): boolean {
  const digits = normalizeAadhaar(input);
  return /^[2-9]\d{11}$/.test(digits) && hasValidVerhoeffChecksum(digits);
}
