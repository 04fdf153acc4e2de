import { describe, expect, it } from 'vitest';
import { matchesSignature } from './content-signature';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

describe('attachment content signatures (SYNC-ATT-2)', () => {
  it('when the bytes begin as their declared type does, then they match', () => {
    expect(matchesSignature('image/jpeg', bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
    expect(matchesSignature('image/png', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(true);
    expect(matchesSignature('image/webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe(true);
    expect(matchesSignature('application/pdf', bytes('%PDF-1.7\n'))).toBe(true);
  });

  it('when a PDF header follows a few leading bytes, then it still matches, as PDF readers accept it', () => {
    expect(matchesSignature('application/pdf', bytes([0xef, 0xbb, 0xbf], '%PDF-1.4'))).toBe(true);
  });

  it('when the bytes are something else under an allowed type, then they do not match', () => {
    expect(matchesSignature('image/jpeg', bytes('<html><script>alert(1)</script>'))).toBe(false);
    expect(matchesSignature('image/png', bytes([0xff, 0xd8, 0xff]))).toBe(false);
    expect(matchesSignature('image/webp', bytes('RIFF', [1, 2, 3, 4], 'WAVE'))).toBe(false);
    expect(matchesSignature('application/pdf', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(false);
    expect(matchesSignature('image/jpeg', bytes([0xff]))).toBe(false);
  });
});
