import type { BrowserContext } from 'playwright-core';
import { toBuffer } from 'qrcode';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CertificateResponse } from '../../shared/api/certificates-api';
import { launchProfile } from '../helpers/browser';
import { hasChromium } from './helpers/e2e-server';
import { issueIncomeCertificate, startCertificateServer, type CertificateServer } from './helpers/kiosk-certificates';
import { fakeCameraFlags, KioskPage } from './helpers/kiosk-page';
import { qrPng } from './helpers/kiosk-qr-media';
import { alteredQr, daysFromNow, revenueCertificateQr } from './helpers/kiosk-qr-texts';

/**
 * A kiosk checking photos of certificates (one received on WhatsApp, say), against a real
 * server that has been issuing for a year: every verdict a person can meet, and the warning
 * when the kiosk's own data grows old. Its camera sees no QR code meanwhile.
 */
describe.skipIf(!hasChromium)('kiosk: checking a photo of a certificate', () => {
  let world: CertificateServer;
  let certificate: CertificateResponse;
  let context: BrowserContext;
  let kiosk: KioskPage;

  beforeAll(async () => {
    world = await startCertificateServer({ pwaDir: inject('pwaDir'), issuingSince: daysFromNow(-365) });
    certificate = await issueIncomeCertificate(world, 'Suresh Babu');
    context = await launchProfile({ viewport: { width: 360, height: 740 }, extraArgs: fakeCameraFlags() });
    kiosk = await KioskPage.open(context, world.server.url);
  });

  afterAll(async () => {
    await context?.close();
    await world?.close();
  });

  it('when the kiosk is given its token, then it keeps it and holds current lists', async () => {
    await kiosk.screenshots('scan');
    expect(await kiosk.saveToken(world.kiosk)).toBe('Token saved.');
    await expect(kiosk.page.getByTestId('kiosk-token-present').count()).resolves.toBe(1);
    await kiosk.waitForDataAfter('');
    await expect(kiosk.page.getByTestId('kiosk-data-banner').count()).resolves.toBe(0);
  });

  it('when a photo of a freshly issued certificate is chosen, then the kiosk says VALID with what it certifies', async () => {
    const verdict = await kiosk.upload(await qrPng(certificate.qr));
    expect(verdict.status).toBe('VALID');
    expect(verdict.title).toBe('Genuine certificate');
    expect(await kiosk.claim('name')).toBe('Suresh Babu');
    expect(await kiosk.claim('number')).toBe(certificate.number);
    expect(await kiosk.claim('document-type')).toBe('Income certificate');
    await kiosk.screenshots('valid');
    await kiosk.scanNext();
  });

  it('when the QR was altered after issue, then INVALID, and nothing written in it is shown', async () => {
    const verdict = await kiosk.upload(await qrPng(alteredQr(certificate, 'Suresh Babi')));
    expect(verdict).toMatchObject({ status: 'INVALID', reason: 'bad_signature' });
    await expect(kiosk.page.getByTestId('kiosk-claims').count()).resolves.toBe(0);
    await expect(kiosk.page.getByText('Suresh Bab', { exact: false }).count()).resolves.toBe(0);
    await kiosk.screenshots('invalid');
    await kiosk.scanNext();
  });

  it('when the photo is of another kind of QR code, then NOT A GOVERNMENT QR', async () => {
    const verdict = await kiosk.upload(await qrPng('upi://pay?pa=kirana@upi&pn=Kirana%20Store&am=120'));
    expect(verdict).toMatchObject({ status: 'NOT_OURS', title: 'Not a government certificate QR code' });
    await kiosk.screenshots('not-ours');
    await kiosk.scanNext();
  });

  it('when the signing key is not on the kiosk’s trust list, then it cannot check — it never says fake', async () => {
    const stranger = await revenueCertificateQr({
      issuedAt: daysFromNow(-1),
      name: 'Anil Kumar',
      signer: 'healthCurrent',
    });
    const verdict = await kiosk.upload(await qrPng(stranger));
    expect(verdict).toMatchObject({ status: 'UNKNOWN_ISSUER', title: 'Cannot check this certificate' });
    await expect(kiosk.page.getByTestId('kiosk-verdict-explain').textContent()).resolves.toMatch(
      /does not mean it is fake/,
    );
    await kiosk.screenshots('unknown-issuer');
    await kiosk.scanNext();
  });

  it('when a genuine certificate’s validity has ended, then EXPIRED with the date it ended', async () => {
    const expired = await revenueCertificateQr({
      issuedAt: daysFromNow(-200),
      expiresAt: daysFromNow(-20),
      name: 'Padma Rani',
    });
    const verdict = await kiosk.upload(await qrPng(expired));
    expect(verdict.status).toBe('EXPIRED');
    expect(await kiosk.claim('valid-until')).toBeTruthy();
    await kiosk.screenshots('expired');
    await kiosk.scanNext();
  });

  it('when a certificate is dated in the future, then NOT YET VALID', async () => {
    const early = await revenueCertificateQr({ issuedAt: daysFromNow(2), name: 'Padma Rani' });
    expect((await kiosk.upload(await qrPng(early))).status).toBe('NOT_YET_VALID');
    await kiosk.screenshots('not-yet-valid');
    await kiosk.scanNext();
  });

  it('when the photo holds no QR code, then the kiosk says so and stays ready to scan', async () => {
    const blank = await toBuffer('x', { type: 'png', scale: 1, color: { dark: '#ffffffff', light: '#ffffffff' } });
    await kiosk.page
      .getByTestId('kiosk-upload')
      .setInputFiles({ name: 'blank.png', mimeType: 'image/png', buffer: blank });
    await kiosk.page.getByTestId('kiosk-upload-error').waitFor();
    await expect(kiosk.page.getByTestId('kiosk-verdict').count()).resolves.toBe(0);
  });

  it('when the kiosk’s lists were last fetched more than seven days ago, then a banner warns of it', async () => {
    await kiosk.waitUntilOfflineReady();
    await context.setOffline(true);
    await world.server.pause();
    const eightDaysAgo = daysFromNow(-8).toISOString();
    await kiosk.page.evaluate(
      (at) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('seva-kiosk');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const store = open.result.transaction('documents', 'readwrite').objectStore('documents');
            const all = store.getAll();
            all.onsuccess = () => {
              for (const row of all.result as { fetchedAt: string }[]) store.put({ ...row, fetchedAt: at });
              store.transaction.oncomplete = () => {
                open.result.close();
                resolve();
              };
            };
          };
        }),
      eightDaysAgo,
    );
    await kiosk.page.reload();
    const banner = kiosk.page.getByTestId('kiosk-data-banner');
    await banner.waitFor();
    expect(await banner.getAttribute('data-kind')).toBe('stale');
    await expect(banner.textContent()).resolves.toMatch(/older than 7 days/);
    await kiosk.screenshots('stale-data');
    // Old data still answers, offline: the banner tells people how far to trust it.
    expect((await kiosk.upload(await qrPng(certificate.qr))).status).toBe('VALID');
  });
});
