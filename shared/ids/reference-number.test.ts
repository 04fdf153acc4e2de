import { describe, it, expect } from 'vitest';
import { parseReference, referenceFromId } from './reference-number';
import { newUuidV7 } from './uuid-v7';

const RFC_EXAMPLE = '017f22e2-79b0-7cc3-98c4-dc0c0c07398f';
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const FORMAT = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/;

describe('referenceFromId', () => {
  it('formats the reference as three groups of four and a check symbol', () => {
    expect(referenceFromId(RFC_EXAMPLE)).toMatch(FORMAT);
  });

  it('encodes the last 60 random bits of the UUID', () => {
    // The last 15 hex digits of the example are 60 bits of rand_b, read as 12 base32 characters.
    const value = BigInt('0x8c4dc0c0c07398f');
    const expected = Array.from({ length: 12 }, (_, i) => ALPHABET[Number((value >> BigInt((11 - i) * 5)) & 31n)]).join(
      '',
    );
    expect(referenceFromId(RFC_EXAMPLE).replace(/-/g, '').slice(0, 12)).toBe(expected);
  });

  it('is the same for the same id, so a device and the server agree offline', () => {
    expect(referenceFromId(RFC_EXAMPLE)).toBe(referenceFromId(RFC_EXAMPLE.toUpperCase()));
  });

  it('does not depend on the timestamp or rand_a', () => {
    const other = `0190aaaa-bbbb-7123-${RFC_EXAMPLE.slice(19)}`;
    expect(referenceFromId(other)).toBe(referenceFromId(RFC_EXAMPLE));
  });

  it('gives different references to ids minted in the same millisecond', () => {
    const ids = Array.from({ length: 2000 }, () => newUuidV7());
    expect(new Set(ids.map(referenceFromId)).size).toBe(ids.length);
  });

  it('throws for something that is not a UUIDv7', () => {
    expect(() => referenceFromId('017f22e2-79b0-4cc3-98c4-dc0c0c07398f')).toThrow(TypeError);
  });
});

describe('parseReference', () => {
  it('round-trips the references of freshly minted ids', () => {
    for (let i = 0; i < 500; i += 1) {
      const reference = referenceFromId(newUuidV7());
      expect(reference).toMatch(FORMAT);
      expect(parseReference(reference)).toBe(reference);
    }
  });

  it('accepts lowercase input without dashes and with spaces', () => {
    const reference = referenceFromId(RFC_EXAMPLE);
    expect(parseReference(reference.toLowerCase().replace(/-/g, ''))).toBe(reference);
    expect(parseReference(` ${reference.replace(/-/g, ' ').toLowerCase()} `)).toBe(reference);
  });

  it('reads I and L as 1 and O as 0', () => {
    const reference = '1010-0000-0000-';
    const check = [...ALPHABET].find((candidate) => parseReference(reference + candidate) !== undefined) ?? '';
    expect(check).not.toBe('');
    expect(parseReference(`iOlo-oooo-0000-${check}`)).toBe(reference + check);
  });

  it('uses only the base32 alphabet for the check symbol, never characters WhatsApp treats as formatting', () => {
    for (let i = 0; i < 2000; i += 1) {
      const check = referenceFromId(newUuidV7()).at(-1) ?? '';
      expect(ALPHABET).toContain(check);
    }
  });

  it('detects every single mistyped character, the check symbol included', () => {
    for (const id of [RFC_EXAMPLE, ...Array.from({ length: 20 }, () => newUuidV7())]) {
      const compact = referenceFromId(id).replace(/-/g, '');
      for (let position = 0; position < 13; position += 1) {
        for (const char of ALPHABET) {
          if (char === compact[position]) continue;
          const typo = compact.slice(0, position) + char + compact.slice(position + 1);
          expect(parseReference(typo), typo).toBeUndefined();
        }
      }
    }
  });

  it('detects two adjacent characters swapped, the check symbol included', () => {
    for (const id of [RFC_EXAMPLE, ...Array.from({ length: 200 }, () => newUuidV7())]) {
      const compact = referenceFromId(id).replace(/-/g, '');
      for (let position = 0; position < 12; position += 1) {
        const a = compact[position] ?? '';
        const b = compact[position + 1] ?? '';
        if (a === b) continue;
        const swapped = compact.slice(0, position) + b + a + compact.slice(position + 2);
        expect(parseReference(swapped), swapped).toBeUndefined();
      }
    }
  });

  it('refuses a wrong length, U in the data, and other characters', () => {
    const compact = referenceFromId(RFC_EXAMPLE).replace(/-/g, '');
    expect(parseReference(compact.slice(1))).toBeUndefined();
    expect(parseReference(`${compact}0`)).toBeUndefined();
    expect(parseReference(`U${compact.slice(1)}`)).toBeUndefined();
    expect(parseReference(`#${compact.slice(1)}`)).toBeUndefined();
    expect(parseReference('')).toBeUndefined();
  });
});
