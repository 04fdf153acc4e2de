import { useEffect, useRef } from 'preact/hooks';
import { pick } from '../../../../shared/i18n/pick';
import type { FormField } from '../../../../shared/model/form-field';
import type { FieldError } from '../../../../shared/validation';
import { useLanguage } from '../../i18n/language';
import { format } from '../../i18n/strings';
import { FieldRow } from './field-row';
import { fieldIds } from './field-ids';
import type { useAnswers } from './use-answers';

interface Props {
  fields: readonly FormField[];
  form: ReturnType<typeof useAnswers>;
  /** Changes each time a submit fails, to move focus to the summary again. */
  failedAttempt: number;
}

/** The errors after a failed submit, each a link to its field (WCAG 3.3.1). */
function ErrorSummary({
  errors,
  fields,
  failedAttempt,
}: {
  errors: FieldError[];
  fields: readonly FormField[];
  failedAttempt: number;
}) {
  const { text, language } = useLanguage();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failedAttempt > 0) box.current?.focus();
  }, [failedAttempt]);
  if (errors.length === 0) return null;
  const labelOf = (key: string) => {
    const field = fields.find((f) => f.key === key);
    return field ? pick(field.label, language) : key;
  };
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={box} data-testid="error-summary">
      <p>{errors.length === 1 ? text.errorSummaryOne : format(text.errorSummary, { count: errors.length })}</p>
      <ul>
        {errors.map((error) => (
          <li key={error.field}>
            <a
              href={`#${fieldIds(error.field).input}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(fieldIds(error.field).input)?.focus();
              }}
            >
              {labelOf(error.field)}: {pick(error.message, language)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Every question of a form, in order, bound to `form`. */
export function FormFields({ fields, form, failedAttempt }: Props) {
  const ordered = fields.map((field) => form.errors[field.key]).filter((error): error is FieldError => !!error);
  return (
    <>
      {failedAttempt > 0 && <ErrorSummary errors={ordered} fields={fields} failedAttempt={failedAttempt} />}
      {fields.map((field) => (
        <FieldRow
          key={field.key}
          field={field}
          value={form.answers[field.key]}
          error={form.errors[field.key]}
          onChange={(value, commit) => form.change(field.key, value, commit)}
          onBlur={() => form.blur(field.key)}
        />
      ))}
    </>
  );
}
