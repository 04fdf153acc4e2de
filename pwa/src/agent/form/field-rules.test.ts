import { describe, expect, it } from 'vitest';
import type { FormField } from '../../../../shared/model/form-field';
import { changedAnswers, toDraftAnswers } from '../answers';
import { checkField, checkForm } from './field-rules';

const income: FormField = {
  key: 'annualIncome',
  type: 'number',
  label: { en: 'Income', te: 'ఆదాయం' },
  required: true,
  personal: false,
  integer: true,
  min: 0,
};
const name: FormField = {
  key: 'applicantName',
  type: 'text',
  label: { en: 'Name', te: 'పేరు' },
  required: true,
  personal: true,
  maxLength: 100,
};
const now = new Date('2026-01-15T06:00:00Z');

describe('form checks with the shared validators', () => {
  it('when a number is typed with Indian grouping, then it is accepted as a number', () => {
    expect(checkField(income, '1,20,000', 'en', now)).toBeUndefined();
    expect(checkForm([income], { annualIncome: '1,20,000' }, 'en', now)).toEqual({
      ok: true,
      answers: { annualIncome: 120000 },
    });
  });

  it('when a required answer is blank, then the error carries both languages', () => {
    const error = checkField(name, '  ', 'te', now);
    expect(error?.code).toBe('required');
    expect(error?.message.te).toMatch(/తప్పనిసరి/);
    expect(error?.message.en).toMatch(/required/);
  });

  it('when a draft holds answers for questions the form dropped, then they are left out rather than refused', () => {
    expect(checkForm([name], { applicantName: 'Ravi', oldQuestion: 'x' }, 'en', now)).toEqual({
      ok: true,
      answers: { applicantName: 'Ravi' },
    });
  });

  it('when every answer fails, then every error is reported in form order', () => {
    const result = checkForm([name, income], { annualIncome: 'lots' }, 'en', now);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['applicantName', 'annualIncome']);
  });

  it('when stored answers come back to the form, then numbers become text again', () => {
    expect(toDraftAnswers({ annualIncome: 5000, married: false, applicantName: 'Ravi' })).toEqual({
      annualIncome: '5000',
      married: false,
      applicantName: 'Ravi',
    });
  });

  it('SYNC-CONFLICT-2 when answers are amended, then only the changed ones are sent', () => {
    expect(changedAnswers({ a: 1, b: 'x', c: { lat: 1 } }, { a: 1, b: 'y', c: { lat: 1 } })).toEqual({ b: 'y' });
  });
});
