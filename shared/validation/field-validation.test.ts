import { describe, it, expect } from 'vitest';
import type { FormField, FormFieldInput } from '../model/form-field';
import { FormFieldSchema } from '../model/form-field';
import { verhoeffCheckDigit } from './aadhaar';
import type { FieldValidationResult } from './field-validation';
import { anchoredPattern, validateAnswers, validateField } from './field-validation';

const context = { today: '2025-06-15' };
const label = { en: 'Question', te: 'ప్రశ్న' };
const AADHAAR = '23456789012';
const VALID_AADHAAR = AADHAAR + String(verhoeffCheckDigit(AADHAAR));
const SHA = 'a'.repeat(64);

// Omit applied to each member of the union, so each field type keeps its own properties.
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type FieldSpec = DistributiveOmit<FormFieldInput, 'key' | 'label'> & { key?: string };

/** A form field with the schema defaults filled in, as the catalog loader would produce. */
function field(input: FieldSpec): FormField {
  return FormFieldSchema.parse({ key: 'answer', label, ...input });
}

function errorCode(result: FieldValidationResult): string | undefined {
  return result.ok ? undefined : result.error.code;
}

describe('validateField: empty answers', () => {
  it.each([[undefined], [null], [''], ['   ']])('refuses %j for a required field with a required error', (value) => {
    const result = validateField(field({ type: 'text' }), value, context);
    expect(result).toEqual({
      ok: false,
      error: { field: 'answer', code: 'required', message: { en: 'This is required.', te: 'ఈ వివరం తప్పనిసరి.' } },
    });
  });

  it('accepts an empty optional answer as undefined', () => {
    expect(validateField(field({ type: 'number', required: false }), '', context)).toEqual({
      ok: true,
      value: undefined,
    });
  });

  it('treats false as an answer to a yes/no question, not as empty', () => {
    expect(validateField(field({ type: 'yesno' }), false, context)).toEqual({ ok: true, value: false });
  });
});

describe('validateField: text and textarea', () => {
  it('trims the answer', () => {
    expect(validateField(field({ type: 'text' }), '  Lakshmi  ', context)).toEqual({ ok: true, value: 'Lakshmi' });
  });

  it('refuses text shorter than the minimum with the minimum in the message', () => {
    const result = validateField(field({ type: 'text', minLength: 3 }), 'ab', context);
    expect(result.ok ? undefined : result.error.message.en).toBe('Please enter at least 3 characters.');
  });

  it('refuses text longer than the maximum', () => {
    expect(errorCode(validateField(field({ type: 'textarea', maxLength: 5 }), 'abcdef', context))).toBe('too_long');
    expect(validateField(field({ type: 'textarea', maxLength: 5 }), 'abcde', context).ok).toBe(true);
  });

  it('applies the default maximum length of a text field', () => {
    expect(errorCode(validateField(field({ type: 'text' }), 'x'.repeat(101), context))).toBe('too_long');
  });

  it('anchors the pattern so that a partial match is refused, with the field own message', () => {
    const message = { en: 'Use letters only.', te: 'అక్షరాలు మాత్రమే వాడండి.' };
    const named = field({ type: 'text', pattern: { regex: '[A-Za-z ]+', message } });
    expect(validateField(named, 'Ravi Kumar', context).ok).toBe(true);
    expect(validateField(named, 'Ravi 2', context)).toEqual({
      ok: false,
      error: { field: 'answer', code: 'pattern', message },
    });
  });

  it('anchors alternations as a whole', () => {
    const either = field({ type: 'text', pattern: { regex: 'ab|cd', message: label } });
    expect(validateField(either, 'abcd', context).ok).toBe(false);
    expect(validateField(either, 'cd', context).ok).toBe(true);
  });

  it('matches Telugu text against a Unicode pattern', () => {
    const telugu = field({ type: 'text', pattern: { regex: '[\\p{Script=Telugu} ]+', message: label } });
    expect(validateField(telugu, 'లక్ష్మి', context).ok).toBe(true);
  });

  it('compiles a catalog pattern that is invalid in Unicode mode into an error', () => {
    expect(() => anchoredPattern('[a-z')).toThrow(SyntaxError);
    expect(anchoredPattern('[0-9]{3}').test('1234')).toBe(false);
  });

  it('refuses a value that is not a string', () => {
    expect(errorCode(validateField(field({ type: 'text' }), 42, context))).toBe('pattern');
  });
});

