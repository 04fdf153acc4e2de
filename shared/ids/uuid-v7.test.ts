import { describe, it, expect } from 'vitest';
import { isUuidV7, newUuidV7, uuidV7Time } from './uuid-v7';

describe('newUuidV7', () => {
  it('mints lowercase version-7 UUIDs', () => {
    const id = newUuidV7();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(isUuidV7(id)).toBe(true);
  });

  it('mints ids that sort in creation order', () => {
    const ids = Array.from({ length: 1000 }, () => newUuidV7());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stamps the id with the current time', () => {
    const before = Date.now();
    const time = uuidV7Time(newUuidV7()).getTime();
    expect(time).toBeGreaterThanOrEqual(before);
    expect(time).toBeLessThanOrEqual(Date.now());
  });
});

describe('isUuidV7', () => {
  it('accepts the RFC 9562 example UUIDv7 in either case', () => {
    expect(isUuidV7('017f22e2-79b0-7cc3-98c4-dc0c0c07398f')).toBe(true);
    expect(isUuidV7('017F22E2-79B0-7CC3-98C4-DC0C0C07398F')).toBe(true);
  });

  it('rejects other versions, other variants and malformed strings', () => {
    expect(isUuidV7('017f22e2-79b0-4cc3-98c4-dc0c0c07398f')).toBe(false);
    expect(isUuidV7('017f22e2-79b0-7cc3-c8c4-dc0c0c07398f')).toBe(false);
    expect(isUuidV7('017f22e279b07cc398c4dc0c0c07398f')).toBe(false);
    expect(isUuidV7('017f22e2-79b0-7cc3-98c4-dc0c0c07398')).toBe(false);
    expect(isUuidV7('')).toBe(false);
  });
});

describe('uuidV7Time', () => {
  it('reads the timestamp of the RFC 9562 example', () => {
    expect(uuidV7Time('017f22e2-79b0-7cc3-98c4-dc0c0c07398f').toISOString()).toBe('2022-02-22T19:22:22.000Z');
  });

  it('throws for a string that is not a UUIDv7', () => {
    expect(() => uuidV7Time('not-a-uuid')).toThrow(TypeError);
  });
});
