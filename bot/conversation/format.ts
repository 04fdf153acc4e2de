import { formatIndianDate, todayIso } from '../../shared/validation';

/** Numbers, money and dates as citizens in AP read them, the same in English and Telugu messages. */

const INDIAN_NUMBER = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return INDIAN_NUMBER.format(value);
}

/** `₹1,20,000`. */
export function formatRupees(amount: number): string {
  return `₹${formatNumber(amount)}`;
}

/** The calendar day of an instant in `timeZone`, as DD/MM/YYYY. */
export function formatDay(instant: string | Date, timeZone: string): string {
  return formatIndianDate(todayIso(new Date(instant), timeZone));
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** DD/MM/YYYY HH:MM (24-hour) in `timeZone`, for deadlines within a day such as payment links. */
export function formatDayTime(instant: string | Date, timeZone: string): string {
  let formatter = timeFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    timeFormatters.set(timeZone, formatter);
  }
  return `${formatDay(instant, timeZone)} ${formatter.format(new Date(instant))}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant `days` calendar days after `from` (India has no daylight saving, so days are 24 hours). */
export function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}
