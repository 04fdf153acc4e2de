/**
 * Indian mobile numbers. People write the same number many ways: with the +91 country code,
 * with a trunk 0 as dialled from a landline, or with spaces and hyphens between groups.
 * Everything is stored as the bare 10-digit subscriber number.
 */

const INDIAN_MOBILE = /^[6-9]\d{9}$/;

/**
 * The 10-digit mobile number in `input`, or undefined when it is not one.
 * Accepts `9876543210`, `+91 98765 43210`, `91 9876543210`, `091-9876543210`, `0 98765 43210`
 * and `(+91) 98765-43210`.
 */
export function normalizeIndianMobile(input: string): string | undefined {
  const compact = input.trim().replace(/[\s\-().]/g, '');
  const match = /^(?:\+91|0091|091|91|0)?(\d{10})$/.exec(compact);
  const digits = match?.[1];
  return digits !== undefined && INDIAN_MOBILE.test(digits) ? digits : undefined;
}

/** True when `input` normalises to a 10-digit number starting with 6, 7, 8 or 9. */
export function isValidIndianMobile(input: string): boolean {
  return normalizeIndianMobile(input) !== undefined;
}
