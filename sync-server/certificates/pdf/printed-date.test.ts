import { describe, expect, it } from 'vitest';
import { printedDate } from './printed-date';

describe('printedDate', () => {
  it('prints a calendar date day first', () => {
    expect(printedDate('1979-01-30')).toBe('30/01/1979');
  });

  it('prints an instant as its date in India, not in UTC', () => {
    expect(printedDate('2026-05-20T20:15:00Z')).toBe('21/05/2026');
    expect(printedDate('2026-05-20T18:29:59.999Z')).toBe('20/05/2026');
    expect(printedDate('2026-05-21T01:00:00+05:30')).toBe('21/05/2026');
  });

  it.each(['2026-02-30', '20/05/2026', '2026-05-20T20:15:00', 'tomorrow', ''])('refuses %j', (text) => {
    expect(() => printedDate(text)).toThrow(RangeError);
  });
});
