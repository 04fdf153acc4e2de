import { describe, it, expect } from 'vitest';
import { isValidPincode, normalizePincode } from './pincode';

describe('pincode', () => {
  it('accepts a six-digit PIN code of an Andhra Pradesh town', () => {
    expect(isValidPincode('520001')).toBe(true);
    expect(isValidPincode('530 017')).toBe(true);
  });

  it('removes spaces when normalising', () => {
    expect(normalizePincode(' 522 002 ')).toBe('522002');
  });

  it('rejects a PIN code starting with 0', () => {
    expect(isValidPincode('012345')).toBe(false);
  });

  it('rejects PIN codes of the wrong length or with other characters', () => {
    for (const input of ['52000', '5200011', '52000a', '520-001', '']) expect(isValidPincode(input)).toBe(false);
  });
});
