import { useRef, useState } from 'preact/hooks';
import type { Language } from '../../../../shared/i18n/languages';
import type { FormField } from '../../../../shared/model/form-field';
import type { FieldError } from '../../../../shared/validation';
import type { DraftValue } from '../../db/rows';
import { checkField, checkForm, type FormCheck } from './field-rules';

export type Answers = Record<string, DraftValue>;

/** `record` without `key`. */
function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/**
 * Form answers with their errors. A field is checked when the agent leaves it (or makes a
 * choice), and again on every change once it shows an error, so the error clears as it is fixed.
 */
export function useAnswers(fields: readonly FormField[], initial: Answers, language: Language) {
  const [answers, setAnswers] = useState<Answers>(initial);
  const [errors, setErrors] = useState<Readonly<Record<string, FieldError>>>({});
  const latest = useRef(answers);
  latest.current = answers;
  const shownErrors = useRef(errors);
  shownErrors.current = errors;

  const recheck = (key: string, value: DraftValue | undefined) => {
    const field = fields.find((f) => f.key === key);
    if (!field) return;
    const error = checkField(field, value, language);
    setErrors((previous) => (error ? { ...previous, [key]: error } : without(previous, key)));
  };

  const change = (key: string, value: DraftValue | undefined, commit = false) => {
    const next = value === undefined ? without(latest.current, key) : { ...latest.current, [key]: value };
    latest.current = next;
    setAnswers(next);
    if (commit || shownErrors.current[key]) recheck(key, value);
  };

  const blur = (key: string) => recheck(key, latest.current[key]);

  const checkAll = (): FormCheck => {
    const result = checkForm(fields, latest.current, language);
    setErrors(result.ok ? {} : Object.fromEntries(result.errors.map((error) => [error.field, error])));
    return result;
  };

  const reset = (next: Answers) => {
    latest.current = next;
    setAnswers(next);
    setErrors({});
  };

  return { answers, errors, change, blur, checkAll, reset };
}
