import { beforeAll, describe, expect, it } from 'vitest';
import { renderCertificatePdf } from './render-certificate-pdf';
import { sampleCertificate, sampleQrText } from './testing/sample-certificate';

const latin1 = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1');
const facts = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ label: { en: `Remark ${index + 1}`, te: 'వ్యాఖ్య' }, value: 'A fact' }));
const FONT_FILE_BYTES = 180_000;

let qrText: string;
beforeAll(async () => {
  qrText = await sampleQrText();
});

describe('renderCertificatePdf', () => {
  it('writes a complete PDF of one A4 page', async () => {
    const pdf = latin1(await renderCertificatePdf(sampleCertificate(qrText)));
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(pdf).toContain('/MediaBox [0 0 595.28 841.89]');
  });

  it('embeds subsets of Noto Sans Telugu Regular and Bold, not the whole fonts', async () => {
    const bytes = await renderCertificatePdf(sampleCertificate(qrText));
    const pdf = latin1(bytes);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansTelugu-Regular\b/);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansTelugu-Bold\b/);
    expect(pdf.match(/\/FontFile2 /g)).toHaveLength(2);
    expect(bytes.byteLength).toBeLessThan(FONT_FILE_BYTES / 3);
  });

  it('renders the same certificate to the same bytes', async () => {
    const input = sampleCertificate(qrText);
    expect(await renderCertificatePdf(input)).toEqual(await renderCertificatePdf(input));
  });

  it('names the certificate, not its holder, in the document properties', async () => {
    // Document properties are the one place a PDF keeps text uncompressed and as characters.
    const pdf = latin1(await renderCertificatePdf(sampleCertificate(qrText)));
    expect(pdf).toContain('(Income Certificate INC/2026/0009001)');
    expect(pdf).not.toContain('Gorle');
  });

  it('fits a certificate with ten facts on its one page', async () => {
    const pdf = latin1(await renderCertificatePdf(sampleCertificate(qrText, { facts: facts(10) })));
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  it('refuses a certificate with more facts than one page holds even set compactly', async () => {
    await expect(renderCertificatePdf(sampleCertificate(qrText, { facts: facts(20) }))).rejects.toThrow(/one page/);
  });

  it('refuses a date it cannot print', async () => {
    await expect(renderCertificatePdf(sampleCertificate(qrText, { issuedAt: '10/03/2026' }))).rejects.toThrow(
      RangeError,
    );
  });

  it('refuses a QR text outside the QR alphanumeric alphabet', async () => {
    await expect(renderCertificatePdf(sampleCertificate('sv1:lower case'))).rejects.toThrow(TypeError);
  });
});
