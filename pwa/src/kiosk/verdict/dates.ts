import type { Language } from '../../../../shared/i18n/languages';
import { LOCALES } from '../../i18n/strings';

/** A calendar date for people, for example "12 March 2026" or its Telugu form. */
export function formatDay(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long' }).format(new Date(iso));
}

/** A date with its time, for "data as of …". */
export function formatMoment(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A calendar date written as YYYY-MM-DD (a date of birth, say): read as that day wherever the kiosk is. */
export function formatCalendarDay(day: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
