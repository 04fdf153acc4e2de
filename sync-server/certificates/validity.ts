/**
 * Dates on certificates, in India Standard Time (UTC+5:30, no daylight saving): a certificate
 * approved at 01:00 IST on 1 April belongs to the new financial year even though it is still
 * 31 March in UTC.
 */
const IST_OFFSET_MS = (5 * 60 + 30) * 60_000;

/** The calendar date in India at `at`, as year, month (1–12) and day. */
export function istDate(at: Date): { year: number; month: number; day: number } {
  const shifted = new Date(at.getTime() + IST_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** The Indian financial year (April to March) that `at` falls in, written `2026-27`. */
export function financialYearOf(at: Date): string {
  const { year, month } = istDate(at);
  const start = month >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * When an income certificate issued at `issuedAt` stops being valid: the end of the day before
 * the first anniversary of issue, in IST — one year, printed "valid up to" that date.
 *
 * Why a year and not the end of the financial year: the certificate states the income of the
 * financial year it was approved in, and offices accept it for twelve months from issue; tying
 * expiry to 31 March would give a citizen approved in late March a certificate that lapses in
 * days and must be applied for again at once.
 */
export function incomeCertificateExpiry(issuedAt: Date): Date {
  const { year, month, day } = istDate(issuedAt);
  // The anniversary at 00:00 IST, less one second. Date.UTC rolls 29 February over to 1 March.
  return new Date(Date.UTC(year + 1, month - 1, day) - IST_OFFSET_MS - 1000);
}
