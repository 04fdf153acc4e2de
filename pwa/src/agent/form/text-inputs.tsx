import type { JSX } from 'preact';
import { fieldIds } from './field-ids';
import type { FieldOf, FieldProps } from './field-props';

type TextLike = FieldOf<'text' | 'number' | 'date' | 'aadhaar' | 'mobile' | 'pincode' | 'email'>;

/** Keyboard and autofill hints per field type: the right keypad matters on a phone. */
function inputHints(field: TextLike): JSX.InputHTMLAttributes<HTMLInputElement> {
  switch (field.type) {
    case 'text':
      return { type: 'text', maxLength: field.maxLength };
    case 'number':
      return { type: 'text', inputMode: field.integer ? 'numeric' : 'decimal' };
    case 'date':
      return { type: 'date' };
    case 'aadhaar':
      return { type: 'text', inputMode: 'numeric', maxLength: 14, autoComplete: 'off' };
    case 'mobile':
      return { type: 'tel', inputMode: 'tel', maxLength: 14 };
    case 'pincode':
      return { type: 'text', inputMode: 'numeric', maxLength: 7 };
    case 'email':
      return { type: 'email', inputMode: 'email', autoComplete: 'off' };
    default: {
      const unhandled: never = field;
      throw new TypeError(`unhandled field ${JSON.stringify(unhandled)}`);
    }
  }
}

/** A single-line input for every field that is typed. */
export function TextInput({ field, value, invalid, describedBy, onChange, onBlur }: FieldProps<TextLike>) {
  const ids = fieldIds(field.key);
  return (
    <input
      id={ids.input}
      name={field.key}
      data-testid={ids.testId}
      value={typeof value === 'string' ? value : ''}
      onInput={(e) => onChange(e.currentTarget.value)}
      onBlur={onBlur}
      required={field.required}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      spellcheck={false}
      {...inputHints(field)}
    />
  );
}

/** A multi-line answer. */
export function TextArea({ field, value, invalid, describedBy, onChange, onBlur }: FieldProps<FieldOf<'textarea'>>) {
  const ids = fieldIds(field.key);
  return (
    <textarea
      id={ids.input}
      name={field.key}
      data-testid={ids.testId}
      rows={4}
      maxLength={field.maxLength}
      value={typeof value === 'string' ? value : ''}
      onInput={(e) => onChange(e.currentTarget.value)}
      onBlur={onBlur}
      required={field.required}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
    />
  );
}
