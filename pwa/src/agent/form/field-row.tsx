import type { ComponentChildren } from 'preact';
import { pick } from '../../../../shared/i18n/pick';
import type { FormField } from '../../../../shared/model/form-field';
import type { FieldError } from '../../../../shared/validation';
import type { DraftValue } from '../../db/rows';
import { useLanguage } from '../../i18n/language';
import { AttachmentInput } from './attachment-input';
import { SelectInput, YesNoInput } from './choice-inputs';
import { describedBy, fieldIds } from './field-ids';
import type { FieldProps } from './field-props';
import { LocationInput } from './location-input';
import { TextArea, TextInput } from './text-inputs';

function Control(props: FieldProps) {
  const { field } = props;
  switch (field.type) {
    case 'text':
    case 'number':
    case 'date':
    case 'aadhaar':
    case 'mobile':
    case 'pincode':
    case 'email':
      return <TextInput {...props} field={field} />;
    case 'textarea':
      return <TextArea {...props} field={field} />;
    case 'select':
      return <SelectInput {...props} field={field} />;
    case 'yesno':
      return <YesNoInput {...props} field={field} />;
    case 'photo':
    case 'document':
      return <AttachmentInput {...props} field={field} />;
    case 'location':
      return <LocationInput {...props} field={field} />;
    default: {
      const unhandled: never = field;
      throw new TypeError(`unhandled field ${JSON.stringify(unhandled)}`);
    }
  }
}

/** Fields made of several controls are a group named by a legend; the rest have one label. */
function isGroup(field: FormField): boolean {
  return field.type === 'yesno' || field.type === 'photo' || field.type === 'document' || field.type === 'location';
}

interface RowProps {
  field: FormField;
  value: DraftValue | undefined;
  error: FieldError | undefined;
  onChange: (value: DraftValue | undefined, commit?: boolean) => void;
  onBlur: () => void;
}

/** One question: label, help, the control, and its error announced as it appears. */
export function FieldRow({ field, value, error, onChange, onBlur }: RowProps) {
  const { text, language } = useLanguage();
  const ids = fieldIds(field.key);
  const help = field.help ? pick(field.help, language) : undefined;
  const unit = field.type === 'number' && field.unit ? pick(field.unit, language) : undefined;
  const caption: ComponentChildren = (
    <>
      {pick(field.label, language)}
      {unit && ` (${unit})`}
      {!field.required && <span class="muted"> ({text.optional})</span>}
    </>
  );
  const control = (
    <Control
      field={field}
      value={value}
      invalid={error !== undefined}
      describedBy={describedBy(field.key, help !== undefined, error !== undefined)}
      onChange={onChange}
      onBlur={onBlur}
    />
  );
  const details = (
    <>
      {help && (
        <p class="help" id={ids.help}>
          {help}
        </p>
      )}
      {control}
      <p class="error" id={ids.error} aria-live="polite" data-testid={`error-${field.key}`}>
        {error ? pick(error.message, language) : ''}
      </p>
    </>
  );
  return isGroup(field) ? (
    <fieldset class={error ? 'field invalid' : 'field'}>
      <legend>{caption}</legend>
      {details}
    </fieldset>
  ) : (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={ids.input}>{caption}</label>
      {details}
    </div>
  );
}
