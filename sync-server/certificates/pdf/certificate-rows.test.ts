import { describe, expect, it } from 'vitest';
import { certificateRows, referenceCells } from './certificate-rows';
import { sampleCertificate } from './testing/sample-certificate';

const labelsOf = (rows: ReturnType<typeof certificateRows>) => rows.map((row) => row.label.en);

describe('referenceCells', () => {
  it('gives the numbers, then the dates, as printed', () => {
    const cells = referenceCells(sampleCertificate('SV1:X'));
    expect(labelsOf(cells)).toEqual(['Certificate No.', 'Application reference', 'Date of issue', 'Valid until']);
    expect(cells.map((cell) => cell.value)).toEqual(['INC/2026/0009001', 'APR-00412345', '10/03/2026', '10/03/2027']);
  });

  it('says in both languages that a certificate without an end date does not expire', () => {
    const cells = referenceCells({ ...sampleCertificate('SV1:X'), validUntil: undefined });
    expect(cells.find((cell) => cell.label.en === 'Valid until')?.value).toBe('Does not expire / గడువు లేదు');
  });
});

describe('certificateRows', () => {
  it('lists the holder, then the facts, in the order given', () => {
    const rows = certificateRows(sampleCertificate('SV1:X'));
    expect(labelsOf(rows)).toEqual([
      'Name',
      "Parent's or guardian's name",
      'Date of birth',
      'Annual income',
      'Financial year',
    ]);
    expect(rows.map((row) => row.value)).toEqual([
      'Ravi Kumar Gorle',
      'Gorle Appa Rao',
      '30/01/1979',
      '₹96,000',
      '2025-26',
    ]);
  });

  it('prints no guardian or date of birth when the claims carry none', () => {
    const { guardianName: _guardian, dateOfBirth: _birth, ...rest } = sampleCertificate('SV1:X');
    expect(labelsOf(certificateRows(rest))).not.toContain('Date of birth');
    expect(labelsOf(certificateRows(rest))).not.toContain("Parent's or guardian's name");
  });

  it('sets the holder name apart from the other values', () => {
    const rows = certificateRows(sampleCertificate('SV1:X'));
    expect(rows.filter((row) => row.emphasis).map((row) => row.value)).toEqual(['Ravi Kumar Gorle']);
  });
});
