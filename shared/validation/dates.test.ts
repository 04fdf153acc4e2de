import { describe, it, expect } from 'vitest';
import { daysInMonth, formatIndianDate, isIsoDate, parseHumanDate, todayIso } from './dates';

describe('isIsoDate', () => {
  it('accepts real calendar dates in YYYY-MM-DD form', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1990-12-31')).toBe(true);
  });

  it('rejects dates that do not exist', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-02-30')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-00-10')).toBe(false);
    expect(isIsoDate('2024-01-00')).toBe(false);
    expect(isIsoDate('0000-01-01')).toBe(false);
  });

  it('rejects anything but the exact format', () => {
    for (const input of ['2024-1-05', '24-01-05', '2024/01/05', ' 2024-01-05', '2024-01-05T00:00:00Z', '']) {
      expect(isIsoDate(input), input).toBe(false);
    }
  });
});

describe('daysInMonth', () => {
  it('knows February in leap and common years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2024, 9)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
  });
});

describe('parseHumanDate', () => {
  it.each([
    ['15/08/1990', '1990-08-15'],
    ['15-08-1990', '1990-08-15'],
    ['15.08.1990', '1990-08-15'],
    ['5/8/1990', '1990-08-05'],
    [' 29/02/2024 ', '2024-02-29'],
    ['1990-08-15', '1990-08-15'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseHumanDate(input)).toBe(expected);
  });

  it('reads day before month, as written in India', () => {
    expect(parseHumanDate('03/04/2020')).toBe('2020-04-03');
  });

  it.each([
    ['30/02/2023'],
    ['15/13/1990'],
    ['15/08/90'],
    ['15/08-1990'],
    ['08/15/1990'],
    ['1990-02-30'],
    ['tomorrow'],
    [''],
  ])('returns undefined for %j', (input) => {
    expect(parseHumanDate(input)).toBeUndefined();
  });
});

describe('formatIndianDate', () => {
  it('shows an ISO date as DD/MM/YYYY', () => {
    expect(formatIndianDate('1990-08-15')).toBe('15/08/1990');
  });
});

describe('todayIso', () => {
  it('gives the Indian date when it is already tomorrow in India but still today in UTC', () => {
    expect(todayIso(new Date('2024-03-31T19:00:00Z'))).toBe('2024-04-01');
  });

  it('gives the same date as UTC during the Indian day', () => {
    expect(todayIso(new Date('2024-03-31T10:00:00Z'))).toBe('2024-03-31');
  });

  it('changes date exactly at midnight IST', () => {
    expect(todayIso(new Date('2024-12-31T18:29:59.999Z'))).toBe('2024-12-31');
    expect(todayIso(new Date('2025-01-01T18:30:00Z'))).toBe('2025-01-02');
    expect(todayIso(new Date('2024-12-31T18:30:00Z'))).toBe('2025-01-01');
  });

  it('uses another time zone when asked', () => {
    expect(todayIso(new Date('2024-03-31T19:00:00Z'), 'UTC')).toBe('2024-03-31');
  });

  it('answers each instant afresh even when the same second was just asked about', () => {
    // The answer is reused within one second; midnight falls on a second boundary.
    expect(todayIso(new Date('2024-12-31T18:29:59.000Z'))).toBe('2024-12-31');
    expect(todayIso(new Date('2024-12-31T18:29:59.999Z'))).toBe('2024-12-31');
    expect(todayIso(new Date('2024-12-31T18:30:00.000Z'))).toBe('2025-01-01');
    expect(todayIso(new Date('2024-12-31T18:29:59.500Z'), 'UTC')).toBe('2024-12-31');
    expect(todayIso(new Date('2024-12-31T18:29:59.500Z'))).toBe('2024-12-31');
  });
});
