import { describe, expect, it } from 'vitest';
import { decodeBase45, encodeBase45 } from './base45';

const utf8 = (text: string) => new TextEncoder().encode(text);
const text = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);

describe('Base45 (RFC 9285)', () => {
  it.each([
    ['AB', 'BB8'],
    ['Hello!!', '%69 VD92EX0'],
    ['base-45', 'UJCLQE7W581'],
    ['ietf!', 'QED8WEX0'],
    ['', ''],
  ])('when %j is encoded, then it gives the RFC example %j and decodes back', (plain, encoded) => {
    expect(encodeBase45(utf8(plain))).toBe(encoded);
    expect(text(decodeBase45(encoded))).toBe(plain);
  });

  it('when any bytes are encoded, then decoding gives them back', () => {
    for (let length = 0; length < 64; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + length * 31) & 0xff);
      expect(decodeBase45(encodeBase45(bytes))).toEqual(bytes);
    }
    const extremes = Uint8Array.from([0xff, 0xff, 0x00, 0x00, 0xff]);
    expect(decodeBase45(encodeBase45(extremes))).toEqual(extremes);
  });

  it('when a text has a character outside the alphabet, then it is refused', () => {
    for (const bad of ['bb8', 'BB_', 'BB8\n', 'BBé', '%69 VD92EX0=']) expect(decodeBase45(bad)).toBeUndefined();
  });

  it('when a text has a length of 3k+1, then it is refused', () => {
    expect(decodeBase45('B')).toBeUndefined();
    expect(decodeBase45('BB8B')).toBeUndefined();
  });

  it('when a group stands for a value that does not fit its bytes, then it is refused', () => {
    expect(decodeBase45('GGW')).toBeUndefined(); // 65536
    expect(decodeBase45('FGW')).toEqual(Uint8Array.from([0xff, 0xff])); // 65535
    expect(decodeBase45('ZZ')).toBeUndefined(); // 1610 > 255
    expect(decodeBase45('U5')).toEqual(Uint8Array.from([0xff])); // 255
  });
});
