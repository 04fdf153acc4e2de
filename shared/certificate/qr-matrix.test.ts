import { beforeAll, describe, expect, it } from 'vitest';
import { certificateQrMatrix, MAX_CERTIFICATE_QR_VERSION } from './qr-matrix';
import { verifyCertificateQr, type CertificateSigner } from './index';
import { GOLDEN_CERTIFICATES, GOLDEN_INCOME } from '../../test/fixtures/certificate-vectors';
import { testContext, testSigner, testTrustedKeys } from '../../test/fixtures/certificate-trust';
import { issueTestCertificate } from '../../test/fixtures/certificate-issue';

let revenue: CertificateSigner;
beforeAll(async () => {
  revenue = await testSigner('revenueCurrent');
});

describe('certificate QR symbols', () => {
  it('when an income certificate carries a long Telugu name, a guardian name and its fields, then it fits version 15 at ECC Q', async () => {
    const keys = await testTrustedKeys();
    // ECDSA signatures are random and compress differently each time: every issuance must fit, not just one.
    for (let issuance = 0; issuance < 10; issuance++) {
      const text = await issueTestCertificate(revenue, {
        claims: {
          certificateNumber: 'INC/2026/0004217',
          name: 'వెంకట సత్య నాగ లక్ష్మీ నరసింహ మూర్తి',
          guardianName: 'సూర్య నారాయణ రావు',
          dateOfBirth: undefined,
          fields: { annualIncome: 245000, financialYear: '2025-26' },
          officeCode: 'SEC-0841',
        },
      });
      expect((await verifyCertificateQr(text, testContext(keys))).status).toBe('VALID');
      const matrix = certificateQrMatrix(text);
      expect(matrix.version).toBeLessThanOrEqual(MAX_CERTIFICATE_QR_VERSION);
      expect(matrix.size).toBe(17 + 4 * matrix.version);
    }
  });

  it.each(GOLDEN_CERTIFICATES)('when $description is drawn, then it fits version 15', (golden) => {
    expect(certificateQrMatrix(golden.text).version).toBeLessThanOrEqual(MAX_CERTIFICATE_QR_VERSION);
  });

  it('when the matrix is read, then the finder patterns sit dark in three corners', () => {
    const matrix = certificateQrMatrix(GOLDEN_INCOME.text);
    const last = matrix.size - 1;
    for (const [row, col] of [
      [0, 0],
      [0, last],
      [last, 0],
      [3, 3],
    ] as const) {
      expect(matrix.isDark(row, col)).toBe(true);
    }
    expect(matrix.isDark(1, 1)).toBe(false); // the light ring inside the finder
    expect(matrix.isDark(7, 7)).toBe(false); // the separator
    expect(matrix.isDark(-1, 0)).toBe(false);
    expect(matrix.isDark(0, matrix.size)).toBe(false);
  });

  it('when the text has characters outside QR alphanumeric mode, then it throws a clear error', () => {
    for (const text of ['SV1:abc', 'SV1:ABC\n', 'SV1:వ', '']) {
      expect(() => certificateQrMatrix(text)).toThrow(/alphanumeric/);
    }
  });

  it('when the text needs a version above 15, then it throws naming the version it needs', () => {
    expect(() => certificateQrMatrix(`SV1:${'A'.repeat(1200)}`)).toThrow(/needs QR version \d+; the limit is 15/);
  });
});
