import { beforeAll, describe, expect, it } from 'vitest';
import { certificateQrMatrix } from '../../../shared/certificate';
import { QR_QUIET_ZONE_MODULES, qrPlacement } from './page-geometry';
import { renderCertificatePdf } from './render-certificate-pdf';
import { grayAt, hasPoppler, pdfPageImage, pdfText } from './testing/poppler';
import { readQr } from './testing/read-qr';
import { sampleCertificate, sampleQrText } from './testing/sample-certificate';

/** The certificate as a viewer and a scanner see it: poppler renders and reads the page. */
describe.skipIf(!hasPoppler)('a rendered certificate page (poppler)', () => {
  let qrText: string;
  let pdf: Uint8Array;
  beforeAll(async () => {
    qrText = await sampleQrText();
    pdf = await renderCertificatePdf(sampleCertificate(qrText));
  });

  it('carries its English text in the text layer', () => {
    const text = pdfText(pdf);
    for (const line of [
      'Government of Andhra Pradesh',
      'Revenue Department',
      'Income Certificate',
      'Certificate No.',
      'INC/2026/0009001',
      'APR-00412345',
      'Ravi Kumar Gorle',
      'Gorle Appa Rao',
      '30/01/1979',
      'Annual income',
      '₹96,000',
      '2025-26',
      '10/03/2026',
      '10/03/2027',
      'Ward Secretariat 12, Guntur',
      'SEC-0312',
      'Digitally signed — no physical signature required',
      'Scan at any Seva kiosk to verify',
    ]) {
      expect(text).toContain(line);
    }
  });

  it('draws the QR of its qrText module for module, inside a clear quiet zone', () => {
    const matrix = certificateQrMatrix(qrText);
    const { x, y, moduleSize } = qrPlacement(matrix.size);
    const image = pdfPageImage(pdf, 300);
    const mismatches: string[] = [];
    for (let row = -QR_QUIET_ZONE_MODULES; row < matrix.size + QR_QUIET_ZONE_MODULES; row++) {
      for (let col = -QR_QUIET_ZONE_MODULES; col < matrix.size + QR_QUIET_ZONE_MODULES; col++) {
        const drawnDark = grayAt(image, x + (col + 0.5) * moduleSize, y + (row + 0.5) * moduleSize) < 128;
        if (drawnDark !== matrix.isDark(row, col)) mismatches.push(`${row},${col}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('puts each label on one line, English then Telugu, when the facts only fit set compactly', async () => {
    const facts = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        label: { en: `Remark ${index + 1}`, te: 'వివరం' },
        value: 'A fact',
      }));
    const regular = pdfText(await renderCertificatePdf(sampleCertificate(qrText, { facts: facts(3) })));
    const crowded = pdfText(await renderCertificatePdf(sampleCertificate(qrText, { facts: facts(10) })));
    expect(regular).toMatch(/^Remark 1$/m);
    expect(crowded).toMatch(/^Remark 1 · \S+/m);
    expect(crowded).toContain('Remark 10');
  });

  it('scans back to exactly its qrText from an image of the whole page, and never to anything else', () => {
    // ZXing (the decoder here, as in Linux Chromium) misses some symbols at one scale and reads
    // them at another, like a camera's next frame; the signature differs every run, so the
    // page is read at three resolutions.
    const reads = [150, 200, 300].map((dpi) => readQr(pdfPageImage(pdf, dpi)));
    expect(reads).toContain(qrText);
    expect(reads.filter((read) => read !== undefined && read !== qrText)).toEqual([]);
  });
});
