import type { FormField } from '../../../../shared/model/form-field';
import type { DraftValue } from '../../db/rows';

/** What every field input receives. */
export interface FieldProps<F extends FormField = FormField> {
  field: F;
  value: DraftValue | undefined;
  invalid: boolean;
  describedBy: string | undefined;
  /** A new value; `commit` validates it at once (a choice made, a file attached). */
  onChange: (value: DraftValue | undefined, commit?: boolean) => void;
  /** Validate now (the agent left the field). */
  onBlur: () => void;
}

export type FieldOf<T extends FormField['type']> = Extract<FormField, { type: T }>;
