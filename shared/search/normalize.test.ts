import { describe, it, expect } from 'vitest';
import { foldToken, isStopWord, searchTokens, tokenize } from './normalize';

describe('tokenize', () => {
  it('splits on spaces and punctuation, lowercases and keeps an apostrophe inside a word', () => {
    expect(tokenize("Chief Minister's Relief-Fund (CMRF)")).toEqual(['chief', 'ministers', 'relief', 'fund', 'cmrf']);
  });

  it('keeps a Telugu word whole, vowel signs and joiners included', () => {
    expect(tokenize('పాస్\u200Cపోర్ట్ సైజు')).toEqual(['పాస్\u200Cపోర్ట్', 'సైజు']);
  });
});

describe('foldToken', () => {
  it.each([
    ['aadaya', 'adaya'],
    ['pathram', 'patram'],
    ['dhruvikarana', 'druvikarana'],
    ['kharchu', 'karcu'],
    ['ghanta', 'ganta'],
    ['phiryadu', 'piryadu'],
    ['bhoomi', 'bumi'],
    ['neeti', 'niti'],
    ['pattadaar', 'patadar'],
    ['Café', 'cape'],
  ])('folds %s to %s', (word, folded) => {
    expect(foldToken(word)).toBe(folded);
  });

  it('makes the common spelling variants of one word meet', () => {
    expect(foldToken('aadaya')).toBe(foldToken('adaya'));
    expect(foldToken('pathram')).toBe(foldToken('patram'));
    expect(foldToken('veedhi')).toBe(foldToken('vidhi'));
    expect(foldToken('koolina')).toBe(foldToken('kuulina'));
    expect(foldToken('shop')).toBe(foldToken('sop'));
    expect(foldToken('water')).toBe(foldToken('vater'));
    expect(foldToken('zilla')).toBe(foldToken('jilla'));
  });

  it('folds Telugu script and its romanization to the same word', () => {
    expect(foldToken('పత్రం')).toBe(foldToken('pathram'));
    expect(foldToken('కులం')).toBe(foldToken('kulam'));
    expect(foldToken('నీటి')).toBe(foldToken('neeti'));
  });

  it('keeps repeated digits, because 1100 and 10 are different helplines', () => {
    expect(foldToken('1100')).toBe('1100');
  });
});

describe('isStopWord', () => {
  it('recognises English and Telugu ways of asking', () => {
    for (const word of ['please', 'I', 'need', 'the', 'నాకు', 'కావాలి', 'naaku', 'kavali', 'lo']) {
      expect(isStopWord(word)).toBe(true);
    }
  });

  it('keeps words that change what is asked for', () => {
    for (const word of ['no', 'not', 'new', 'status', 'income', 'vere']) expect(isStopWord(word)).toBe(false);
  });
});

describe('searchTokens', () => {
  it('drops stop words in both languages and folds the rest', () => {
    expect(searchTokens('I need the Income Certificate please')).toEqual(['income', 'certipicate']);
    expect(searchTokens('నాకు కుల ధ్రువీకరణ పత్రం కావాలి')).toEqual(['kula', 'druvikarana', 'patram']);
  });

  it('returns nothing for text made only of stop words or symbols', () => {
    expect(searchTokens('please, I want')).toEqual([]);
    expect(searchTokens(' ?! ')).toEqual([]);
  });
});
