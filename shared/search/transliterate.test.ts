import { describe, it, expect } from 'vitest';
import { foldToken } from './normalize';
import { hasTelugu, transliterateTelugu } from './transliterate';

describe('transliterateTelugu', () => {
  it('gives a consonant its inherent a and lets a vowel sign replace it', () => {
    expect(transliterateTelugu('ఆదాయ')).toBe('aadaaya');
    expect(transliterateTelugu('కి కీ కు కూ కె కే కై కొ కో కౌ')).toBe('ki kii ku kuu ke ke kai ko ko kau');
  });

  it('reads ఆదాయ so that it folds to the same word as the romanized aadaya and adaya', () => {
    expect(foldToken('ఆదాయ')).toBe(foldToken('aadaya'));
    expect(foldToken('ఆదాయ')).toBe(foldToken('adaya'));
  });

  it('drops the inherent a after a virama, so conjuncts read as clusters', () => {
    expect(transliterateTelugu('ధ్రువీకరణ')).toBe('dhruviikarana');
    expect(transliterateTelugu('జ్ఞాన')).toBe('jnaana');
    expect(transliterateTelugu('క్ష')).toBe('ksha');
  });

  it('reads the anusvara as n before a stop, as m before a labial and at the end of a word', () => {
    expect(transliterateTelugu('పంట')).toBe('panta');
    expect(transliterateTelugu('సంపాదన')).toBe('sampaadana');
    expect(transliterateTelugu('పత్రం')).toBe('patram');
  });

  it('ignores zero-width joiners and non-joiners inside a word', () => {
    expect(transliterateTelugu('పాస్\u200Cపోర్ట్')).toBe('paasport');
    expect(transliterateTelugu('పాస్\u200Dపోర్ట్')).toBe('paasport');
  });

  it('reads a vowel sign typed as two code points like the composed one', () => {
    expect(transliterateTelugu('\u0C15\u0C46\u0C56')).toBe(transliterateTelugu('కై'));
  });

  it('turns Telugu digits into ASCII digits and the visarga into h', () => {
    expect(transliterateTelugu('౧౯౧౨')).toBe('1912');
    expect(transliterateTelugu('దుః')).toBe('duh');
  });

  it('leaves text outside the Telugu block as it is', () => {
    expect(transliterateTelugu('Income 2025, ok')).toBe('Income 2025, ok');
    expect(transliterateTelugu('ఈ-crop')).toBe('ii-crop');
  });
});

describe('hasTelugu', () => {
  it('tells Telugu script from Latin', () => {
    expect(hasTelugu('కరెంటు bill')).toBe(true);
    expect(hasTelugu('karentu bill')).toBe(false);
  });
});
