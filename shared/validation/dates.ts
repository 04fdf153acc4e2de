/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. Dates of birth and the like have no time zone,
 * so they never become `Date` objects, which would shift them by a day across zones.
 * ISO strings with four-digit years sort and compare correctly as plain strings.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Indian order: day first. One- or two-digit day and month, four-digit year; two-digit years are ambiguous.
const INDIAN_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year` in the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  switch (month) {
    case 2:
      return isLeapYear(year) ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    default:
      return 31;
  }
}

function isRealDate(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when `input` is exactly `YYYY-MM-DD` and names a real calendar day (so not `2023-02-30`). */
export function isIsoDate(input: string): boolean {
  const match = ISO_DATE.exec(input);
  if (!match) return false;
  return isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Reads a date as people in India write it: `DD/MM/YYYY`, `DD-MM-YYYY` or `DD.MM.YYYY`
 * (day first, one or two digits for day and month), or ISO `YYYY-MM-DD`.
 * Returns the ISO date, or undefined when the text is not a real date in one of those forms.
 */
export function parseHumanDate(input: string): string | undefined {
  const text = input.trim();
  if (isIsoDate(text)) return text;
  const match = INDIAN_DATE.exec(text);
  if (!match) return undefined;
  const day = Number(match[1]);
  const month = Number(match[3]);
  const year = Number(match[4]);
  return isRealDate(year, month, day) ? toIso(year, month, day) : undefined;
}

/** Shows an ISO date the way it is read in India, `DD/MM/YYYY`; returns other input unchanged. */
export function formatIndianDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** Building an Intl formatter costs far more than using one, and validation asks for today per answer. */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      calendar: 'gregory',
      numberingSystem: 'latn',
    });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The calendar date at instant `now` in `timeZone` (India by default) as `YYYY-MM-DD`.
 * Between midnight and 05:30 IST the UTC date is still yesterday, so `toISOString()` would be wrong.
 */
export function todayIso(now: Date, timeZone = 'Asia/Kolkata'): string {
  // Time zone offsets are whole seconds, so one answer holds for the whole second: a push
  // validates hundreds of applications against "today" and formatting each is costly.
  const second = Math.floor(now.getTime() / 1000);
  const cached = lastToday.get(timeZone);
  if (cached && cached.second === second) return cached.iso;
  const iso = formatToday(now, timeZone);
  lastToday.set(timeZone, { second, iso });
  return iso;
}

const lastToday = new Map<string, { second: number; iso: string }>();

function formatToday(now: Date, timeZone: string): string {
  const parts = dayFormatter(timeZone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return toIso(part('year'), part('month'), part('day'));
}
