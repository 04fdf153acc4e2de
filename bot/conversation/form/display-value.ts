import { pick } from '../../../shared/i18n/pick';
import type { FieldValue, FormField } from '../../../shared/model/form-field';
import { formatIndianDate } from '../../../shared/validation';
import { formatNumber } from '../format';
import type { Turn } from '../turn';

/**
 * An answer as the summary shows it. Aadhaar is masked to its last four digits: a chat can be
 * read over someone's shoulder or in a backup, so the full number is never sent back.
 */
export function displayValue(turn: Turn, field: FormField, value: FieldValue | undefined): string {
  const m = turn.m;
  if (value === undefined) return m.review.skipped;
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'mobile':
    case 'pincode':
      return String(value);
    case 'number': {
      const number = typeof value === 'number' ? formatNumber(value) : String(value);
      return field.unit ? `${number} ${pick(field.unit, turn.language)}` : number;
    }
    case 'date':
      return typeof value === 'string' ? formatIndianDate(value) : String(value);
    case 'select': {
      const option = field.options.find((candidate) => candidate.value === value);
      return option ? pick(option.label, turn.language) : String(value);
    }
    case 'yesno':
      return value === true ? m.review.yes : m.review.no;
    case 'aadhaar':
      return `XXXX XXXX ${String(value).slice(-4)}`;
    case 'photo':
    case 'document':
      return typeof value === 'object' && 'sha256' in value && value.name
        ? `📎 ${m.review.attached} (${value.name})`
        : `📎 ${m.review.attached}`;
    case 'location':
      return typeof value === 'object' && 'latitude' in value
        ? `📍 ${m.review.location} (${value.latitude.toFixed(5)}, ${value.longitude.toFixed(5)})`
        : `📍 ${m.review.location}`;
    default: {
      const unhandled: never = field;
      throw new TypeError(`unhandled field type ${JSON.stringify(unhandled)}`);
    }
  }
}
