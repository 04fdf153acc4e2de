import type { Language } from '../../../../shared/i18n/languages';
import type { ApplicantAnswers, FormField } from '../../../../shared/model/form-field';
import { parseFieldInput, todayIso, validateAnswers, validateField } from '../../../../shared/validation';
import type { FieldError } from '../../../../shared/validation';
import type { DraftValue } from '../../db/rows';

/**
 * The app's use of the shared validators, so a form accepts exactly what the bot and the server
 * accept. Typed text goes through `parseFieldInput` first (Telugu digits, 1,20,000, DD/MM/YYYY).
 */

function wireValue(field: FormField, raw: DraftValue | undefined, language: Language): unknown {
  return typeof raw === 'string' ? parseFieldInput(field, raw, language) : raw;
}

/** The error for one answer, or undefined when it is acceptable. */
export function checkField(
  field: FormField,
  raw: DraftValue | undefined,
  language: Language,
  now: Date = new Date(),
): FieldError | undefined {
  const result = validateField(field, wireValue(field, raw, language), { today: todayIso(now) });
  return result.ok ? undefined : result.error;
}

export type FormCheck = { ok: true; answers: ApplicantAnswers } | { ok: false; errors: FieldError[] };

/** Every answer at once, as the server will check them; answers to questions the form no longer has are left out. */
export function checkForm(
  fields: readonly FormField[],
  raw: Readonly<Record<string, DraftValue>>,
  language: Language,
  now: Date = new Date(),
): FormCheck {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    if (Object.hasOwn(raw, field.key)) values[field.key] = wireValue(field, raw[field.key], language);
  }
  const result = validateAnswers(fields, values, { today: todayIso(now) });
  return result.ok ? { ok: true, answers: result.value } : { ok: false, errors: result.errors };
}
