/** Indian postal PIN codes: six digits, the first (the postal region) never 0. */

const PINCODE = /^[1-9]\d{5}$/;

/** Removes spaces, so `500 001` becomes `500001`. */
export function normalizePincode(input: string): string {
  return input.replace(/\s/g, '');
}

/** True when `input`, without spaces, is six digits not starting with 0. */
export function isValidPincode(input: string): boolean {
  return PINCODE.test(normalizePincode(input));
}
