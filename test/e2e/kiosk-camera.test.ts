import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CertificateResponse } from '../../shared/api/certificates-api';
import { launchProfile } from '../helpers/browser';
import { hasChromium } from './helpers/e2e-server';
import {
  issueIncomeCertificate,
  revokeCertificate,
  startCertificateServer,
  type CertificateServer,
} from './helpers/kiosk-certificates';
import { fakeCameraFlags, KioskPage } from './helpers/kiosk-page';
import { qrY4m } from './helpers/kiosk-qr-media';

/**
 * A kiosk with a webcam, checking a certificate the real server issued: the camera is
 * Chromium's fake one, showing the certificate's QR code from a Y4M file this test writes.
 */
describe.skipIf(!hasChromium)('kiosk: checking a certificate with the camera', () => {
  let world: CertificateServer;
  let certificate: CertificateResponse;
  let mediaDir: string;
  let context: BrowserContext;
  let kiosk: KioskPage;

  beforeAll(async () => {
    world = await startCertificateServer({ pwaDir: inject('pwaDir') });
    certificate = await issueIncomeCertificate(world, 'Lakshmi Devi');
    // The camera's file is fixed at launch, so this browser starts after the certificate exists.
    mediaDir = mkdtempSync(join(tmpdir(), 'seva-kiosk-camera-'));
    const video = join(mediaDir, 'certificate.y4m');
    writeFileSync(video, qrY4m(certificate.qr));
    context = await launchProfile({ viewport: { width: 1024, height: 768 }, extraArgs: fakeCameraFlags(video) });
  });

  afterAll(async () => {
    await context?.close();
    await world?.close();
    if (mediaDir) rmSync(mediaDir, { recursive: true, force: true });
  });

  it('when the kiosk refreshed its lists online and then lost the network, then the camera scan says VALID', async () => {
    kiosk = await KioskPage.open(context, world.server.url);
    await kiosk.waitForDataAfter('');
    await kiosk.waitUntilOfflineReady();

    await context.setOffline(true);
    await world.server.pause();
    // Opened afresh with no network: the service worker serves the app, IndexedDB the lists.
    await kiosk.page.reload();
    const verdict = await kiosk.verdict();
    expect(verdict.status).toBe('VALID');
    expect(await kiosk.claim('name')).toBe('Lakshmi Devi');
    expect(await kiosk.claim('number')).toBe(certificate.number);
    expect(await kiosk.claim('office')).toBe(certificate.officeCode);
    await expect(kiosk.page.getByTestId('online-indicator').getAttribute('data-online')).resolves.toBe('false');
    await expect(kiosk.page.getByTestId('kiosk-checked-note').textContent()).resolves.toMatch(/revocation data as of/);
    await kiosk.screenshots('valid-camera');
  });

  it('when the certificate is revoked and the kiosk is back online, then after its refresh the scan says REVOKED', async () => {
    const before = await kiosk.dataAsOf();
    await world.server.resume();
    const revoked = await revokeCertificate(world, certificate.id);
    expect(revoked.status).toBe('revoked');
    // Back online: the kiosk refreshes on its own (the `online` event); nobody presses anything.
    await context.setOffline(false);
    await kiosk.waitForDataAfter(before);

    // The earlier verdict stayed on screen until now.
    expect((await kiosk.verdict()).status).toBe('VALID');
    await kiosk.scanNext();
    const verdict = await kiosk.verdict();
    expect(verdict.status).toBe('REVOKED');
    expect(await kiosk.claim('revoked')).toBeTruthy();
    await expect(kiosk.page.getByTestId('kiosk-verdict-explain').textContent()).resolves.toMatch(/cancelled/);
    await kiosk.screenshots('revoked-camera');
  });
});
