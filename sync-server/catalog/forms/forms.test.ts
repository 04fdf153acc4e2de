import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { FormFieldSchema } from '../../../shared/model/form-field';
import { FORMS } from './index';

const forms = Object.entries(FORMS);

describe('form library', () => {
  it.each(forms)('%s is a valid list of fields with unique keys', (_key, fields) => {
    const parsed = z.array(FormFieldSchema).max(40).parse(fields);
    const keys = parsed.map((field) => field.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('every form asks at least one question', () => {
    const empty = forms.filter(([, fields]) => fields.length === 0).map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('keeps every form short enough to answer in a chat', () => {
    const long = forms.filter(([, fields]) => fields.length >= 20).map(([key]) => key);
    expect(long).toEqual([]);
  });

  it('marks photos of people as personal but photos of a problem as not', () => {
    for (const [key, fields] of forms) {
      for (const field of fields) {
        if (field.type !== 'photo') continue;
        expect(field.personal ?? false, `${key}:${field.key}`).toBe(
          !['evidencePhoto', 'billPhoto'].includes(field.key),
        );
      }
    }
  });
});