describe('validateField: number', () => {
  const income = field({ type: 'number', min: 0, max: 500000, integer: true });

  it('accepts a number and a numeric string', () => {
    expect(validateField(income, 120000, context)).toEqual({ ok: true, value: 120000 });
    expect(validateField(income, ' 120000 ', context)).toEqual({ ok: true, value: 120000 });
  });

  it('refuses text that is not a number', () => {
    for (const value of ['abc', '12abc', '1e5', true, {}]) {
      expect(errorCode(validateField(income, value, context)), JSON.stringify(value)).toBe('not_a_number');
    }
  });

  it('refuses a fraction when a whole number is required', () => {
    expect(errorCode(validateField(income, 10.5, context))).toBe('not_an_integer');
    expect(validateField(field({ type: 'number' }), '10.5', context)).toEqual({ ok: true, value: 10.5 });
  });

  it('refuses values outside the bounds and names the bound', () => {
    const low = validateField(income, -1, context);
    expect(errorCode(low)).toBe('below_min');
    const high = validateField(income, 500001, context);
    expect(high.ok ? undefined : high.error.message.en).toBe('Please enter 5,00,000 or less.');
    expect(validateField(income, 500000, context).ok).toBe(true);
  });

  it('refuses infinity and NaN', () => {
    expect(errorCode(validateField(field({ type: 'number' }), Number.POSITIVE_INFINITY, context))).toBe('not_a_number');
    expect(errorCode(validateField(field({ type: 'number' }), Number.NaN, context))).toBe('not_a_number');
  });
});

describe('validateField: date', () => {
  const birth = field({ type: 'date', notBefore: '1900-01-01', notAfter: 'today' });

  it('accepts a real ISO date within the bounds', () => {
    expect(validateField(birth, '1990-08-15', context)).toEqual({ ok: true, value: '1990-08-15' });
    expect(validateField(birth, '2025-06-15', context).ok).toBe(true);
  });

  it('refuses a date that does not exist or is not ISO', () => {
    expect(errorCode(validateField(birth, '2023-02-30', context))).toBe('invalid_date');
    expect(errorCode(validateField(birth, '15/08/1990', context))).toBe('invalid_date');
    expect(errorCode(validateField(birth, 19900815, context))).toBe('invalid_date');
  });

  it('resolves today from the context and shows the bound in Indian order', () => {
    const result = validateField(birth, '2025-06-16', context);
    expect(result.ok ? undefined : result.error).toMatchObject({
      code: 'date_too_late',
      message: { en: 'The date cannot be after 15/06/2025.' },
    });
  });

  it('refuses a date before the lower bound', () => {
    expect(errorCode(validateField(birth, '1899-12-31', context))).toBe('date_too_early');
  });

  it('resolves today as a lower bound too', () => {
    const appointment = field({ type: 'date', notBefore: 'today' });
    expect(errorCode(validateField(appointment, '2025-06-14', context))).toBe('date_too_early');
    expect(validateField(appointment, '2025-06-15', context).ok).toBe(true);
  });

  it('throws when the context has no usable today', () => {
    expect(() => validateField(birth, '1990-08-15', { today: '15/06/2025' })).toThrow(RangeError);
  });
});

describe('validateField: select and yes/no', () => {
  const caste = field({
    type: 'select',
    options: [
      { value: 'oc', label: { en: 'OC', te: 'ఓసీ' } },
      { value: 'bc', label: { en: 'BC', te: 'బీసీ' } },
    ],
  });

  it('accepts an option value', () => {
    expect(validateField(caste, 'bc', context)).toEqual({ ok: true, value: 'bc' });
  });

  it('refuses anything that is not an option value', () => {
    expect(errorCode(validateField(caste, 'sc', context))).toBe('not_an_option');
    expect(errorCode(validateField(caste, 'BC', context))).toBe('not_an_option');
    expect(errorCode(validateField(caste, 1, context))).toBe('not_an_option');
  });

  it('accepts only booleans for yes/no', () => {
    expect(validateField(field({ type: 'yesno' }), true, context)).toEqual({ ok: true, value: true });
    expect(errorCode(validateField(field({ type: 'yesno' }), 'yes', context))).toBe('invalid_yesno');
  });
});

describe('validateField: identity and contact numbers', () => {
  it('stores an Aadhaar number as bare digits', () => {
    const spaced = `${VALID_AADHAAR.slice(0, 4)} ${VALID_AADHAAR.slice(4, 8)} ${VALID_AADHAAR.slice(8)}`;
    expect(validateField(field({ type: 'aadhaar' }), spaced, context)).toEqual({ ok: true, value: VALID_AADHAAR });
  });

  it('rejects an Aadhaar number whose check digit is wrong, in both languages', () => {
    const wrong = VALID_AADHAAR.slice(0, -1) + String((Number(VALID_AADHAAR.slice(-1)) + 1) % 10);
    const result = validateField(field({ type: 'aadhaar' }), wrong, context);
    expect(result.ok ? undefined : result.error.code).toBe('invalid_aadhaar');
    expect(result.ok ? undefined : result.error.message.te).toContain('ఆధార్ నంబర్ సరైనది కాదు');
  });

  it('stores a mobile number as its 10 digits', () => {
    expect(validateField(field({ type: 'mobile' }), '+91 98765 43210', context)).toEqual({
      ok: true,
      value: '9876543210',
    });
    expect(errorCode(validateField(field({ type: 'mobile' }), '12345', context))).toBe('invalid_mobile');
    expect(errorCode(validateField(field({ type: 'mobile' }), 9876543210, context))).toBe('invalid_mobile');
  });

  it('stores a PIN code without spaces', () => {
    expect(validateField(field({ type: 'pincode' }), '520 001', context)).toEqual({ ok: true, value: '520001' });
    expect(errorCode(validateField(field({ type: 'pincode' }), '020001', context))).toBe('invalid_pincode');
  });

  it('accepts a plausible email and lowercases only its domain', () => {
    expect(validateField(field({ type: 'email' }), ' Ravi.K@Example.GOV.in ', context)).toEqual({
      ok: true,
      value: 'Ravi.K@example.gov.in',
    });
  });

  it('refuses email addresses without a domain, with spaces or with two @', () => {
    for (const value of ['ravi', 'ravi@', 'ravi@example', 'ra vi@example.com', 'a@b@example.com', '@example.com']) {
      expect(errorCode(validateField(field({ type: 'email' }), value, context)), value).toBe('invalid_email');
    }
  });
});

