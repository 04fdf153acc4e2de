import { formatIndianDate, isIsoDate, todayIso } from '../../../shared/validation/dates';

/**
 * A certificate date as printed: `DD/MM/YYYY`, the same digits in both languages. A calendar
 * date prints as it is; an instant prints as its date in India, so a certificate issued at
 * 01:00 IST shows that day and not the UTC day before.
 */
export function printedDate(isoDateOrTime: string): string {
  if (isIsoDate(isoDateOrTime)) return formatIndianDate(isoDateOrTime);
  const instant = new Date(isoDateOrTime);
  if (!ISO_INSTANT.test(isoDateOrTime) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`not an ISO date or time: ${JSON.stringify(isoDateOrTime)}`);
  }
  return formatIndianDate(todayIso(instant));
}

/** Date, time and an explicit zone: an instant without a zone would be read in the server's own. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
