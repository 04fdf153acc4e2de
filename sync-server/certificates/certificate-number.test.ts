import { describe, expect, it } from 'vitest';
import { CertificateNumberSchema } from '../../shared/model/certificate';
import { formatCertificateNumber, NumberBlocks } from './certificate-number';

describe('certificate numbers', () => {
  it('write the sequence in Crockford base32, at least five symbols', () => {
    expect(formatCertificateNumber('INC', 2026, 1)).toBe('INC-2026-00001');
    expect(formatCertificateNumber('INC', 2026, 10)).toBe('INC-2026-0000A');
    expect(formatCertificateNumber('INC', 2026, 32)).toBe('INC-2026-00010');
    expect(formatCertificateNumber('BIR', 2027, 32 ** 5)).toBe('BIR-2027-100000');
  });

  it('never use the letters I, L, O or U, and always match the shared schema', () => {
    for (let sequence = 1; sequence < 5000; sequence += 7) {
      const number = formatCertificateNumber('MAUD', 2026, sequence);
      expect(number.slice(10)).not.toMatch(/[ILOU]/);
      expect(CertificateNumberSchema.safeParse(number).success).toBe(true);
    }
  });

  it('refuse a sequence that no counter hands out', () => {
    expect(() => formatCertificateNumber('INC', 2026, 0)).toThrow(RangeError);
    expect(() => formatCertificateNumber('INC', 2026, 1.5)).toThrow(RangeError);
  });
});

describe('number blocks', () => {
  /** A counter like the database's: each reservation adds `count` and returns the new value. */
  function counter(failFirst = false) {
    let value = 0;
    let calls = 0;
    return {
      calls: () => calls,
      async reserveNumbers(_series: string, count: number) {
        calls++;
        if (failFirst && calls === 1) throw new Error('database unavailable');
        value += count;
        return value;
      },
    };
  }

  it('hand out distinct numbers in order to callers at once, reserving one block per sixteen', async () => {
    const store = counter();
    const blocks = new NumberBlocks(store);
    const numbers = await Promise.all(Array.from({ length: 40 }, () => blocks.next('INC-2026')));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(store.calls()).toBe(3);
  });

  it('when a reservation fails, then the next call reserves again', async () => {
    const blocks = new NumberBlocks(counter(true));
    await expect(blocks.next('INC-2026')).rejects.toThrow('unavailable');
    expect(await blocks.next('INC-2026')).toBe(1);
  });
});
