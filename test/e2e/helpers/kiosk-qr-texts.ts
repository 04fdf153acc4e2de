import { encodeCertificateQr } from '../../../shared/certificate/encode-certificate';
import type { CertificateResponse } from '../../../shared/api/certificates-api';
import { coseBytesOf, qrAround, sampleIncomeClaims } from '../../fixtures/certificate-issue';
import { testSigner } from '../../fixtures/certificate-trust';
import { REVENUE_ISSUER } from './kiosk-certificates';

/** QR texts a kiosk meets besides good certificates: altered ones, foreign ones, ones not yet or no longer valid. */

const DAY_SECONDS = 86_400;

/**
 * The certificate with its holder's name changed inside the signed bytes (same length, so the
 * structure still parses), as a forger editing a real QR would: the signature no longer fits.
 */
export function alteredQr(certificate: CertificateResponse, forgedName: string): string {
  if (forgedName.length !== certificate.holderName.length) throw new Error('the forged name must keep the length');
  const bytes = Buffer.from(coseBytesOf(certificate.qr));
  const at = bytes.indexOf(Buffer.from(certificate.holderName, 'utf8'));
  if (at < 0) throw new Error('the holder name is not in the signed bytes');
  bytes.write(forgedName, at, 'utf8');
  return qrAround(bytes);
}

/**
 * An income certificate of the Revenue issuer signed with the fixed Revenue test key (the
 * server's own key in these tests), with the dates given: how to make one that has expired or
 * is not yet valid without waiting for time to pass.
 */
export async function revenueCertificateQr(options: {
  issuedAt: Date;
  expiresAt?: Date;
  name: string;
  signer?: 'revenueCurrent' | 'healthCurrent';
}): Promise<string> {
  const issuedAt = Math.floor(options.issuedAt.getTime() / 1000);
  return encodeCertificateQr({
    envelope: {
      issuer: REVENUE_ISSUER,
      issuedAt,
      ...(options.expiresAt ? { expiresAt: Math.floor(options.expiresAt.getTime() / 1000) } : {}),
    },
    claims: sampleIncomeClaims({
      name: options.name,
      certificateNumber: 'INC-2026-0ZZZZ',
      officeCode: 'GNT-01-001',
      statusListId: `${REVENUE_ISSUER}-1`,
      statusIndex: 5,
    }),
    signer: await testSigner(options.signer ?? 'revenueCurrent'),
  });
}

export function daysFromNow(days: number): Date {
  return new Date(Date.now() + days * DAY_SECONDS * 1000);
}
