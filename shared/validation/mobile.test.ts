import { describe, it, expect } from 'vitest';
import { isValidIndianMobile, normalizeIndianMobile } from './mobile';

describe('normalizeIndianMobile', () => {
  it.each([
    ['9876543210'],
    ['+91 98765 43210'],
    ['+919876543210'],
    ['91 9876543210'],
    ['091-9876543210'],
    ['0091 98765 43210'],
    ['0 98765 43210'],
    ['(+91) 98765-43210'],
    [' 98765 43210 '],
  ])('reads %s as the bare 10-digit number', (input) => {
    expect(normalizeIndianMobile(input)).toBe('9876543210');
  });

  it('keeps a 10-digit number that happens to start with 91', () => {
    expect(normalizeIndianMobile('9191234567')).toBe('9191234567');
  });

  it.each([['5876543210'], ['0123456789'], ['987654321'], ['98765432101'], ['+1 9876543210'], ['98765x3210'], ['']])(
    'returns undefined for %j',
    (input) => {
      expect(normalizeIndianMobile(input)).toBeUndefined();
    },
  );
});

describe('isValidIndianMobile', () => {
  it('accepts numbers starting with 6, 7, 8 and 9', () => {
    for (const first of ['6', '7', '8', '9']) expect(isValidIndianMobile(`${first}000000000`)).toBe(true);
  });

  it('rejects numbers starting with 0 to 5', () => {
    for (const first of ['1', '2', '3', '4', '5']) expect(isValidIndianMobile(`${first}000000000`)).toBe(false);
  });
});
