import { describe, expect, it } from 'vitest';
import { factLabel, factValue } from './facts';
import { documentTypeName } from './document-types';

describe('signed facts on the verdict screen', () => {
  it('when a fact is an income, then it is shown in rupees with Indian digit grouping', () => {
    expect(factValue('annualIncome', 120000, 'en')).toBe('₹1,20,000');
  });

  it('when a fact is a calendar date, then it is that same day wherever the kiosk’s clock is set', () => {
    expect(factValue('dateOfDeath', '2026-03-01', 'en')).toBe('1 March 2026');
  });

  it('when a fact has a label, then it is in the chosen language; otherwise its key is put in words, marked English', () => {
    expect(factLabel('annualIncome', 'te')).toEqual({ text: 'వార్షిక ఆదాయం' });
    expect(factLabel('deceasedAge', 'te')).toEqual({ text: 'Deceased age', lang: 'en' });
  });

  it('when a document type is one the issuer uses, then it has names in both languages; an unknown one has none', () => {
    expect(documentTypeName('family_member')).toEqual({
      en: 'Family member certificate',
      te: 'కుటుంబ సభ్యుల ధ్రువీకరణ పత్రం',
    });
    expect(documentTypeName('toString')).toBeUndefined();
  });
});
