import { describe, expect, it } from 'vitest';
import { financialYearOf, incomeCertificateExpiry } from './validity';

describe('financial year', () => {
  it('turns over at midnight on 1 April in India, not in UTC', () => {
    expect(financialYearOf(new Date('2026-03-31T18:29:59Z'))).toBe('2025-26');
    expect(financialYearOf(new Date('2026-03-31T18:30:00Z'))).toBe('2026-27');
    expect(financialYearOf(new Date('2027-01-15T10:00:00Z'))).toBe('2026-27');
    expect(financialYearOf(new Date('2099-06-01T00:00:00Z'))).toBe('2099-00');
  });
});

describe('income certificate expiry', () => {
  it('is the end of the day before the first anniversary of issue, in India', () => {
    // 09:30 IST on 10 May 2026 → valid up to 23:59:59 IST on 9 May 2027.
    expect(incomeCertificateExpiry(new Date('2026-05-10T04:00:00Z')).toISOString()).toBe('2027-05-09T18:29:59.000Z');
    // 00:30 IST on 1 April is already 1 April in India.
    expect(incomeCertificateExpiry(new Date('2026-03-31T19:00:00Z')).toISOString()).toBe('2027-03-31T18:29:59.000Z');
  });

  it('when issued on 29 February, then it runs to the end of 28 February next year', () => {
    expect(incomeCertificateExpiry(new Date('2028-02-29T06:00:00Z')).toISOString()).toBe('2029-02-28T18:29:59.000Z');
  });
});
