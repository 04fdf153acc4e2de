import { describe, expect, it } from 'vitest';
import { newStatusList, randomStatusIndex, verifiedStatusList, withRevoked } from './status-list';

const created = new Date('2026-03-01T00:00:00.000Z');
const revokedOn = new Date('2026-03-05T12:00:00.000Z');

describe('status lists', () => {
  it('when a list is created, then it has one clear bit per index', () => {
    const list = newStatusList('ap-revenue-1', 'ap-revenue', 20, created);
    expect(list).toEqual({
      id: 'ap-revenue-1',
      issuer: 'ap-revenue',
      updatedAt: created.toISOString(),
      size: 20,
      bits: new Uint8Array(3),
      revokedAt: {},
    });
  });

  it('when an index is revoked, then a new list has that bit set, most significant bit first, and the old list is untouched', () => {
    const list = newStatusList('l', 'i', 16, created);
    const revoked = withRevoked(list, 9, revokedOn);
    expect(revoked.bits).toEqual(Uint8Array.from([0b0000_0000, 0b0100_0000]));
    expect(revoked.revokedAt).toEqual({ 9: revokedOn.toISOString() });
    expect(revoked.updatedAt).toBe(revokedOn.toISOString());
    expect(list.bits).toEqual(new Uint8Array(2));
    expect(list.revokedAt).toEqual({});
  });

  it('when an index is revoked twice, then the first revocation date stands', () => {
    const once = withRevoked(newStatusList('l', 'i', 16, created), 3, revokedOn);
    expect(withRevoked(once, 3, new Date('2026-04-01T00:00:00Z'))).toBe(once);
  });

  it('when an index outside the list is revoked, then it throws', () => {
    const list = newStatusList('l', 'i', 16, created);
    for (const index of [-1, 16, 1.5, Number.NaN])
      expect(() => withRevoked(list, index, revokedOn)).toThrow(RangeError);
  });

  it('when a list is read, then only revoked indices report revoked, with their dates', () => {
    const list = verifiedStatusList(
      withRevoked(withRevoked(newStatusList('l', 'i', 100, created), 0, revokedOn), 99, revokedOn),
    );
    expect([0, 1, 98, 99, 100, -1].map((i) => list.isRevoked(i))).toEqual([true, false, false, true, false, false]);
    expect(list.revokedAt(99)).toBe(revokedOn.toISOString());
    expect(list.revokedAt(1)).toBeUndefined();
  });

  it('when random indices are drawn, then they are integers inside the list and spread over it', () => {
    const size = 1000;
    const draws = Array.from({ length: 5000 }, () => randomStatusIndex(size));
    expect(draws.every((i) => Number.isInteger(i) && i >= 0 && i < size)).toBe(true);
    expect(new Set(draws).size).toBeGreaterThan(900);
    expect(draws.filter((i) => i < size / 2).length).toBeGreaterThan(2200);
    expect(randomStatusIndex(1)).toBe(0);
  });

  it('when a size is out of range, then creating a list or drawing an index throws', () => {
    for (const size of [0, -5, 2.5, 2 ** 24 + 1]) {
      expect(() => newStatusList('l', 'i', size, created)).toThrow(RangeError);
      expect(() => randomStatusIndex(size)).toThrow(RangeError);
    }
  });
});
