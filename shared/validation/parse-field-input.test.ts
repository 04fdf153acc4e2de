import { describe, it, expect } from 'vitest';
import type { FormField, FormFieldInput } from '../model/form-field';
import { FormFieldSchema } from '../model/form-field';
import { validateField } from './field-validation';
import { parseFieldInput } from './parse-field-input';

const label = { en: 'Question', te: 'ప్రశ్న' };

// Omit applied to each member of the union, so each field type keeps its own properties.
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function field(input: DistributiveOmit<FormFieldInput, 'key' | 'label'>): FormField {
  return FormFieldSchema.parse({ key: 'answer', label, ...input });
}

const district = field({
  type: 'select',
  options: [
    { value: 'krishna', label: { en: 'Krishna', te: 'కృష్ణా' } },
    { value: 'guntur', label: { en: 'Guntur', te: 'గుంటూరు' } },
    { value: 'west_godavari', label: { en: 'West Godavari', te: 'పశ్చిమ గోదావరి' } },
  ],
});

describe('parseFieldInput', () => {
  it('turns blank input into undefined', () => {
    expect(parseFieldInput(field({ type: 'text' }), '   ', 'en')).toBeUndefined();
  });

  it('trims free text', () => {
    expect(parseFieldInput(field({ type: 'textarea' }), '  Near the temple \n', 'te')).toBe('Near the temple');
  });

  it.each([
    ['1,20,000', 120000],
    ['120000', 120000],
    ['1 20 000', 120000],
    ['12.5', 12.5],
    ['-3', -3],
    ['౧౨౦', 120],
  ])('reads the number %j as %d', (text, expected) => {
    expect(parseFieldInput(field({ type: 'number' }), text, 'en')).toBe(expected);
  });

  it('passes text that is not a number through so validation can explain', () => {
    const number = field({ type: 'number' });
    const typed = parseFieldInput(number, 'about 5 acres', 'en');
    expect(typed).toBe('about 5 acres');
    expect(validateField(number, typed, { today: '2025-06-15' })).toMatchObject({
      ok: false,
      error: { code: 'not_a_number' },
    });
  });

  it.each([
    ['15/08/1990', '1990-08-15'],
    ['15-8-1990', '1990-08-15'],
    ['15.08.1990', '1990-08-15'],
    ['1990-08-15', '1990-08-15'],
  ])('reads the date %j in Indian order as %s', (text, expected) => {
    expect(parseFieldInput(field({ type: 'date' }), text, 'en')).toBe(expected);
  });

  it('passes an impossible date through unchanged', () => {
    expect(parseFieldInput(field({ type: 'date' }), '30/02/2023', 'en')).toBe('30/02/2023');
  });

  it.each([['yes'], ['Y'], ['Yes.'], ['అవును'], ['avunu']])('reads %j as yes', (text) => {
    expect(parseFieldInput(field({ type: 'yesno' }), text, 'te')).toBe(true);
  });

  it.each([['no'], ['N'], ['NO!'], ['కాదు'], ['లేదు'], ['ledu']])('reads %j as no', (text) => {
    expect(parseFieldInput(field({ type: 'yesno' }), text, 'te')).toBe(false);
  });

  it('passes an unclear yes/no answer through', () => {
    expect(parseFieldInput(field({ type: 'yesno' }), 'maybe', 'en')).toBe('maybe');
  });

  it('picks a select option by its value', () => {
    expect(parseFieldInput(district, 'guntur', 'en')).toBe('guntur');
  });

  it('picks a select option by its number in the list', () => {
    expect(parseFieldInput(district, '2', 'en')).toBe('guntur');
    expect(parseFieldInput(district, '3.', 'te')).toBe('west_godavari');
  });

  it('picks a select option by its label in either language, ignoring case', () => {
    expect(parseFieldInput(district, 'west  godavari', 'en')).toBe('west_godavari');
    expect(parseFieldInput(district, 'KRISHNA', 'te')).toBe('krishna');
    expect(parseFieldInput(district, 'గుంటూరు', 'en')).toBe('guntur');
  });

  it('passes an option number outside the list through', () => {
    expect(parseFieldInput(district, '4', 'en')).toBe('4');
    expect(parseFieldInput(district, '0', 'en')).toBe('0');
  });

  it('removes spaces from an Aadhaar number and a PIN code', () => {
    expect(parseFieldInput(field({ type: 'aadhaar' }), '2345 6789 0123', 'en')).toBe('234567890123');
    expect(parseFieldInput(field({ type: 'pincode' }), '520 001', 'en')).toBe('520001');
  });

  it('leaves a mobile number for validation to normalise', () => {
    const mobile = field({ type: 'mobile' });
    const typed = parseFieldInput(mobile, '+91 98765 43210', 'en');
    expect(validateField(mobile, typed, { today: '2025-06-15' })).toEqual({ ok: true, value: '9876543210' });
  });

  it('passes typed text for a photo through so validation says a file is expected', () => {
    const photo = field({ type: 'photo' });
    const typed = parseFieldInput(photo, 'sent it yesterday', 'en');
    expect(validateField(photo, typed, { today: '2025-06-15' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_attachment' },
    });
  });
});
