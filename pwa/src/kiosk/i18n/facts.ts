import type { Language, LocalizedText } from '../../../../shared/i18n/languages';
import { pick } from '../../../../shared/i18n/pick';
import { LOCALES } from '../../i18n/strings';
import { formatCalendarDay } from '../verdict/dates';

/**
 * Labels and formats for a certificate's type-specific facts (`fields` in its claims, under the
 * form's answer keys). A fact without a label here is still shown, under its key in words.
 */
const LABELS: Readonly<Record<string, LocalizedText>> = {
  annualIncome: { en: 'Annual income', te: 'వార్షిక ఆదాయం' },
  financialYear: { en: 'Financial year', te: 'ఆర్థిక సంవత్సరం' },
  casteCategory: { en: 'Category', te: 'వర్గం' },
  casteName: { en: 'Caste', te: 'కులం' },
  yearsOfResidence: { en: 'Years of residence', te: 'నివాస సంవత్సరాలు' },
  dateOfDeath: { en: 'Date of death', te: 'మరణ తేదీ' },
  eventDate: { en: 'Date of the event', te: 'సంఘటన తేదీ' },
  motherName: { en: 'Mother’s name', te: 'తల్లి పేరు' },
  registrationNumber: { en: 'Registration number', te: 'నమోదు సంఖ్య' },
};

/** Facts that are amounts of money, shown in rupees. */
const RUPEES = new Set(['annualIncome']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `yearsOfResidence` → "Years of residence", for a fact the kiosk has no label for. */
function words(key: string): string {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function factLabel(key: string, language: Language): { text: string; lang?: string } {
  const label = Object.hasOwn(LABELS, key) ? LABELS[key] : undefined;
  return label ? { text: pick(label, language) } : { text: words(key), lang: 'en' };
}

export function factValue(key: string, value: string | number, language: Language): string {
  if (typeof value === 'number') {
    const options: Intl.NumberFormatOptions = RUPEES.has(key)
      ? { style: 'currency', currency: 'INR', maximumFractionDigits: 0 }
      : {};
    return new Intl.NumberFormat(LOCALES[language], options).format(value);
  }
  return ISO_DAY.test(value) ? formatCalendarDay(value, language) : value;
}
