import { pick } from '../../../../shared/i18n/pick';
import { useLanguage } from '../../i18n/language';
import { fieldIds } from './field-ids';
import type { FieldOf, FieldProps } from './field-props';

/** A list of options; a native select gives the phone's own large picker. */
export function SelectInput({ field, value, invalid, describedBy, onChange, onBlur }: FieldProps<FieldOf<'select'>>) {
  const { text, language } = useLanguage();
  const ids = fieldIds(field.key);
  return (
    <select
      id={ids.input}
      name={field.key}
      data-testid={ids.testId}
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => onChange(e.currentTarget.value || undefined, true)}
      onBlur={onBlur}
      required={field.required}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
    >
      <option value="">{text.choose}</option>
      {field.options.map((option) => (
        <option key={option.value} value={option.value}>
          {pick(option.label, language)}
        </option>
      ))}
    </select>
  );
}

/**
 * Yes or no as two large radio buttons. The group's label is the fieldset legend, rendered by
 * the caller, so this renders only the choices.
 */
export function YesNoInput({ field, value, invalid, describedBy, onChange }: FieldProps<FieldOf<'yesno'>>) {
  const { text } = useLanguage();
  const ids = fieldIds(field.key);
  const choice = (answer: boolean, label: string) => (
    <label class="choice">
      <input
        type="radio"
        name={field.key}
        id={answer ? ids.input : `${ids.input}-no`}
        data-testid={`${ids.testId}-${answer ? 'yes' : 'no'}`}
        checked={value === answer}
        onChange={() => onChange(answer, true)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
      />
      <span>{label}</span>
    </label>
  );
  return (
    <div class="choices" data-testid={ids.testId}>
      {choice(true, text.yes)}
      {choice(false, text.no)}
    </div>
  );
}
