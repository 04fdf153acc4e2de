import { describe, it, expect } from 'vitest';
import { boundedEditDistance } from './edit-distance';

describe('boundedEditDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(boundedEditDistance('incom', 'income', 3)).toBe(1);
    expect(boundedEditDistance('certifcate', 'certificate', 3)).toBe(1);
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('counts swapping two neighbouring letters as one edit', () => {
    expect(boundedEditDistance('cetrificate', 'certificate', 2)).toBe(1);
  });

  it('gives up past the bound and says max + 1', () => {
    expect(boundedEditDistance('xqzv', 'agri', 1)).toBe(2);
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('is zero for the same word', () => {
    expect(boundedEditDistance('patram', 'patram', 1)).toBe(0);
  });
});
