import type { LocalizedText } from '../../../shared/i18n/languages';
import type { FormFieldInput, SelectOption } from '../../../shared/model/form-field';

/**
 * Low-level builders for form fields. Forms are written as data; these helpers keep each
 * definition to one line of intent and make a missing Telugu label a type error.
 */

/** A bilingual text: English first, Telugu second, as everywhere in the catalog. */
export function t(en: string, te: string): LocalizedText {
  return { en, te };
}

/** What every named field builder lets a form change: its key, wording, and whether it is required. */
export interface FieldOverrides {
  key?: string;
  label?: LocalizedText;
  help?: LocalizedText;
  required?: boolean;
  personal?: boolean;
}

type Common = { key: string; label: LocalizedText; help?: LocalizedText; required?: boolean; personal?: boolean };

/** Drops `help: undefined` so the written data stays tidy when a builder has no help text. */
function common(base: Common, overrides: FieldOverrides): Common {
  const merged: Common = { ...base, ...overrides };
  if (merged.help === undefined) delete merged.help;
  return merged;
}

export function textField(
  base: Common & { minLength?: number; maxLength?: number; pattern?: { regex: string; message: LocalizedText } },
  overrides: FieldOverrides = {},
): FormFieldInput {
  const { minLength, maxLength, pattern, ...rest } = base;
  return {
    type: 'text',
    ...common(rest, overrides),
    ...(minLength === undefined ? {} : { minLength }),
    ...(maxLength === undefined ? {} : { maxLength }),
    ...(pattern === undefined ? {} : { pattern }),
  };
}

export function textareaField(base: Common & { maxLength?: number }, overrides: FieldOverrides = {}): FormFieldInput {
  const { maxLength, ...rest } = base;
  return { type: 'textarea', ...common(rest, overrides), ...(maxLength === undefined ? {} : { maxLength }) };
}

export function numberField(
  base: Common & { min?: number; max?: number; integer?: boolean; unit?: LocalizedText },
  overrides: FieldOverrides = {},
): FormFieldInput {
  const { min, max, integer, unit, ...rest } = base;
  return {
    type: 'number',
    ...common(rest, overrides),
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
    ...(integer === undefined ? {} : { integer }),
    ...(unit === undefined ? {} : { unit }),
  };
}

export function dateField(
  base: Common & { notBefore?: 'today' | string; notAfter?: 'today' | string },
  overrides: FieldOverrides = {},
): FormFieldInput {
  const { notBefore, notAfter, ...rest } = base;
  return {
    type: 'date',
    ...common(rest, overrides),
    ...(notBefore === undefined ? {} : { notBefore }),
    ...(notAfter === undefined ? {} : { notAfter }),
  };
}

export function selectField(
  base: Common & { options: SelectOption[] },
  overrides: FieldOverrides = {},
): FormFieldInput {
  const { options, ...rest } = base;
  return { type: 'select', ...common(rest, overrides), options };
}

/** Fields whose type alone says how the answer is checked (Aadhaar, mobile, PIN code, yes/no, ...). */
export function simpleField(
  type: 'yesno' | 'aadhaar' | 'mobile' | 'pincode' | 'email' | 'location',
  base: Common,
  overrides: FieldOverrides = {},
): FormFieldInput {
  return { type, ...common(base, overrides) };
}

export function photoField(base: Common & { maxSizeKb?: number }, overrides: FieldOverrides = {}): FormFieldInput {
  const { maxSizeKb, ...rest } = base;
  return { type: 'photo', ...common(rest, overrides), ...(maxSizeKb === undefined ? {} : { maxSizeKb }) };
}

export function documentField(base: Common & { maxSizeKb?: number }, overrides: FieldOverrides = {}): FormFieldInput {
  const { maxSizeKb, ...rest } = base;
  return { type: 'document', ...common(rest, overrides), ...(maxSizeKb === undefined ? {} : { maxSizeKb }) };
}

/** Builds select options from `[value, english, telugu]` rows, the most compact way to write them. */
export function options(rows: ReadonlyArray<readonly [string, string, string]>): SelectOption[] {
  return rows.map(([value, en, te]) => ({ value, label: t(en, te) }));
}
