import type { Language } from '../../../shared/i18n/languages';
import { pick } from '../../../shared/i18n/pick';
import type { FormField } from '../../../shared/model/form-field';
import type { AppText } from '../i18n/en';

/** An answer as a person reads it: option labels, yes/no, file names, coordinates. */
export function displayValue(field: FormField | undefined, value: unknown, language: Language, text: AppText): string {
  if (value === undefined || value === null || value === '') return text.emptyValue;
  if (typeof value === 'boolean') return value ? text.yes : text.no;
  if (field?.type === 'select' && typeof value === 'string') {
    const option = field.options.find((o) => o.value === value);
    return option ? pick(option.label, language) : value;
  }
  if (typeof value === 'number') return value.toLocaleString('en-IN');
  if (typeof value === 'string') return value;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.latitude === 'number' && typeof record.longitude === 'number') {
      return `${record.latitude.toFixed(5)}, ${record.longitude.toFixed(5)}`;
    }
    if (typeof record.sha256 === 'string')
      return typeof record.name === 'string' ? record.name : record.sha256.slice(0, 12);
  }
  return JSON.stringify(value);
}

/** A field's label in `language`, or its key when the form no longer has it. */
export function fieldLabel(field: FormField | undefined, key: string, language: Language): string {
  return field ? pick(field.label, language) : key;
}
