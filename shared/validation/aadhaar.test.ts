import { describe, it, expect } from 'vitest';
import { hasValidVerhoeffChecksum, isValidAadhaar, normalizeAadhaar, verhoeffCheckDigit } from './aadhaar';

/** A valid Aadhaar number built from 11 digits and their computed check digit. */
function withCheckDigit(first11: string): string {
  return first11 + String(verhoeffCheckDigit(first11));
}

const SAMPLE = withCheckDigit('23456789012');

describe('verhoeffCheckDigit', () => {
  it('computes the published test vectors', () => {
    expect(verhoeffCheckDigit('236')).toBe(3);
    expect(verhoeffCheckDigit('12345')).toBe(1);
    expect(verhoeffCheckDigit('142857')).toBe(0);
  });

  it('produces numbers whose checksum validates', () => {
    for (const prefix of ['0', '9', '236', '12345', '98765432109', '55555555555']) {
      expect(hasValidVerhoeffChecksum(prefix + String(verhoeffCheckDigit(prefix)))).toBe(true);
    }
  });

  it('throws on input that is not digits', () => {
    expect(() => verhoeffCheckDigit('')).toThrow(RangeError);
    expect(() => verhoeffCheckDigit('12a4')).toThrow(RangeError);
  });
});

describe('normalizeAadhaar', () => {
  it('removes spaces and hyphens between digit groups', () => {
    expect(normalizeAadhaar(' 2345 6789-0123 ')).toBe('234567890123');
  });
});

describe('isValidAadhaar', () => {
  it('accepts a 12-digit number with a correct check digit', () => {
    expect(isValidAadhaar(SAMPLE)).toBe(true);
  });

  it('accepts the number written in groups with spaces or hyphens', () => {
    const grouped = `${SAMPLE.slice(0, 4)} ${SAMPLE.slice(4, 8)} ${SAMPLE.slice(8)}`;
    expect(isValidAadhaar(grouped)).toBe(true);
    expect(isValidAadhaar(grouped.replace(/ /g, '-'))).toBe(true);
  });

  it('accepts generated numbers starting with every digit from 2 to 9', () => {
    for (let first = 2; first <= 9; first += 1) {
      expect(isValidAadhaar(withCheckDigit(`${first}0918273645`))).toBe(true);
    }
  });

  it('rejects an Aadhaar number whose check digit is wrong', () => {
    const last = Number(SAMPLE.slice(-1));
    expect(isValidAadhaar(SAMPLE.slice(0, -1) + String((last + 1) % 10))).toBe(false);
  });

  it('rejects a number starting with 0 or 1 even when the checksum is right', () => {
    expect(isValidAadhaar(withCheckDigit('03456789012'))).toBe(false);
    expect(isValidAadhaar(withCheckDigit('13456789012'))).toBe(false);
  });

  it('rejects numbers of the wrong length and non-digit characters', () => {
    expect(isValidAadhaar(withCheckDigit('2345678901'))).toBe(false);
    expect(isValidAadhaar(withCheckDigit('234567890123'))).toBe(false);
    expect(isValidAadhaar('')).toBe(false);
    expect(isValidAadhaar('2345 6789 012a')).toBe(false);
    expect(isValidAadhaar('2345.6789.0123')).toBe(false);
  });

  it('detects every single-digit typo', () => {
    for (let position = 0; position < 12; position += 1) {
      for (let digit = 0; digit <= 9; digit += 1) {
        if (String(digit) === SAMPLE[position]) continue;
        const typo = SAMPLE.slice(0, position) + String(digit) + SAMPLE.slice(position + 1);
        expect(isValidAadhaar(typo), typo).toBe(false);
      }
    }
  });

  it('detects every adjacent transposition of different digits', () => {
    const number = withCheckDigit('29384756102');
    for (let position = 0; position < 11; position += 1) {
      const a = number[position] ?? '';
      const b = number[position + 1] ?? '';
      if (a === b) continue;
      const swapped = number.slice(0, position) + b + a + number.slice(position + 2);
      expect(isValidAadhaar(swapped), swapped).toBe(false);
    }
  });
});
