import { describe, expect, it } from 'vitest';
import { base64ToBytes, base64UrlToBytes, bytesToBase64, bytesToBase64Url } from './base64';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('base64 and base64url', () => {
  it('when bytes are encoded, then they match the RFC 4648 test vectors', () => {
    const foobar = new TextEncoder().encode('foobar');
    const expected = ['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==', 'Zm9vYmE=', 'Zm9vYmFy'];
    expected.forEach((encoded, length) => {
      expect(bytesToBase64(foobar.subarray(0, length))).toBe(encoded);
      expect(base64ToBytes(encoded)).toEqual(foobar.subarray(0, length));
    });
  });

  it('when bytes use the last two alphabet characters, then base64url spells them - and _ without padding', () => {
    expect(bytesToBase64(bytes(0xfb, 0xff))).toBe('+/8=');
    expect(bytesToBase64Url(bytes(0xfb, 0xff))).toBe('-_8');
    expect(base64UrlToBytes('-_8')).toEqual(bytes(0xfb, 0xff));
  });

  it('when any bytes are encoded, then both forms decode back', () => {
    for (let length = 0; length < 40; length++) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 151 + 7) & 0xff);
      expect(base64ToBytes(bytesToBase64(data))).toEqual(data);
      expect(base64UrlToBytes(bytesToBase64Url(data))).toEqual(data);
    }
  });

  it('when a text is not the canonical encoding, then it is refused', () => {
    for (const bad of ['Zg', 'Zh==', 'Zm9v=', 'Z===', 'Zm9v!', '+/8', 'Zm 9v'])
      expect(base64ToBytes(bad)).toBeUndefined();
    for (const bad of ['-_8=', '+/8', '-_9', 'Z', 'Zm9v YmFy']) expect(base64UrlToBytes(bad)).toBeUndefined();
  });
});
