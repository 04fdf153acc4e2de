import { describe, it, expect } from 'vitest';
import { termSimilarity } from './term-match';

describe('termSimilarity', () => {
  it('ranks the same word over a cut-short word over a typo over a typo in a cut-short word', () => {
    const exact = termSimilarity('income', 'income');
    const prefix = termSimilarity('incom', 'income');
    const typo = termSimilarity('incme', 'income');
    const typoInPrefix = termSimilarity('druva', 'druvikarana');
    expect(exact).toBe(1);
    expect(prefix).toBeLessThan(exact);
    expect(typo).toBeLessThanOrEqual(prefix);
    expect(typoInPrefix).toBeGreaterThan(0);
    expect(typoInPrefix).toBeLessThan(typo);
  });

  it('matches a word carrying a case ending or plural to its stem', () => {
    expect(termSimilarity('patramlo', 'patram')).toBeGreaterThan(0);
    expect(termSimilarity('certificates', 'certificate')).toBeGreaterThan(0);
  });

  it('allows one edit for words of 4 to 7 letters and two for longer words', () => {
    expect(termSimilarity('kulx', 'kula')).toBeGreaterThan(0);
    expect(termSimilarity('kuxy', 'kula')).toBe(0);
    expect(termSimilarity('certfcate', 'certificate')).toBeGreaterThan(0);
  });

  it('wants short words and numbers exactly', () => {
    expect(termSimilarity('ec', 'oc')).toBe(0);
    expect(termSimilarity('in', 'income')).toBe(0);
    expect(termSimilarity('1911', '1912')).toBe(0);
  });
});