describe('validateField: attachments and location', () => {
  const photo = field({ type: 'photo', maxSizeKb: 500 });
  const document = field({ type: 'document' });

  it('accepts an image as a photo and drops unknown properties', () => {
    const value = { sha256: SHA, mimeType: 'image/jpeg', sizeBytes: 1000, extra: 'x' };
    expect(validateField(photo, value, context)).toEqual({
      ok: true,
      value: { sha256: SHA, mimeType: 'image/jpeg', sizeBytes: 1000 },
    });
  });

  it('refuses a PDF as a photo but accepts it as a document', () => {
    const pdf = { sha256: SHA, mimeType: 'application/pdf', sizeBytes: 1000 };
    const refused = validateField(photo, pdf, context);
    expect(refused.ok ? undefined : refused.error.message.en).toBe('This file cannot be used. Please attach a photo.');
    expect(validateField(document, pdf, context).ok).toBe(true);
  });

  it('refuses other file types as documents', () => {
    const word = { sha256: SHA, mimeType: 'application/msword', sizeBytes: 1000 };
    expect(errorCode(validateField(document, word, context))).toBe('invalid_attachment');
  });

  it('refuses a file over the size limit and states the limit', () => {
    const big = { sha256: SHA, mimeType: 'image/png', sizeBytes: 500 * 1024 + 1 };
    const result = validateField(photo, big, context);
    expect(result.ok ? undefined : result.error.message.en).toBe('This file is too large. The limit is 500 KB.');
    expect(validateField(photo, { ...big, sizeBytes: 500 * 1024 }, context).ok).toBe(true);
    const tooBigDocument = validateField(document, { ...big, sizeBytes: 3 * 1024 * 1024 }, context);
    expect(tooBigDocument.ok ? undefined : tooBigDocument.error.message.en).toBe(
      'This file is too large. The limit is 2 MB.',
    );
  });

  it('refuses something that is not an attachment reference', () => {
    for (const value of [
      'photo.jpg',
      { sha256: 'abc', mimeType: 'image/png', sizeBytes: 1 },
      { mimeType: 'image/png' },
    ]) {
      expect(errorCode(validateField(photo, value, context))).toBe('invalid_attachment');
    }
  });

  it('accepts a point on the map and refuses an impossible one', () => {
    const location = field({ type: 'location' });
    expect(validateField(location, { latitude: 16.5062, longitude: 80.648 }, context)).toEqual({
      ok: true,
      value: { latitude: 16.5062, longitude: 80.648 },
    });
    expect(errorCode(validateField(location, { latitude: 91, longitude: 80 }, context))).toBe('invalid_location');
    expect(errorCode(validateField(location, '16.5,80.6', context))).toBe('invalid_location');
  });
});

describe('validateAnswers', () => {
  const fields = [
    field({ key: 'name', type: 'text' }),
    field({ key: 'age', type: 'number', integer: true, min: 0 }),
    field({ key: 'email', type: 'email', required: false }),
    field({ key: 'mobile', type: 'mobile', required: false }),
  ];

  it('returns the cleaned answers and drops optional empties', () => {
    expect(validateAnswers(fields, { name: ' Sita ', age: '34', email: '' }, context)).toEqual({
      ok: true,
      value: { name: 'Sita', age: 34 },
    });
  });

  it('reports every error, in form order, then unknown keys', () => {
    const result = validateAnswers(fields, { age: -2, mobile: '123', caste: 'bc' }, context);
    expect(result.ok ? [] : result.errors.map((error) => [error.field, error.code])).toEqual([
      ['name', 'required'],
      ['age', 'below_min'],
      ['mobile', 'invalid_mobile'],
      ['caste', 'unknown_field'],
    ]);
  });

  it('does not mistake object prototype properties for answers', () => {
    const result = validateAnswers([field({ key: 'constructor', type: 'text' })], {}, context);
    expect(result.ok ? undefined : result.errors[0]?.code).toBe('required');
  });

  it('rejects a __proto__ key sent in JSON as unknown', () => {
    const answers = JSON.parse('{"name":"Sita","age":3,"__proto__":{"polluted":true}}') as Record<string, unknown>;
    const result = validateAnswers(fields, answers, context);
    expect(result.ok ? undefined : result.errors).toEqual([
      expect.objectContaining({ field: '__proto__', code: 'unknown_field' }),
    ]);
  });
});
